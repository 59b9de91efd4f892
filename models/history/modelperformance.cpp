// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/modelperformance.h"

#include "models/history/historystore.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Dbtc::Models {

namespace {

// SQLite groups the rows per node and slice, so C++ sees nodes x slices rows, not every
// result. The two plans differ only in how they reach the rows.
const char *const kIndexed =
    "SELECT nr.unique_id, (r.finished_at - :since) * %1 / :span AS slice, count(*), "
    "sum(nr.status IN ('error', 'fail', 'runtime error')), sum(nr.execution_time), "
    "max(nr.execution_time), max(r.run_id * 1000 + nr.step_index) "
    "FROM runs r INDEXED BY runs_by_environment JOIN node_results nr "
    "ON nr.connection_id = r.connection_id AND nr.run_id = r.run_id "
    "WHERE r.connection_id = :connection AND r.environment_id = :environment "
    "AND r.finished_at >= :since AND nr.status <> 'skipped' GROUP BY nr.unique_id, slice";
const char *const kFullScan =
    "SELECT nr.unique_id, (r.finished_at - :since) * %1 / :span AS slice, count(*), "
    "sum(nr.status IN ('error', 'fail', 'runtime error')), sum(nr.execution_time), "
    "max(nr.execution_time), max(r.run_id * 1000 + nr.step_index) "
    "FROM node_results nr NOT INDEXED CROSS JOIN runs r "
    "ON r.connection_id = nr.connection_id AND r.run_id = nr.run_id "
    "WHERE r.connection_id = :connection AND r.environment_id = :environment "
    "AND r.finished_at >= :since AND nr.status <> 'skipped' GROUP BY nr.unique_id, slice";

struct Accumulator
{
    NodePerformance node;
    double totalSeconds = 0;
    double earlySum = 0, lateSum = 0;
    int earlyCount = 0, lateCount = 0;
    QList<double> sliceSum = QList<double>(ModelPerformance::Slices, 0);
    QList<int> sliceCount = QList<int>(ModelPerformance::Slices, 0);
};

template <typename Less>
QList<NodePerformance> top(
    const QList<NodePerformance> &all, Less less, bool (*keep)(const NodePerformance &))
{
    QList<NodePerformance> kept;
    for (const NodePerformance &n : all) {
        if (keep(n)) {
            kept.append(n);
        }
    }
    const auto count = std::min<qsizetype>(ModelPerformance::TopCount, kept.size());
    std::partial_sort(kept.begin(),
        kept.begin() + count,
        kept.end(),
        [&less](const NodePerformance &a, const NodePerformance &b) {
            // ties by id, so the page does not reshuffle between refreshes
            return less(a, b) || (!less(b, a) && a.uniqueId < b.uniqueId);
        });
    kept.resize(count);
    return kept;
}

} // namespace

ModelPerformance queryModelPerformance(QSqlDatabase &db,
    const QString &connectionId,
    qint64 environmentId,
    int days,
    const QDateTime &now,
    PerformancePlan plan)
{
    ModelPerformance result;
    result.connectionId = connectionId;
    result.environmentId = environmentId;
    result.days = std::max(1, days);
    result.since = now.addDays(-result.days);
    const qint64 since = result.since.toMSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, now.toMSecsSinceEpoch() - since);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(plan == PerformancePlan::Indexed ? kIndexed : kFullScan)
                  .arg(ModelPerformance::Slices));
    q.bindValue(QStringLiteral(":since"), since);
    q.bindValue(QStringLiteral(":span"), span);
    q.bindValue(QStringLiteral(":connection"), connectionId);
    q.bindValue(QStringLiteral(":environment"), environmentId);
    if (!q.exec()) {
        return result;
    }
    QHash<QString, Accumulator> byNode;
    constexpr int half = ModelPerformance::Slices / 2;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const int slice = std::clamp(q.value(1).toInt(), 0, ModelPerformance::Slices - 1);
        const int count = q.value(2).toInt();
        const double sum = q.value(4).toDouble();
        Accumulator &a = byNode[id];
        a.node.uniqueId = id;
        a.node.runs += count;
        a.node.failures += q.value(3).toInt();
        a.node.maxSeconds = std::max(a.node.maxSeconds, q.value(5).toDouble());
        // run * 1000 + step: the newest run and its step in one max() (steps are < 1000)
        const qint64 newest = q.value(6).toLongLong();
        if (newest / 1000 > a.node.newestRunId) {
            a.node.newestRunId = newest / 1000;
            a.node.newestStep = int(newest % 1000);
        }
        a.totalSeconds += sum;
        a.sliceSum[slice] += sum;
        a.sliceCount[slice] += count;
        (slice < half ? a.earlySum : a.lateSum) += sum;
        (slice < half ? a.earlyCount : a.lateCount) += count;
        result.resultCount += count;
    }
    QList<NodePerformance> all;
    all.reserve(byNode.size());
    for (Accumulator &a : byNode) {
        NodePerformance &n = a.node;
        n.meanSeconds = n.runs ? a.totalSeconds / n.runs : 0;
        if (a.earlyCount > 0 && a.lateCount > 0) {
            n.growthSeconds = a.lateSum / a.lateCount - a.earlySum / a.earlyCount;
        }
        n.sparkline.reserve(ModelPerformance::Slices);
        for (int s = 0; s < ModelPerformance::Slices; ++s) {
            n.sparkline << (a.sliceCount.at(s) ? a.sliceSum.at(s) / a.sliceCount.at(s) : -1.0);
        }
        all.append(std::move(n));
    }
    result.nodeCount = int(all.size());
    auto any = +[](const NodePerformance &) {
        return true;
    };
    result.slowest = top(
        all,
        [](const NodePerformance &a, const NodePerformance &b) {
            return a.meanSeconds > b.meanSeconds;
        },
        any);
    result.mostRun = top(
        all,
        [](const NodePerformance &a, const NodePerformance &b) {
            return a.runs > b.runs;
        },
        any);
    result.mostFailing = top(
        all,
        [](const NodePerformance &a, const NodePerformance &b) {
            return a.failures > b.failures
                || (a.failures == b.failures && a.failureRate() > b.failureRate());
        },
        +[](const NodePerformance &n) {
            return n.failures > 0;
        });
    result.fastestGrowing = top(
        all,
        [](const NodePerformance &a, const NodePerformance &b) {
            return a.growthSeconds > b.growthSeconds;
        },
        +[](const NodePerformance &n) {
            return n.growthSeconds > 0;
        });
    return result;
}

void readModelPerformance(HistoryStore &store,
    const QString &connectionId,
    qint64 environmentId,
    int days,
    std::function<void(ModelPerformance)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.read<ModelPerformance>(
        [connectionId, environmentId, days, now](QSqlDatabase &db) {
            return queryModelPerformance(db, connectionId, environmentId, days, now);
        },
        std::move(done));
}

} // namespace Dbtc::Models
