// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace Dbtc::Models {

class HistoryStore;

//! \brief One finished run of a job as its trend chart plots it.
struct TrendPoint
{
    qint64 runId = 0;
    QDateTime createdAt;
    qint64 durationSeconds = 0;
    qint64 queuedSeconds = 0;
    int status = 0; //!< int(Api::RunStatus)
    bool aboveP90 = false;
};

//! \brief A job's last N runs from the local history, oldest first, with the figures a user
//! reads off a trend: typical (p50) and bad-day (p90) duration, success rate, queue time.
struct JobTrend
{
    QString connectionId;
    qint64 jobId = 0;
    QList<TrendPoint> points;
    double p50Seconds = 0, p90Seconds = 0; //!< of the runs' durations (cancelled runs left out)
    double successRate = 0; //!< 0..1 of runs that finished Success vs Error (cancelled left out)
    double medianQueuedSeconds = 0, maxQueuedSeconds = 0;

    bool isEmpty() const { return points.isEmpty(); }

    int aboveP90Count() const;
};

//! The \a q quantile (0..1) of \a values by linear interpolation between closest ranks (the
//! numpy default); 0 for no values.
double quantile(QList<double> values, double q);

//! Fills the figures of \a trend from its points (and marks the points above p90).
void summarize(JobTrend &trend);

//! The newest \a limit finished runs of a job on the database thread (by runs_by_job).
JobTrend queryJobTrend(QSqlDatabase &db, const QString &connectionId, qint64 jobId, int limit);

//! Same through the history's thread; \a done on the GUI thread.
void readJobTrend(HistoryStore &store,
    const QString &connectionId,
    qint64 jobId,
    int limit,
    std::function<void(JobTrend)> done);

} // namespace Dbtc::Models
