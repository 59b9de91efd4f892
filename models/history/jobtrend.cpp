// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/jobtrend.h"

#include "api/types/runstatus.h"
#include "models/history/historystore.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Dbtc::Models {

int JobTrend::aboveP90Count() const
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const TrendPoint &p) {
        return p.aboveP90;
    }));
}

double quantile(QList<double> values, double q)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = std::min<qsizetype>(low + 1, values.size() - 1);
    return values.at(low) + (values.at(high) - values.at(low)) * (rank - double(low));
}

void summarize(JobTrend &trend)
{
    QList<double> durations, queued;
    int succeeded = 0, decided = 0;
    for (const TrendPoint &p : std::as_const(trend.points)) {
        queued << double(p.queuedSeconds);
        const auto status = Api::RunStatus(p.status);
        // A cancelled run's length says nothing about how long the job takes.
        if (status == Api::RunStatus::Cancelled) {
            continue;
        }
        durations << double(p.durationSeconds);
        ++decided;
        succeeded += status == Api::RunStatus::Success ? 1 : 0;
    }
    trend.p50Seconds = quantile(durations, 0.5);
    trend.p90Seconds = quantile(durations, 0.9);
    trend.successRate = decided ? double(succeeded) / decided : 0;
    trend.medianQueuedSeconds = quantile(queued, 0.5);
    trend.maxQueuedSeconds =
        queued.isEmpty() ? 0 : *std::max_element(queued.cbegin(), queued.cend());
    for (TrendPoint &p : trend.points) {
        p.aboveP90 = Api::RunStatus(p.status) != Api::RunStatus::Cancelled
            && double(p.durationSeconds) > trend.p90Seconds;
    }
}

JobTrend queryJobTrend(QSqlDatabase &db, const QString &connectionId, qint64 jobId, int limit)
{
    JobTrend trend;
    trend.connectionId = connectionId;
    trend.jobId = jobId;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT run_id, created_at, duration_s, queued_s, status FROM runs INDEXED BY runs_by_job "
        "WHERE connection_id = ? AND job_id = ? AND status >= 10 ORDER BY run_id DESC LIMIT ?"));
    q.addBindValue(connectionId);
    q.addBindValue(jobId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec()) {
        return trend;
    }
    while (q.next()) {
        TrendPoint p;
        p.runId = q.value(0).toLongLong();
        if (!q.value(1).isNull()) {
            p.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        }
        p.durationSeconds = q.value(2).toLongLong();
        p.queuedSeconds = q.value(3).toLongLong();
        p.status = q.value(4).toInt();
        trend.points.prepend(p);
    }
    summarize(trend);
    return trend;
}

void readJobTrend(HistoryStore &store,
    const QString &connectionId,
    qint64 jobId,
    int limit,
    std::function<void(JobTrend)> done)
{
    store.read<JobTrend>(
        [connectionId, jobId, limit](QSqlDatabase &db) {
            return queryJobTrend(db, connectionId, jobId, limit);
        },
        std::move(done));
}

} // namespace Dbtc::Models
