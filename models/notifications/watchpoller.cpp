// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notifications/watchpoller.h"

#include "api/client.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWatch, "dbtc.models.watch", QtInfoMsg)

namespace Dbtc::Models {

WatchPoller::WatchPoller(
    Api::Client *client, WatchList *watchList, const QString &connectionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_watchList(watchList)
    , m_connectionId(connectionId)
{
    setIntervals(Intervals {});
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WatchPoller::startCycle);
    connect(m_watchList, &WatchList::watchChanged, this, &WatchPoller::onWatchChanged);
    // The client pauses the whole connection on a 429; a cycle due meanwhile waits it out.
    connect(client, &Api::Client::rateLimitEnded, this, [this] {
        if (m_started && !isPolling() && m_owedByRateLimit) {
            m_timer.start(0);
        }
    });
}

WatchPoller::~WatchPoller()
{
    stop();
}

void WatchPoller::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
    // Backoff starts at the fast interval: a failed poll is retried no sooner than a busy one.
    m_backoff.baseDelay = intervals.active;
    m_backoff.maxDelay = intervals.maxBackoff;
    m_backoff.jitter = 0.2;
}

void WatchPoller::start()
{
    m_started = true;
    pollNow();
}

void WatchPoller::stop()
{
    m_started = false;
    m_owedByRateLimit = false;
    m_timer.stop();
    abortCycle();
}

void WatchPoller::pollNow()
{
    m_timer.stop();
    startCycle();
}

void WatchPoller::abortCycle()
{
    ++m_generation; // an answer still on its way is dropped
    m_pollAgain = false;
    if (const QPointer<Api::ApiJob> job = std::exchange(m_job, nullptr)) {
        job->abort();
    }
}

void WatchPoller::startCycle()
{
    if (!m_started || !m_client || isPolling()) {
        return;
    }
    if (m_client->isRateLimited()) {
        m_owedByRateLimit = true; // runs when the pause ends (rateLimitEnded or the timer)
        scheduleNext();
        return;
    }
    m_owedByRateLimit = false;
    QSet<qint64> watched = m_watchList->watchedJobs(m_connectionId);
    watched.subtract(m_missing);
    if (watched.isEmpty()) {
        m_anyInFlight = false;
        return; // nothing to watch: no requests until a job is starred (onWatchChanged)
    }
    Api::JobQuery query;
    query.includeRelated = { QStringLiteral("most_recent_run"),
        QStringLiteral("most_recent_completed_run") };
    query.orderBy = QStringLiteral("id");
    const bool projectsKnown = std::all_of(watched.cbegin(), watched.cend(), [this](qint64 id) {
        return m_projectOf.contains(id);
    });
    if (projectsKnown) {
        QSet<qint64> projects;
        for (const qint64 id : std::as_const(watched)) {
            projects.insert(m_projectOf.value(id));
        }
        query.projectIdIn = QList<qint64>(projects.cbegin(), projects.cend());
        std::sort(query.projectIdIn.begin(), query.projectIdIn.end()); // stable URLs
    }
    const int generation = m_generation;
    m_job = m_client->fetchAllJobs(
        query,
        this,
        [this, generation, watched](const Api::Result<QList<Api::Job>> &result) {
            if (generation != m_generation) {
                return;
            }
            m_job = nullptr;
            if (result) {
                onJobs(watched, result.value());
            } else {
                onError(result.error());
            }
        },
        Api::Priority::Background);
}

void WatchPoller::onJobs(const QSet<qint64> &asked, const QList<Api::Job> &jobs)
{
    m_errors = 0;
    QSet<qint64> found;
    QList<Api::Run> history;
    QList<Api::Run> news;
    m_anyInFlight = false;
    for (const Api::Job &job : jobs) {
        found.insert(job.id);
        if (asked.contains(job.id)) {
            m_projectOf.insert(job.id, job.projectId);
            m_anyInFlight = m_anyInFlight
                || (job.mostRecentRun && Api::isInProgress(job.mostRecentRun->status));
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
    Q_EMIT runsObserved(m_connectionId, history + news);
    Q_EMIT refreshed(m_lastRefresh);
    scheduleNext();
}

void WatchPoller::onError(const Api::ApiError &error)
{
    // A 429 is not our fault and says when to come back: the cycle is owed, not backed off.
    if (error.kind == Api::ApiError::Kind::RateLimited) {
        m_owedByRateLimit = true;
    } else {
        ++m_errors;
    }
    qCInfo(lcWatch) << "watch poll failed for" << m_connectionId << ":" << error.detail;
    Q_EMIT failed(error.userMessage());
    scheduleNext();
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
    if (m_watchList->watchedJobs(m_connectionId).isEmpty()) {
        m_timer.stop();
        abortCycle();
        m_anyInFlight = false;
        return;
    }
    if (!watched) {
        return; // the next cycle simply asks for less
    }
    // A newly starred job is polled soon, so its state (and failing count) shows at once.
    if (isPolling()) {
        m_pollAgain = true;
    } else {
        m_timer.start(0);
    }
}

std::chrono::milliseconds WatchPoller::nextDelay() const
{
    // The schedule, in one place (to become PollSchedule): fast while a watched run is in
    // flight, slow at rest, capped exponential backoff with jitter after failures, and never
    // before the client's 429 pause ends. No visibility rule: background watching never pauses.
    using std::chrono::milliseconds;
    const bool limited = m_client && m_client->isRateLimited();
    const milliseconds pause(
        limited ? QDateTime::currentDateTimeUtc().msecsTo(m_client->rateLimitedUntil()) : 0);
    if (m_owedByRateLimit) {
        return std::max(pause, milliseconds(0)); // the cycle a 429 refused runs right after it
    }
    milliseconds delay = m_errors > 0 ? m_backoff.delayFor(m_errors)
        : m_anyInFlight               ? m_intervals.active
                                      : m_intervals.idle;
    return std::max(delay, pause);
}

void WatchPoller::scheduleNext()
{
    if (!m_started) {
        return;
    }
    if (std::exchange(m_pollAgain, false)) {
        m_timer.start(0);
        return;
    }
    m_timer.start(int(std::clamp<qint64>(nextDelay().count(), 0, 24 * 3600 * 1000)));
}

} // namespace Dbtc::Models
