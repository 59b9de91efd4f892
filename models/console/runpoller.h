// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/result.h"
#include "api/types/page.h"
#include "api/types/run.h"
#include "models/common/pollschedule.h"
#include "models/common/requesttracker.h"
#include "models/console/runscope.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <chrono>

namespace Dbtc::Api {
class ApiJob;
class Client;
struct RunQuery;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class RunListModel;
struct RunRecord;

//! \brief Keeps a RunListModel live for one scope. Separate from the model (it owns the timer
//! and the requests) so the model stays a plain container that tests and benchmarks can drive.
//!
//! One poll cycle sends at most four list requests, however many runs are in flight:
//!  1. the newest page of the scope (order_by=-id): new runs and recent changes;
//!  2. the in-flight runs (status__in=[1,2,3]);
//!  3. only when a run we showed as in flight is in neither answer (it finished): the runs
//!     from the oldest such id upwards (id__gt, order_by=id) to learn how they ended;
//!  4. only after a long pause with > 100 new runs: the gap after the newest known run.
//! When to poll is the PollSchedule's business (fast while runs are in flight, slow when all
//! are finished, paused while hidden, capped backoff with jitter on errors, the client's 429
//! pause); a RequestTracker drops the replies of an earlier scope.
class RunPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPoller)

public:
    //! fast: runs in flight; slow: all finished; then the backoff cap and its jitter.
    using Intervals = PollSchedule::Intervals;

    explicit RunPoller(RunListModel *model, QObject *parent = nullptr);
    ~RunPoller() override;

    //! Switches to \a scope served by \a client and polls at once. The model is not cleared:
    //! the caller decides (cached rows may be shown as stale until the first answer).
    void setScope(const RunScope &scope, Api::Client *client);

    RunScope scope() const { return m_scope; }

    void setIntervals(const Intervals &intervals) { m_schedule.setIntervals(intervals); }

    //! Runs per request (<= 100). Only tests lower it, to push runs off the newest page.
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 100); }

    //! False while the window is minimized or hidden: no requests at all.
    void setActive(bool active);

    bool isActive() const { return m_schedule.isActive(); }

    void pollNow();
    void stop();

    bool isPolling() const { return m_pending > 0; }

    int consecutiveErrors() const { return m_schedule.consecutiveErrors(); }

    std::chrono::milliseconds currentInterval() const { return m_schedule.currentInterval(); }

    const PollSchedule &schedule() const { return m_schedule; }

    QDateTime lastRefresh() const { return m_lastRefresh; }

    int cyclesCompleted() const { return m_cycles; }

Q_SIGNALS:
    //! A cycle finished and the model is up to date as of \a when.
    void refreshed(const QDateTime &when);
    //! Runs that arrived in a cycle or page (the navigator updates jobs' last status).
    void runsMerged(const QList<Dbtc::Models::RunRecord> &runs);
    //! A request failed; polling continues with backoff. \a message is for the user.
    void failed(const QString &message, bool firstLoad);
    void firstPageLoaded();

private:
    void startCycle();

    enum Step { Head, InFlight, Finished, Gap, Older };

    void send(const Api::RunQuery &query, Step step);
    void onPage(Step step, const Api::Result<Api::Page<Api::Run>> &result, bool includedNames);
    void sendFollowUps();
    void finishCycle();
    void fetchOlder();
    Api::RunQuery baseQuery(bool withNames) const;
    //! Fills job and environment names from earlier pages; false when some are unknown.
    bool fillNames(QList<RunRecord> &records, bool included);

    RunListModel *m_model;
    QPointer<Api::Client> m_client;
    RunScope m_scope;
    PollSchedule m_schedule;
    RequestTracker m_requests; //!< after m_schedule: destroyed (and aborted) first
    QSet<qint64> m_seenThisCycle;
    QList<qint64> m_inFlightBefore; //!< in-progress ids shown when the cycle started
    qint64 m_newestBefore = 0;
    int m_pageSize = 100;
    int m_pending = 0;
    int m_cycles = 0;
    bool m_cycleFailed = false;
    bool m_gapSeen = false;
    Api::ApiError m_cycleError;
    bool m_followUpSent = false;
    bool m_loadedOnce = false;
    QDateTime m_lastRefresh;
    // include_related=job embeds the whole job in every run (~4 KB each, 0.5 MB per page), so
    // polls ask only for the trigger and take names from what earlier pages told us.
    QHash<qint64, QString> m_jobNames;
    QHash<qint64, QString> m_environmentNames;
    bool m_needNames = true;
    bool m_namesMissing = false; //!< this cycle met a run whose names we do not know
};

} // namespace Dbtc::Models
