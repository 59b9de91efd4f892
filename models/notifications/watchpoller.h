// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/job.h"
#include "api/types/run.h"
#include "models/common/activeruns.h"
#include "models/common/pollschedule.h"
#include "models/common/requesttracker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <chrono>

namespace Dbtc::Api {
struct ApiError;
class Client;
struct Job;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class RunNotifier;
class WatchList;
struct WatchScopes;

//! \brief Polls the watched (starred) jobs of one connection in the background, whatever the
//! window shows, and feeds the RunNotifier. It has no notion of visibility on purpose: hidden,
//! minimised or in the tray, a watched job's failure must still be noticed.
//!
//! Cost per cycle does not grow with the number of watched jobs: one GET jobs/ with
//! project_id__in=[the watched jobs' projects] and include_related=most_recent_run,
//! most_recent_completed_run (both in dbt Cloud's v2 spec; dbt-mcp lists jobs the same way),
//! filtered server-side, so 1 or 100 watched jobs in a project cost the same page. The spec has
//! no job_definition_id__in on runs/, and one runs/ request per job would be O(n).
//! A watched job whose project is not known yet (just starred, or the first cycle) makes that
//! one cycle list the account's jobs without the project filter; watched ids the account no
//! longer has are remembered as missing and cost nothing afterwards.
//!
//! Watched scopes (WatchList::watchedScopes) widen the same request: a watched project joins
//! the project filter; a watched account or environment drops it (every job of the account,
//! paged: ceil(jobs / 100) requests per cycle, however many runs). Their jobs' runs go to
//! runsObserved (the history and the failure inbox); per-run notifications stay for stars.
//!
//! When to poll is the PollSchedule's business, as for every other poller: fast while a watched
//! job has a run in flight, slow at rest, capped backoff with jitter on errors, the client's
//! 429 pause (a cycle it refused runs when the pause ends). The schedule is never made
//! inactive here (watching is the point) and is stopped while nothing is watched, so that no
//! request is sent; a RequestTracker drops the answers of a cycle that was stopped.
//!
//! Exact running/queued counts per job (the pulse page) cost one more request, and only while
//! something is in flight: GET runs/?status__in=[1,2,3]&order_by=-id (queued, starting,
//! running) with the same project filter as the job list, paged only past 100 runs in flight
//! (an account's queue is capped at 50 by default). A job list in which no job's newest run is
//! in flight, after a cycle that counted nothing, means nothing is in flight (a job's runs
//! queue one behind the other, and a new run is its job's newest), so that cycle skips it.
class WatchPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchPoller)

public:
    //! fast: a watched job has a run in flight; slow: every watched job is at rest; then the
    //! backoff cap and its jitter (see defaultIntervals()).
    using Intervals = PollSchedule::Intervals;
    static Intervals defaultIntervals();

    //! \a client and \a watchList must outlive the poller. Nothing is sent before start().
    WatchPoller(Api::Client *client,
        WatchList *watchList,
        const QString &connectionId,
        QObject *parent = nullptr);
    ~WatchPoller() override;

    QString connectionId() const { return m_connectionId; }

    //! Runs are fed to \a notifier (first sight of a job as history, later cycles as news).
    void setNotifier(RunNotifier *notifier) { m_notifier = notifier; }

    void setIntervals(const Intervals &intervals);

    //! Polls at once, then on the schedule, until stop(). No watched job = no requests.
    void start();
    void stop();
    void pollNow();

    bool isStarted() const { return m_started; }

    //! A cycle's request is on its way.
    bool isPolling() const { return m_cycleRunning; }

    int cyclesCompleted() const { return m_cycles; }

    int consecutiveErrors() const { return m_schedule.consecutiveErrors(); }

    //! Time until the next cycle as the clock stands (jitter and the client's 429 pause
    //! included); -1 ms when none is scheduled (stopped, polling, or nothing watched).
    std::chrono::milliseconds nextDelay() const { return m_schedule.remaining(); }

    //! The nominal wait after the last cycle: fast, slow, or the backoff without its jitter.
    std::chrono::milliseconds currentInterval() const { return m_schedule.currentInterval(); }

    const PollSchedule &schedule() const { return m_schedule; }

    QDateTime lastRefresh() const { return m_lastRefresh; }

    //! Watched ids the account does not have (deleted jobs): not polled any more.
    QSet<qint64> missingJobs() const { return m_missing; }

Q_SIGNALS:
    //! Every run a cycle brought (the newest and newest finished run of each job polled).
    void runsObserved(const QString &connectionId, const QList<Dbtc::Api::Run> &runs);
    //! Every job the cycle's list answered (their schedules and newest runs: the pulse page).
    void jobsObserved(const QString &connectionId, const QList<Dbtc::Api::Job> &jobs);
    //! Runs in flight per job, for every job the cycle's list answered (zeros included);
    //! empty when they could not be counted (the runs/ request failed): unknown, not zero.
    //! Emitted before jobsObserved.
    void activeRunsCounted(const QString &connectionId, const Dbtc::Models::ActiveRunsByJob &runs);
    void refreshed(const QDateTime &when);
    //! A cycle failed; polling goes on with backoff. \a message is for the user.
    void failed(const QString &message);

private:
    void startCycle();
    //! The job list answered: count the runs in flight if any may be, then finish.
    void onJobs(const QSet<qint64> &asked,
        const WatchScopes &scopes,
        const QList<qint64> &projectFilter,
        const QList<Api::Job> &jobs);
    void finishCycle(const QSet<qint64> &asked,
        const WatchScopes &scopes,
        const QList<Api::Job> &jobs,
        const ActiveRunsByJob &active);
    void onError(const Api::ApiError &error);
    void onWatchChanged(const QString &connectionId, qint64 jobId, bool watched);
    //! Polls again once control is back in the event loop (several stars in a row make one
    //! cycle); during a cycle, right after it.
    void pollSoon();
    //! Ends the cycle on its way (its answer is dropped) and any poll asked for by pollSoon().
    void abortCycle();

    QPointer<Api::Client> m_client;
    WatchList *m_watchList;
    QPointer<RunNotifier> m_notifier;
    QString m_connectionId;
    PollSchedule m_schedule;
    RequestTracker m_requests; //!< after m_schedule: destroyed (and aborted) first
    QHash<qint64, qint64> m_projectOf; //!< watched job -> its project, learned from answers
    QSet<qint64> m_missing;
    QSet<qint64> m_seen; //!< jobs in the last answer: their runs are no longer history
    bool m_started = false;
    bool m_cycleRunning = false;
    bool m_pollAgain = false; //!< the watch list changed during a cycle
    bool m_pollQueued = false; //!< pollSoon() is on its way through the event loop
    bool m_anyActive = true; //!< the last count found a run in flight, failed, or is to come
    int m_cycles = 0;
    QDateTime m_lastRefresh;
};

} // namespace Dbtc::Models
