// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/workspace.h"

#include "models/artifacts/recentfiles.h"
#include "models/common/cachefolder.h"
#include "models/common/preferences.h"
#include "models/common/settingsstore.h"
#include "models/compare/runcomparison.h"
#include "models/console/accounttreemodel.h"
#include "models/console/offlinecache.h"
#include "models/console/quickopenmodel.h"
#include "models/console/runconversions.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "models/console/treerefresher.h"
#include "models/history/historyrecorder.h"
#include "models/history/historystore.h"
#include "models/history/localhistory.h"
#include "models/history/pulsemodel.h"
#include "models/jobs/jobwriter.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "models/notifications/watchpoller.h"
#include "models/workspace/connectionsession.h"

#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace Dbtc::Models {

namespace {
// Writing the cache costs a few ms; once a minute is plenty for a head start.
constexpr qint64 kCacheSaveSeconds = 60;
} // namespace

Workspace::Workspace(const QString &cacheDirectory, SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_ownSettings(settings ? nullptr : std::make_unique<MemorySettingsStore>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_prefs(new Preferences(m_settings, this))
    , m_tree(new AccountTreeModel(this))
    , m_cache(std::make_unique<OfflineCache>(cacheDirectory))
    , m_artifactCacheRoot(
          cacheDirectory.isEmpty() ? QString() : cacheDirectory + QStringLiteral("/artifacts"))
    , m_runs(new RunListModel(this))
    , m_poller(new RunPoller(m_runs, this))
    , m_watchList(new WatchList(m_settings, this))
    , m_notifier(new RunNotifier(m_watchList, this))
    , m_notifications(new NotificationModel(this))
    , m_recent(new RecentFiles(m_settings, this))
    , m_folderComparison(new RunComparison(nullptr, nullptr, this))
    , m_quickOpen(new QuickOpenModel(m_tree, m_settings, this))
{
    connect(m_prefs, &Preferences::changed, this, &Workspace::applyPreference);
    applyPreference(Preferences::kFastPollKey);
    pruneArtifactCache(); // a budget lowered last time, or caches grown by an older version
    connect(m_notifier, &RunNotifier::runFinished, m_notifications, &NotificationModel::addRun);
    connect(m_poller, &RunPoller::runsMerged, this, &Workspace::onDashboardRuns);
    connect(m_poller, &RunPoller::refreshed, this, [this](const QDateTime &when) {
        if (!m_lastCacheSave.isValid() || m_lastCacheSave.secsTo(when) > kCacheSaveSeconds) {
            saveCache(scope().connectionId);
        }
    });
}

Workspace::~Workspace()
{
    saveAllCaches();
    m_poller->stop();
    // Sessions abort their requests before the models they feed go.
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

ConnectionSession *Workspace::addConnection(const ConnectionInfo &info, Api::Client *client)
{
    const bool known = m_tree->hasConnection(info.id);
    if (scope().connectionId == info.id) {
        clearScope(); // the old client goes; the window selects the scope again
    }
    m_refreshers.remove(info.id);
    m_watchers.remove(info.id);
    delete m_sessions.take(info.id);
    auto *session = new ConnectionSession(info, client, this, m_artifactCacheRoot);
    m_sessions.insert(info.id, session);
    m_tree->addConnection(info, client);
    // Jobs outside the scope on screen learn their last run and next run time from a slow
    // refresh of the loaded tree (the dashboard sees only its scope); a failed load of the
    // tree, the first one included, is retried by it too. Owned by the session.
    auto *refresher = new TreeRefresher(m_tree, info.id, client, session);
    refresher->setActive(m_dashboardActive);
    refresher->start();
    m_refreshers.insert(info.id, refresher);
    // A job the editor created, changed or deleted shows (or goes) in the navigator at once.
    connect(session->jobWriter(), &JobWriter::jobChanged, refresher, &TreeRefresher::refreshNow);
    // Starred jobs are watched in the background whatever is on screen, hidden or in the
    // tray: one filtered jobs/ request per cycle, fed to the one notifier. Owned by the session.
    auto *watch = new WatchPoller(client, m_watchList, info.id, session);
    watch->setNotifier(m_notifier);
    watch->start();
    m_watchers.insert(info.id, watch);
    if (m_history) { // finished runs of the watched jobs and their run_results go to the history
        m_history->recorder()->addConnection(info.id, session->runArtifacts());
        connect(
            watch, &WatchPoller::runsObserved, m_history->recorder(), &HistoryRecorder::recordRuns);
        connect(
            watch, &WatchPoller::jobsObserved, m_history->recorder(), &HistoryRecorder::recordJobs);
        // Runs in flight per job: the pulse's "now", in memory only (not history).
        connect(
            watch, &WatchPoller::activeRunsCounted, m_history->pulse(), &PulseModel::setActiveRuns);
        connect(watch, &WatchPoller::refreshed, m_history, [history = m_history] {
            history->refreshPulse(true);
        });
    }
    if (!known) {
        if (auto cached = m_cache->load(info.id)) {
            m_tree->restore(info.id, cached->tree);
            m_cachedRuns.insert(info.id, cached->runs);
            m_tree->refreshLoaded(info.id); // replace the stale tree as soon as possible
        }
    }
    const QModelIndex node = m_tree->findNode(info.id, TreeNodeKind::Account, info.accountId);
    if (m_tree->canFetchMore(node)) {
        m_tree->fetchMore(node);
    }
    Q_EMIT connectionAdded(session);
    return session;
}

void Workspace::removeConnection(const QString &connectionId)
{
    saveCache(connectionId);
    if (scope().connectionId == connectionId) {
        clearScope();
    }
    m_tree->removeConnection(connectionId);
    m_notifier->forgetConnection(connectionId);
    m_cachedRuns.remove(connectionId);
    m_refreshers.remove(connectionId);
    m_watchers.remove(connectionId);
    if (m_history) {
        m_history->recorder()->removeConnection(connectionId);
    }
    delete m_sessions.take(connectionId);
    Q_EMIT connectionRemoved(connectionId);
}

void Workspace::applyPreference(const QString &key)
{
    if (key == Preferences::kFastPollKey || key == Preferences::kSlowPollKey) {
        RunPoller::Intervals i = m_poller->schedule().intervals();
        i.fast = std::chrono::seconds(m_prefs->fastPollSeconds());
        i.slow = std::chrono::seconds(m_prefs->slowPollSeconds());
        m_poller->setIntervals(i);
    } else if (key == Preferences::kArtifactCacheKey) {
        pruneArtifactCache();
    } else if (key == Preferences::kHistoryDaysKey || key == Preferences::kHistorySizeKey) {
        pruneHistory();
    }
}

namespace {

//! Runs \a work on the global pool and hands its result to \a done on \a context's thread,
//! unless \a context is gone by then.
template <typename T>
void offThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        T value = work();
        if (!guard) {
            return;
        }
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, value] {
                if (guard) {
                    done(value);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace

void Workspace::pruneArtifactCache()
{
    const QString root = m_artifactCacheRoot;
    const qint64 budget = qint64(m_prefs->artifactCacheLimitMiB()) * 1024 * 1024;
    if (root.isEmpty()) {
        return;
    }
    QThreadPool::globalInstance()->start([root, budget] {
        CacheFolder::prune(root, budget);
    });
}

void Workspace::measureArtifactCache(QObject *context, std::function<void(qint64)> done)
{
    const QString root = m_artifactCacheRoot;
    offThread<qint64>(
        context,
        [root] {
            return CacheFolder::bytesUsed(root);
        },
        std::move(done));
}

void Workspace::clearArtifactCache(QObject *context, std::function<void(bool)> done)
{
    const QString root = m_artifactCacheRoot;
    offThread<bool>(
        context,
        [root] {
            return CacheFolder::clear(root);
        },
        std::move(done));
}

void Workspace::openHistory(const QString &path)
{
    delete m_history;
    m_history = new LocalHistory(path, this);
    // The history keeps ids; the navigator's tree knows the names (also offline, from cache).
    m_history->pulse()->setNameLookup(
        [tree = QPointer<AccountTreeModel>(m_tree)](
            const QString &connectionId, PulseModel::Level level, qint64 id) {
            if (!tree) {
                return QString();
            }
            const TreeNodeKind kind = level == PulseModel::AccountLevel ? TreeNodeKind::Account
                : level == PulseModel::ProjectLevel                     ? TreeNodeKind::Project
                                                                        : TreeNodeKind::Environment;
            return tree->findNode(connectionId, kind, id).data(Qt::DisplayRole).toString();
        });
}

void Workspace::pruneHistory()
{
    if (m_history) {
        m_history->prune(std::chrono::hours(24 * m_prefs->historyKeepDays()),
            qint64(m_prefs->historyLimitMiB()) * 1024 * 1024);
    }
}

void Workspace::measureHistory(QObject *context, std::function<void(qint64)> done)
{
    if (!m_history) {
        done(-1);
        return;
    }
    const QString path = m_history->store()->path();
    offThread<qint64>(
        context,
        [path] {
            qint64 bytes = 0;
            for (const QString &suffix :
                { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
                bytes += QFileInfo(path + suffix).size();
            }
            return bytes;
        },
        std::move(done));
}

void Workspace::clearHistory(QObject *context, std::function<void(bool)> done)
{
    if (!m_history) {
        done(false);
        return;
    }
    m_history->clear();
    QPointer<QObject> guard(context);
    m_history->store()->flush([guard, done] {
        if (guard) {
            done(true);
        }
    });
}

ConnectionSession *Workspace::session(const QString &connectionId) const
{
    return m_sessions.value(connectionId);
}

WatchPoller *Workspace::watchPoller(const QString &connectionId) const
{
    return m_watchers.value(connectionId);
}

QList<ConnectionSession *> Workspace::sessions() const
{
    return m_sessions.values();
}

RunScope Workspace::scope() const
{
    return m_poller->scope();
}

void Workspace::showScope(const RunScope &scope)
{
    if (scope == this->scope()) {
        return;
    }
    const QString previous = this->scope().connectionId;
    if (!previous.isEmpty()) {
        saveCache(previous);
    }
    ConnectionSession *s = session(scope.connectionId);
    if (!s) {
        clearScope();
        return;
    }
    const QList<RunRecord> cached = cachedRunsFor(scope);
    m_runs->resetRuns(cached);
    m_runs->setStale(!cached.isEmpty());
    m_poller->setScope(scope, s->client());
}

void Workspace::clearScope()
{
    m_poller->setScope({}, nullptr);
    m_runs->resetRuns({});
    m_runs->setStale(false);
}

void Workspace::setDashboardActive(bool active)
{
    m_dashboardActive = active;
    m_poller->setActive(active);
    for (TreeRefresher *refresher : std::as_const(m_refreshers)) {
        refresher->setActive(active);
    }
}

void Workspace::refreshDashboard()
{
    m_poller->pollNow();
}

void Workspace::onDashboardRuns(const QList<RunRecord> &runs)
{
    const QString connectionId = scope().connectionId;
    m_tree->noteRuns(connectionId, runs);
    m_notifier->observeRuns(connectionId, apiRunsFrom(runs));
}

QList<RunRecord> Workspace::cachedRunsFor(const RunScope &scope) const
{
    QList<RunRecord> out;
    for (const auto &r : m_cachedRuns.value(scope.connectionId)) {
        if (runInScope(scope, r)) {
            out.append(r);
        }
    }
    return out;
}

void Workspace::saveCache(const QString &connectionId)
{
    if (connectionId.isEmpty() || !m_tree->hasConnection(connectionId)) {
        return;
    }
    // Runs on screen are the freshest; keep older cached ones of other scopes behind them.
    QList<RunRecord> runs = m_cachedRuns.value(connectionId);
    if (scope().connectionId == connectionId) {
        const auto &live = m_runs->runs();
        QHash<qint64, int> index;
        for (int i = 0; i < runs.size(); ++i) {
            index.insert(runs.at(i).id, i);
        }
        for (int i = 0; i < live.size() && i < OfflineCache::MaxRuns; ++i) {
            const auto it = index.constFind(live.at(i).id);
            if (it != index.constEnd()) {
                runs[*it] = live.at(i);
            } else {
                runs.append(live.at(i));
            }
        }
        std::sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) {
            return a.id > b.id;
        });
        if (runs.size() > OfflineCache::MaxRuns) {
            runs.resize(OfflineCache::MaxRuns);
        }
        m_cachedRuns.insert(connectionId, runs);
    }
    CachedConnection data;
    data.savedAt = QDateTime::currentDateTimeUtc();
    data.tree = m_tree->snapshot(connectionId);
    data.runs = runs;
    m_cache->save(connectionId, data);
    m_lastCacheSave = data.savedAt;
}

void Workspace::saveAllCaches()
{
    for (const QString &id : m_tree->connectionIds()) {
        saveCache(id);
    }
}

} // namespace Dbtc::Models
