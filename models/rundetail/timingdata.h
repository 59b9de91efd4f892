// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rundetail/criticalpath.h"

#include <QDateTime>
#include <QHash>
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

//! What the Gantt's lanes stand for.
enum class TimingGrouping {
    Thread, //!< one lane per dbt thread (what actually ran side by side)
    Folder, //!< the node's folder in the project (manifest), else its package
    ResourceType, //!< model, test, seed, snapshot, ...
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

    //! From the step's manifest.json when it has one (empty: the critical path is inferred).
    QHash<QString, QStringList> dependsOn; //!< unique_id -> the unique_ids it depends on
    QHash<QString, QString> folders; //!< unique_id -> folder of its file ("models/staging")
    //! Worked out with the data (off the GUI thread): by depends_on once a manifest was added.
    CriticalPath critical;
    Concurrency concurrency;

    //! The lane \a node goes in under \a grouping.
    QString laneOf(const NodeTiming &node, TimingGrouping grouping) const;
    //! Every lane under \a grouping, sorted naturally.
    QStringList lanes(TimingGrouping grouping) const;
};

//! Reads the timing of every result in \a results that has one (skipped nodes have none),
//! with the critical path inferred from time.
TimingData timingFrom(const ArtifactIndex &results);
//! Adds the manifest's depends_on and folders for the nodes of \a data and works the critical
//! path out again from depends_on.
void addManifest(TimingData &data, const ArtifactIndex &manifest);

} // namespace Dbtc::Models
