// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Models {

class ArtifactIndex;

//! \brief When one node ran, and on which thread (from run_results timing).
struct NodeTiming
{
    QString uniqueId;
    QString name;
    QString resourceType;
    QString status;
    QString thread; //!< "Thread-1 (worker)" as dbt writes it
    qint64 startMs = 0; //!< from the first node's start
    qint64 endMs = 0;
    double seconds = 0; //!< execution_time as reported
};

//! \brief Everything the model timing chart draws.
struct TimingData
{
    QList<NodeTiming> nodes; //!< by start time
    QStringList threads; //!< sorted naturally (Thread-2 before Thread-10)
    QDateTime begin; //!< the earliest start (UTC)
    qint64 spanMs = 0; //!< earliest start to latest end
    //! Indexes into nodes, slowest first.
    QList<int> slowest(int count) const;

    bool isEmpty() const { return nodes.isEmpty(); }
};

//! Reads the timing of every result in \a results that has one (skipped nodes have none).
TimingData timingFrom(const ArtifactIndex &results);

} // namespace Dbtc::Models
