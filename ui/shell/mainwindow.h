// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/connectioninfo.h"
#include "models/console/runrecord.h"
#include "models/console/runscope.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace Dbtc::Api {
class Client;
struct Run;
} // namespace Dbtc::Api
namespace Dbtc::Models {
class AccountTreeModel;
class ConnectionSession;
class OfflineCache;
class RecentFiles;
class TreeRefresher;
class WatchList;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class BrowsePage;
class ConsoleStatusBar;
class MainWindowActions;
class MessageBanner;
class NavigatorPanel;
class NotificationCenter;
class NotificationList;
class QuickOpen;
class RunActions;
class RunDetailPage;
class RunsPanel;
class WelcomePage;

//! \brief The console window: navigator on the left, the runs dashboard (or a run) in the
//! centre, a status bar, a banner for messages, and the welcome page while there is no
//! connection. It composes the per-area widgets and wires them; it holds no API logic.
//! The app owns the Api::Client objects and hands them in with addConnection().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! \a cacheDirectory empty = QStandardPaths::CacheLocation/console.
    explicit MainWindow(QWidget *parent = nullptr, const QString &cacheDirectory = {});
    ~MainWindow() override;

    //! Shows the connection in the navigator (with its cached tree at once, if any). The
    //! client must outlive the connection (removeConnection() or the window's end).
    void addConnection(const Models::ConnectionInfo &info, Api::Client *client);
    void removeConnection(const QString &id);
    //! A non-modal banner, e.g. "no keychain: tokens kept for this session only".
    void showMessage(const QString &text);
    //! Shows \a runId of \a connectionId: selected in the runs list (when listed) and open in
    //! the detail view, followed live while it runs.
    void openRun(const QString &connectionId, qint64 runId);
    //! Opens a dbt artifact file or a folder (a target/ opens all four) in the artifact
    //! browser; the app calls it for `--open PATH`. Needs no connection.
    void openArtifacts(const QString &path);

    NavigatorPanel *navigator() const { return m_navigator; }
    RunsPanel *runsPanel() const { return m_runs; }
    RunDetailPage *runDetail() const { return m_detail; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QuickOpen *quickOpen() const { return m_quickOpen; }
    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }
    MessageBanner *banner() const { return m_banner; }
    Models::AccountTreeModel *treeModel() const { return m_tree; }
    //! The session of a connection (nullptr for an unknown one).
    Models::ConnectionSession *session(const QString &connectionId) const;
    //! The write actions of a connection (nullptr for an unknown one).
    RunActions *runActions(const QString &connectionId) const;
    MainWindowActions *actions() const { return m_actions; }
    NotificationCenter *notifications() const { return m_notifications; }
    Models::WatchList *watchList() const { return m_watchList; }
    QDockWidget *notificationDock() const { return m_notificationDock; }
    BrowsePage *browsePage() const { return m_browse; }
    Models::RecentFiles *recentFiles() const { return m_recent; }
    bool isShowingRunDetail() const;
    bool isShowingArtifacts() const { return m_browsing; }

Q_SIGNALS:
    void addConnectionRequested();
    void editConnectionRequested(const QString &id);
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void wireActions();
    void wireNotifications();
    void wireArtifacts(QMenu *file);
    void leaveArtifacts();
    void updateCentralPage();
    void onScopeSelected(const Models::RunScope &scope, const QString &title);
    void openRunRecord(const Models::RunRecord &run);
    void followRun(const QString &connectionId, const Api::Run &run);
    void updateActionContext();
    void setPollingActive();
    void showRuns();
    void saveCache(const QString &connectionId);
    void saveAllCaches();
    QList<Models::RunRecord> cachedRunsFor(const Models::RunScope &scope) const;
    void selectFirstAccount(const QString &connectionId);

    Models::AccountTreeModel *m_tree;
    QHash<QString, Models::ConnectionSession *> m_sessions;
    std::unique_ptr<Models::OfflineCache> m_cache;
    QHash<QString, QList<Models::RunRecord>> m_cachedRuns;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QSplitter *m_splitter;
    NavigatorPanel *m_navigator;
    QStackedWidget *m_centre;
    RunsPanel *m_runs;
    RunDetailPage *m_detail;
    MessageBanner *m_banner;
    ConsoleStatusBar *m_statusBar;
    QuickOpen *m_quickOpen;
    //! One per connection; moves into the ConnectionSession with the Workspace.
    QHash<QString, Models::TreeRefresher *> m_treeRefreshers;
    Models::WatchList *m_watchList;
    NotificationCenter *m_notifications;
    MainWindowActions *m_actions;
    QDockWidget *m_notificationDock;
    BrowsePage *m_browse;
    Models::RecentFiles *m_recent;
    bool m_inTray = false;
    bool m_browsing = false;
    QDateTime m_lastCacheSave;
    bool m_splitterSized = false;
};

} // namespace Dbtc::Ui
