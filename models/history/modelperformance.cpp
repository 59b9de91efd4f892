// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/modelperformance.h"

#include "models/history/historystore.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace Dbtc::Models {

namespace {

// Two passes, so C++ sees a few thousand rows whatever the window: the first groups the
// window's results per node (the rankings need nothing finer), the second groups only the
// ranked nodes' results per slice of the window (their sparklines). The plans differ only in
// how they reach the rows (the same rows, in the same order within a node):
// - by run: the environment's runs in the window (runs_by_environment), then their results
//   by the node_results key; grouping them per node is a sort of every result in the window.
// - by node: node_results_by_node (schema 5: each result carries its run's environment and
//   finish time) hands the environment's results over in node order, already grouped, but
//   reads the results before the window too; the sparklines' nodes are a seek each.
// - the baseline: every node result of the history, each joined to its run.
struct Source
{
    QString from; //!< FROM ... with the window's condition (connection, environment, since)
    QString finished; //!< the finish time of a row's run
    QString run; //!< its run id
};

Source sourceOf(PerformancePlan plan)
{
    switch (plan) {
    case PerformancePlan::ByNode:
        return { QStringLiteral("FROM node_results nr INDEXED BY node_results_by_node WHERE "
                                "nr.connection_id = ? AND nr.environment_id = ? AND "
                                "nr.finished_at >= ? AND nr.status <> 'skipped' "),
            QStringLiteral("nr.finished_at"),
            QStringLiteral("nr.run_id") };
    case PerformancePlan::FullScan:
        return { QStringLiteral("FROM node_results nr NOT INDEXED CROSS JOIN runs r "
                                "ON r.connection_id = nr.connection_id AND r.run_id = nr.run_id "
                                "WHERE r.connection_id = ? AND r.environment_id = ? AND "
                                "r.finished_at >= ? AND nr.status <> 'skipped' "),
            QStringLiteral("r.finished_at"),
            QStringLiteral("r.run_id") };
    case PerformancePlan::Indexed: // resolved by the caller
    case PerformancePlan::ByRun:
        break;
    }
    return { QStringLiteral("FROM runs r INDEXED BY runs_by_environment CROSS JOIN node_results nr "
                            "ON nr.connection_id = r.connection_id AND nr.run_id = r.run_id "
                            "WHERE r.connection_id = ? AND r.environment_id = ? AND "
                            "r.finished_at >= ? AND nr.status <> 'skipped' "),
        QStringLiteral("r.finished_at"),
        QStringLiteral("r.run_id") };
}

// "run * 1000 + step": the newest run and its step in one max() (steps are < 1000).
QString perNode(const Source &s)
{
    const QString columns = QStringLiteral(
        "SELECT nr.unique_id, count(*), sum(nr.status IN ('error', 'fail', 'runtime error')), "
        "sum(nr.execution_time), max(nr.execution_time), max(%1 * 1000 + nr.step_index), "
        "total(CASE WHEN %2 < ? THEN nr.execution_time END), sum(%2 < ?) ");
    return columns.arg(s.run, s.finished) + s.from + QStringLiteral("GROUP BY nr.unique_id");
}

QString perSlice(const Source &s, qsizetype nodes)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), nodes);
    return QStringLiteral("SELECT nr.unique_id, (%1 - ?) * %2 / ? AS slice, count(*), "
                          "total(nr.execution_time) ")
               .arg(s.finished)
               .arg(ModelPerformance::Slices)
        + s.from
        + QStringLiteral("AND nr.unique_id IN (%1) GROUP BY nr.unique_id, slice")
              .arg(marks.join(u','));
}

qint64 countRuns(QSqlDatabase &db, const QString &connectionId, qint64 environmentId, qint64 since)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM runs INDEXED BY runs_by_environment WHERE "
                             "connection_id = ? AND environment_id = ? AND finished_at >= ?"));
    q.addBindValue(connectionId);
    q.addBindValue(environmentId);
    q.addBindValue(since);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

//! The app's plan for the per-node pass: by node once the window holds a good share of the
//! environment's runs (reading the results before it costs less than sorting the window's),
//! by run for a short window in a long history. Both answer the same.
PerformancePlan perNodePlan(
    QSqlDatabase &db, const QString &connectionId, qint64 environmentId, qint64 since)
{
    const qint64 inWindow = countRuns(db, connectionId, environmentId, since);
    const qint64 all =
        countRuns(db, connectionId, environmentId, std::numeric_limits<qint64>::min());
    return inWindow * 4 >= all ? PerformancePlan::ByNode : PerformancePlan::ByRun;
}

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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(perSlice(sourceOf(plan), lines.size()));
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

    // The app's sparklines are always by node: a seek per ranked node, whatever the window.
    const PerformancePlan sparklinePlan =
        plan == PerformancePlan::Indexed ? PerformancePlan::ByNode : plan;
    if (plan == PerformancePlan::Indexed) {
        plan = perNodePlan(db, connectionId, environmentId, since);
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(perNode(sourceOf(plan)));
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
    addSparklines(db, result, sparklinePlan, since, span);
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
