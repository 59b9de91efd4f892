// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notifications/watchpoller.h"

#include "api/client.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWatch, "dbtc.models.watch", QtInfoMsg)

namespace Dbtc::Models {

using namespace std::chrono_literals;

WatchPoller::Intervals WatchPoller::defaultIntervals()
{
    Intervals i;
    i.fast = 10s; // a watched job has a run in flight: its end is news
    i.slow = 60s; // at rest: a new run shows within a minute
    // The backoff cap is the PollSchedule's, as for every other poller (30 s; it used to be a
    // watch-only 300 s). Errors back off from twice the fast interval, 20 s, then 30 s: never
    // slower than at rest, so a watched job's failure is noticed within ~40 s of the service
    // being back instead of up to six minutes later. A failing cycle is one GET of a
    // background request, so asking a down service twice a minute costs it little.
    i.maxBackoff = PollSchedule::Intervals {}.maxBackoff;
    return i;
}

WatchPoller::WatchPoller(
    Api::Client *client, WatchList *watchList, const QString &connectionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_watchList(watchList)
    , m_connectionId(connectionId)
{
    m_schedule.setIntervals(defaultIntervals());
    // The client pauses the whole connection on a 429: the schedule emits nothing meanwhile,
    // and a cycle the pause refused (or a 429 answered) runs when the pause ends.
    m_schedule.setClient(client);
    // Never setActive(false): hidden, minimised or in the tray, watching goes on.
    connect(&m_schedule, &PollSchedule::due, this, &WatchPoller::startCycle);
    connect(m_watchList, &WatchList::watchChanged, this, &WatchPoller::onWatchChanged);
    connect(m_watchList,
        &WatchList::scopeWatchChanged,
        this,
        [this](const QString &connectionId, WatchScopeKind, qint64, bool watched) {
            if (connectionId != m_connectionId || !m_started) {
                return;
            }
            if (watched) {
                pollSoon(); // what the new scope holds shows at once
            } else if (m_watchList->watchedJobs(m_connectionId).isEmpty()
                && m_watchList->watchedScopes(m_connectionId).isEmpty()) {
                m_schedule.stop();
                m_schedule.setBusy(false);
                abortCycle();
            }
        });
}

WatchPoller::~WatchPoller()
{
    stop();
}

void WatchPoller::setIntervals(const Intervals &intervals)
{
    m_schedule.setIntervals(intervals);
}

void WatchPoller::start()
{
    m_started = true;
    pollNow();
}

void WatchPoller::stop()
{
    m_started = false;
    m_schedule.stop();
    abortCycle();
}

void WatchPoller::pollNow()
{
    // A cycle on its way brings fresh data anyway and reports to the schedule itself.
    if (!m_started || isPolling()) {
        return;
    }
    m_schedule.pollNow();
}

void WatchPoller::pollSoon()
{
    if (!m_started) {
        return;
    }
    if (isPolling()) {
        m_pollAgain = true; // right after the cycle on its way, which asked for the old list
        return;
    }
    if (std::exchange(m_pollQueued, true)) {
        return;
    }
    // Guarded: stop() or an emptied watch list drops it.
    QMetaObject::invokeMethod(
        this,
        [poll = m_requests.guard([this] {
            m_pollQueued = false;
            if (isPolling()) {
                m_pollAgain = true;
            } else if (m_started) {
                m_schedule.pollNow();
            }
        })] {
            poll();
        },
        Qt::QueuedConnection);
}

void WatchPoller::abortCycle()
{
    m_requests.reset(); // an answer still on its way is dropped, so is a queued pollSoon()
    m_cycleRunning = false;
    m_pollAgain = false;
    m_pollQueued = false;
}

void WatchPoller::startCycle()
{
    if (isPolling()) {
        return; // the cycle on its way reports to the schedule
    }
    if (!m_started || !m_client) {
        m_schedule.stop();
        return;
    }
    QSet<qint64> watched = m_watchList->watchedJobs(m_connectionId);
    watched.subtract(m_missing);
    const WatchScopes scopes = m_watchList->watchedScopes(m_connectionId);
    if (watched.isEmpty() && scopes.isEmpty()) {
        // Nothing to watch: no requests, and no clock either, until a job is starred
        // (onWatchChanged polls then).
        m_schedule.setBusy(false);
        m_schedule.stop();
        return;
    }
    Api::JobQuery query;
    // The environment's name comes along for the pulse page (the history keeps ids, and the
    // navigator has not loaded every environment).
    query.includeRelated = { QStringLiteral("most_recent_run"),
        QStringLiteral("most_recent_completed_run"),
        QStringLiteral("environment") };
    query.orderBy = QStringLiteral("id");
    const bool projectsKnown = std::all_of(watched.cbegin(), watched.cend(), [this](qint64 id) {
        return m_projectOf.contains(id);
    });
    // A whole account or environment needs every job of the connection's account (one paged
    // request; environments are not a jobs/ filter the watch can combine with projects).
    const bool wholeAccount = !scopes.accounts.isEmpty() || !scopes.environments.isEmpty();
    if (projectsKnown && !wholeAccount) {
        QSet<qint64> projects = scopes.projects;
        for (const qint64 id : std::as_const(watched)) {
            projects.insert(m_projectOf.value(id));
        }
        query.projectIdIn = QList<qint64>(projects.cbegin(), projects.cend());
        std::sort(query.projectIdIn.begin(), query.projectIdIn.end()); // stable URLs
    }
    m_cycleRunning = true; // before the call: a request refused at once answers synchronously
    m_requests.track(m_client->fetchAllJobs(query,
        this,
        m_requests.guard([this, watched, scopes, projects = query.projectIdIn](
                             const Api::Result<QList<Api::Job>> &result) {
            if (result) {
                onJobs(watched, scopes, projects, result.value());
            } else {
                m_cycleRunning = false;
                onError(result.error());
            }
        }),
        Api::Priority::Background));
}

void WatchPoller::onJobs(const QSet<qint64> &asked,
    const WatchScopes &scopes,
    const QList<qint64> &projectFilter,
    const QList<Api::Job> &jobs)
{
    QList<qint64> ids;
    ids.reserve(jobs.size());
    bool newestInFlight = false;
    for (const Api::Job &job : jobs) {
        ids << job.id;
        newestInFlight =
            newestInFlight || (job.mostRecentRun && Api::isInProgress(job.mostRecentRun->status));
    }
    if (!newestInFlight && !m_anyActive) {
        finishCycle(asked, scopes, jobs, countActiveRuns(ids, {})); // nothing is in flight
        return;
    }
    Api::RunQuery runs;
    runs.statusIn = { Api::RunStatus::Queued, Api::RunStatus::Starting, Api::RunStatus::Running };
    runs.projectIdIn = projectFilter; // empty: the whole account, as the job list
    runs.orderBy = QStringLiteral("-id");
    m_requests.track(m_client->fetchAllRuns(runs,
        this,
        m_requests.guard(
            [this, asked, scopes, jobs, ids](const Api::Result<QList<Api::Run>> &result) {
                if (!result) {
                    // The job list is good: the cycle stands, only the counts are unknown (and
                    // asked for again next cycle). A 429 pauses the client, and so the schedule.
                    qCInfo(lcWatch) << "counting runs in flight failed for" << m_connectionId << ":"
                                    << result.error().detail;
                    finishCycle(asked, scopes, jobs, {});
                    return;
                }
                finishCycle(asked, scopes, jobs, countActiveRuns(ids, result.value()));
            }),
        Api::Priority::Background));
}

void WatchPoller::finishCycle(const QSet<qint64> &asked,
    const WatchScopes &scopes,
    const QList<Api::Job> &jobs,
    const ActiveRunsByJob &active)
{
    m_cycleRunning = false;
    m_anyActive = active.isEmpty() // unknown: count again
        || std::any_of(active.cbegin(), active.cend(), [](const ActiveRuns &a) {
               return !a.isEmpty();
           });
    QSet<qint64> found;
    QList<Api::Run> history;
    QList<Api::Run> news;
    bool anyInFlight = false;
    for (const Api::Job &job : jobs) {
        found.insert(job.id);
        if (asked.contains(job.id)) {
            m_projectOf.insert(job.id, job.projectId);
        }
        if (asked.contains(job.id)
            || scopes.covers(job.accountId, job.projectId, job.environmentId)) {
            anyInFlight = anyInFlight
                || (job.mostRecentRun && Api::isInProgress(job.mostRecentRun->status))
                || !active.value(job.id).isEmpty();
        }
        // Unwatched jobs of the same projects come along for free; the notifier keeps their
        // outcome (starring one later shows at once whether it is failing) but stays silent.
        QList<Api::Run> &into = m_seen.contains(job.id) ? news : history;
        for (const auto &nested : { job.mostRecentRun, job.mostRecentCompletedRun }) {
            if (!nested || (!into.isEmpty() && into.constLast().id == nested->id)) {
                continue;
            }
            Api::Run run = *nested;
            run.jobName = job.name; // nested runs carry no job object
            run.projectId = run.projectId ? run.projectId : job.projectId;
            run.environmentId = run.environmentId ? run.environmentId : job.environmentId;
            into << run;
        }
    }
    for (const qint64 id : asked) {
        if (!found.contains(id)) {
            // Not among the active jobs that were asked for: deleted, or another account's.
            m_projectOf.remove(id);
            m_missing.insert(id);
            qCInfo(lcWatch) << "watched job" << id << "not found in" << m_connectionId;
        }
    }
    m_seen = found;
    // The schedule first: a slot of the signals below may call pollNow().
    m_schedule.setBusy(anyInFlight);
    m_schedule.succeeded();
    if (m_notifier) {
        if (!history.isEmpty()) {
            m_notifier->observeHistory(m_connectionId, history);
        }
        if (!news.isEmpty()) {
            m_notifier->observeRuns(m_connectionId, news);
        }
    }
    ++m_cycles;
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    Q_EMIT activeRunsCounted(m_connectionId, active);
    Q_EMIT jobsObserved(m_connectionId, jobs);
    Q_EMIT runsObserved(m_connectionId, history + news);
    Q_EMIT refreshed(m_lastRefresh);
    if (std::exchange(m_pollAgain, false)) {
        pollSoon();
    }
}

void WatchPoller::onError(const Api::ApiError &error)
{
    // Backoff, or for a 429 no backoff but the cycle again when the pause ends.
    m_schedule.failed(error);
    qCInfo(lcWatch) << "watch poll failed for" << m_connectionId << ":" << error.detail;
    Q_EMIT failed(error.userMessage());
    if (std::exchange(m_pollAgain, false)) {
        pollSoon(); // the schedule still waits out a 429 pause
    }
}

void WatchPoller::onWatchChanged(const QString &connectionId, qint64 jobId, bool watched)
{
    if (connectionId != m_connectionId) {
        return;
    }
    if (watched) {
        m_missing.remove(jobId); // starred again: look for it once more
    } else {
        m_projectOf.remove(jobId); // its project leaves the filter unless another job needs it
    }
    if (!m_started) {
        return;
    }
    if (m_watchList->watchedJobs(m_connectionId).isEmpty()
        && m_watchList->watchedScopes(m_connectionId).isEmpty()) {
        m_schedule.stop();
        m_schedule.setBusy(false);
        abortCycle();
        return;
    }
    if (!watched) {
        return; // the next cycle simply asks for less
    }
    // A newly starred job is polled soon, so its state (and failing count) shows at once.
    pollSoon();
}

} // namespace Dbtc::Models
