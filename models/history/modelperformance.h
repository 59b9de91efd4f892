// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace Dbtc::Models {

class HistoryStore;

//! \brief One node's record over a window, from the per-node results the history keeps.
struct NodePerformance
{
    QString uniqueId;
    int runs = 0; //!< results that ran (skipped ones left out)
    int failures = 0; //!< error, fail, runtime error
    double meanSeconds = 0, maxSeconds = 0;
    //! Mean execution time of the window's second half minus its first half (0 without
    //! results in both halves).
    double growthSeconds = 0;
    //! Mean execution time per slice of the window, oldest first; negative = no result then.
    QList<double> sparkline;
    qint64 newestRunId = 0; //!< the newest run that ran the node
    int newestStep = 0; //!< the step of that run it ran in (where its artifacts are)

    double failureRate() const { return runs ? double(failures) / runs : 0; }
};

//! \brief The rankings of an environment's model performance page.
struct ModelPerformance
{
    static constexpr int Slices = 30; //!< sparkline points
    static constexpr int TopCount = 10; //!< rows per ranking

    QString connectionId;
    qint64 environmentId = 0;
    int days = 0;
    QDateTime since; //!< the window's start (UTC)
    int nodeCount = 0; //!< distinct nodes that ran in the window
    qint64 resultCount = 0; //!< node results read

    QList<NodePerformance> slowest; //!< by mean execution time
    QList<NodePerformance> mostRun; //!< by results
    QList<NodePerformance> mostFailing; //!< by failures (only nodes that failed)
    QList<NodePerformance> fastestGrowing; //!< by growthSeconds (only nodes that grew)

    bool isEmpty() const { return nodeCount == 0; }
};

//! How the query reaches the rows (every plan gives the same answer). Indexed is the app's:
//! the ranked nodes' sparklines by node, the rankings by node or by run, whichever reads less
//! for the window (see modelperformance.cpp). ByRun and ByNode force one (tests, benchmark);
//! FullScan is the benchmark's baseline (every node result of every environment read and
//! joined to its run).
enum class PerformancePlan { Indexed, ByRun, ByNode, FullScan };

//! The environment's rankings over the \a days before \a now, on the database thread.
ModelPerformance queryModelPerformance(QSqlDatabase &db,
    const QString &connectionId,
    qint64 environmentId,
    int days,
    const QDateTime &now,
    PerformancePlan plan = PerformancePlan::Indexed);

//! Same through the history's thread (now = the current time); \a done on the GUI thread.
void readModelPerformance(HistoryStore &store,
    const QString &connectionId,
    qint64 environmentId,
    int days,
    std::function<void(ModelPerformance)> done);

} // namespace Dbtc::Models
