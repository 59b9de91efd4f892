// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/modelperformance.h"

#include "models/history/historystore.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Dbtc::Models {

namespace {

// Two passes, so C++ sees a few thousand rows whatever the window: the first groups the
// window's results per node (the rankings need nothing finer), the second groups only the
// ranked nodes' results per slice of the window (their sparklines). The plans differ only in
// how they reach the rows: the app's by runs_by_environment, the baseline by reading every
// node result of the history and looking its run up.
QString rowsOf(PerformancePlan plan)
{
    return plan == PerformancePlan::Indexed
        ? QStringLiteral("FROM runs r INDEXED BY runs_by_environment CROSS JOIN node_results nr "
                         "ON nr.connection_id = r.connection_id AND nr.run_id = r.run_id ")
        : QStringLiteral("FROM node_results nr NOT INDEXED CROSS JOIN runs r "
                         "ON r.connection_id = nr.connection_id AND r.run_id = nr.run_id ");
}

const char *const kWindow = "WHERE r.connection_id = ? AND r.environment_id = ? AND "
                            "r.finished_at >= ? AND nr.status <> 'skipped' ";

// "run * 1000 + step": the newest run and its step in one max() (steps are < 1000).
const char *const kPerNode =
    "SELECT nr.unique_id, count(*), sum(nr.status IN ('error', 'fail', 'runtime error')), "
    "sum(nr.execution_time), max(nr.execution_time), max(r.run_id * 1000 + nr.step_index), "
    "total(CASE WHEN r.finished_at < ? THEN nr.execution_time END), sum(r.finished_at < ?) ";

const char *const kPerSlice =
    "SELECT nr.unique_id, (r.finished_at - ?) * %1 / ? AS slice, count(*), "
    "total(nr.execution_time) ";

void bindWindow(QSqlQuery &q, const ModelPerformance &p, qint64 since)
{
    q.addBindValue(p.connectionId);
    q.addBindValue(p.environmentId);
    q.addBindValue(since);
}

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

//! Fills the sparklines of the ranked nodes (the second pass).
void addSparklines(
    QSqlDatabase &db, ModelPerformance &result, PerformancePlan plan, qint64 since, qint64 span)
{
    QHash<QString, QList<double>> lines;
    for (const QList<NodePerformance> *ranking :
        { &result.slowest, &result.mostRun, &result.mostFailing, &result.fastestGrowing }) {
        for (const NodePerformance &n : *ranking) {
            lines.insert(n.uniqueId, QList<double>(ModelPerformance::Slices, -1.0));
        }
    }
    if (lines.isEmpty()) {
        return;
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), lines.size());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kPerSlice).arg(ModelPerformance::Slices) + rowsOf(plan)
        + QLatin1String(kWindow) + QStringLiteral("AND nr.unique_id IN (%1) ").arg(marks.join(u','))
        + QStringLiteral("GROUP BY nr.unique_id, slice"));
    q.addBindValue(since);
    q.addBindValue(span);
    bindWindow(q, result, since);
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        q.addBindValue(it.key());
    }
    if (!q.exec()) {
        return;
    }
    while (q.next()) {
        const auto line = lines.find(q.value(0).toString());
        const int slice = std::clamp(q.value(1).toInt(), 0, ModelPerformance::Slices - 1);
        const int count = q.value(2).toInt();
        if (line != lines.end() && count > 0) {
            (*line)[slice] = q.value(3).toDouble() / count;
        }
    }
    for (QList<NodePerformance> *ranking :
        { &result.slowest, &result.mostRun, &result.mostFailing, &result.fastestGrowing }) {
        for (NodePerformance &n : *ranking) {
            n.sparkline = lines.value(n.uniqueId);
        }
    }
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
    // The first half of the window is the sparkline's first Slices / 2 slices.
    const qint64 middle = since + span / 2;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kPerNode) + rowsOf(plan) + QLatin1String(kWindow)
        + QStringLiteral("GROUP BY nr.unique_id"));
    q.addBindValue(middle);
    q.addBindValue(middle);
    bindWindow(q, result, since);
    if (!q.exec()) {
        return result;
    }
    QList<NodePerformance> all;
    while (q.next()) {
        NodePerformance n;
        n.uniqueId = q.value(0).toString();
        n.runs = q.value(1).toInt();
        n.failures = q.value(2).toInt();
        const double total = q.value(3).toDouble();
        n.maxSeconds = q.value(4).toDouble();
        const qint64 newest = q.value(5).toLongLong();
        n.newestRunId = newest / 1000;
        n.newestStep = int(newest % 1000);
        const double earlySum = q.value(6).toDouble();
        const int earlyCount = q.value(7).toInt();
        const int lateCount = n.runs - earlyCount;
        n.meanSeconds = n.runs ? total / n.runs : 0;
        if (earlyCount > 0 && lateCount > 0) {
            n.growthSeconds = (total - earlySum) / lateCount - earlySum / earlyCount;
        }
        result.resultCount += n.runs;
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
    addSparklines(db, result, plan, since, span);
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
