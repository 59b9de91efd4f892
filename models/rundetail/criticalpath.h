// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Models {

struct TimingData;

//! \brief The chain of nodes that set a run's length: from the node that finished last, back
//! through what it waited for, to a node that waited for nothing.
struct CriticalPath
{
    //! How each link was found.
    enum class Basis {
        None, //!< no nodes
        DependsOn, //!< the manifest's depends_on: the link is the dependency that finished last
        Inferred, //!< no manifest: the link is the node that finished last before this one
                  //!< started (any thread), i.e. what the scheduler most likely waited for
    };

    QList<int> nodes; //!< indexes into TimingData::nodes, first to run first
    Basis basis = Basis::None;
    qint64 busyMs = 0; //!< time the path's nodes ran
    qint64 waitMs = 0; //!< gaps between them (thread starvation, adapter overhead)

    bool contains(int node) const { return nodes.contains(node); }
};

//! How many nodes ran at once at the busiest moment, and when.
struct Concurrency
{
    int peak = 0;
    qint64 atMs = 0;
};

//! \a dependsOn maps a unique_id to the unique_ids it depends on (empty: infer from time).
CriticalPath criticalPathOf(
    const TimingData &data, const QHash<QString, QStringList> &dependsOn = {});

Concurrency peakConcurrency(const TimingData &data);

} // namespace Dbtc::Models
