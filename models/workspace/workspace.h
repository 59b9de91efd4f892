// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/connectioninfo.h"
#include "models/console/runrecord.h"
#include "models/console/runscope.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

class AccountTreeModel;
class ConnectionSession;
class LocalHistory;
class NotificationModel;
class OfflineCache;
class RunListModel;
class RunNotifier;
class RecentFiles;
class RunComparison;
class QuickOpenModel;
class Preferences;
class RunPoller;
class SettingsStore;
class TreeRefresher;
class WatchList;
class WatchPoller;

//! \brief The model layer of the whole app, owned by the composition root (ConsoleApp): one
//! ConnectionSession per connection, the navigator tree, the dashboard (the runs of the scope
//! on screen and their poller), the watch list and the run notifier, the offline cache.
//! The window binds its views to these objects and asks the workspace to change them; it
//! never creates model objects or talks to a client.
//!
//! Watching does not depend on the screen: each session polls its watched jobs in the
//! background, and the dashboard's runs feed the same notifier, which says each state change
//! of a watched job once.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    //! \a cacheDirectory: where the offline cache lives, run artifacts in its artifacts/
    //! subfolder (keyed by host, account and run inside). The app passes
    //! QStandardPaths::CacheLocation/console; tests a temporary folder. Empty: the offline
    //! cache's default and a temporary folder per connection for artifacts.
    //! \a settings (the app's settings owner; not owned) keeps the watch list and recent
    //! files; nullptr = memory only (tests).
    explicit Workspace(const QString &cacheDirectory,
        SettingsStore *settings = nullptr,
        QObject *parent = nullptr);
    ~Workspace() override;

    //! Adds (or replaces) the connection \a info served by \a client, which must outlive it.
    //! Its cached tree and runs show at once, marked stale, and are refreshed.
    ConnectionSession *addConnection(const ConnectionInfo &info, Api::Client *client);
    void removeConnection(const QString &connectionId);
    ConnectionSession *session(const QString &connectionId) const;
    QList<ConnectionSession *> sessions() const;
    //! The background poll of a connection's watched jobs (nullptr for an unknown one).
    WatchPoller *watchPoller(const QString &connectionId) const;

    bool isEmpty() const { return m_sessions.isEmpty(); }

    AccountTreeModel *tree() const { return m_tree; }

    SettingsStore *settings() const { return m_settings; }

    //! The user's preferences (Settings dialog); poll intervals and the artifact cache budget
    //! apply at once.
    Preferences *preferences() const { return m_prefs; }

    //! Bytes of downloaded run artifacts on disk, measured off the GUI thread.
    void measureArtifactCache(QObject *context, std::function<void(qint64 bytes)> done);
    //! Deletes every downloaded run artifact (they are downloaded again when needed).
    void clearArtifactCache(QObject *context, std::function<void(bool ok)> done);
    //! Bytes of the history database on disk (with its WAL); -1 = no history open.
    void measureHistory(QObject *context, std::function<void(qint64 bytes)> done);
    //! "Clear history": every run, result and inbox group; \a done once it is written.
    void clearHistory(QObject *context, std::function<void(bool ok)> done);
    //! Prunes the history to the Settings' age and size (at start and when they change).
    void pruneHistory();

    RecentFiles *recentFiles() const { return m_recent; }

    //! Two local target folders compared ("Compare Artifact Folders…"); runs of a connection
    //! are compared by its session's RunComparison.
    RunComparison *folderComparison() const { return m_folderComparison; }

    //! The Ctrl+K palette's matches over every connection (recent choices in the settings).
    QuickOpenModel *quickOpen() const { return m_quickOpen; }

    WatchList *watchList() const { return m_watchList; }

    RunNotifier *notifier() const { return m_notifier; }

    NotificationModel *notifications() const { return m_notifications; }

    //! The dashboard: the runs of one scope, polled while someone looks at them.
    RunListModel *runs() const { return m_runs; }

    RunPoller *runPoller() const { return m_poller; }

    RunScope scope() const;
    //! Shows \a scope on the dashboard: cached runs at once (stale), then polled.
    void showScope(const RunScope &scope);
    void clearScope();
    //! False while nobody can see the dashboard (window hidden or minimised, not in the tray
    //! with "keep polling"): its poller and the navigator's tree refresh send nothing.
    //! Watched jobs are polled regardless.
    void setDashboardActive(bool active);
    void refreshDashboard();

    //! The local run history and failure inbox at \a path (the app: AppDataLocation/
    //! history.sqlite), fed by every connection's watch. Call before adding connections.
    void openHistory(const QString &path);

    //! nullptr until openHistory() (tests without a history).
    LocalHistory *history() const { return m_history; }

    //! Writes the connection's tree and recent runs to the offline cache (never a token).
    void saveCache(const QString &connectionId);
    void saveAllCaches();

Q_SIGNALS:
    void connectionAdded(Dbtc::Models::ConnectionSession *session);
    void connectionRemoved(const QString &connectionId);

private:
    QList<RunRecord> cachedRunsFor(const RunScope &scope) const;
    void onDashboardRuns(const QList<RunRecord> &runs);
    void applyPreference(const QString &key);
    void pruneArtifactCache();

    std::unique_ptr<SettingsStore> m_ownSettings; //!< when none was handed in
    SettingsStore *m_settings;
    Preferences *m_prefs;
    AccountTreeModel *m_tree;
    std::unique_ptr<OfflineCache> m_cache;
    QString m_artifactCacheRoot; //!< handed to each session for its RunArtifacts
    QHash<QString, QList<RunRecord>> m_cachedRuns;
    QHash<QString, ConnectionSession *> m_sessions;
    RunListModel *m_runs;
    RunPoller *m_poller;
    WatchList *m_watchList;
    RunNotifier *m_notifier;
    NotificationModel *m_notifications;
    RecentFiles *m_recent;
    RunComparison *m_folderComparison;
    QuickOpenModel *m_quickOpen;
    QHash<QString, TreeRefresher *> m_refreshers; //!< owned by their sessions
    QHash<QString, WatchPoller *> m_watchers; //!< owned by their sessions
    LocalHistory *m_history = nullptr;
    bool m_dashboardActive = true;
    QDateTime m_lastCacheSave;
};

} // namespace Dbtc::Models
