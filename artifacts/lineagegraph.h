// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace Dbtc::Models {

class ArtifactIndex;
struct Entity;

//! \brief An entity reached from a lineage walk and how many edges away it is.
struct LineageHit
{
    std::uint32_t entity;
    int depth; //!< 1 = direct parent/child
};

//! Which entities a walk may pass through (e.g. hide tests). Empty: all.
using LineageFilter = std::function<bool(const Entity &)>;

//! Breadth-first over parents; \a maxDepth < 0 means unlimited. The start is not included.
std::vector<LineageHit> lineageAncestors(const ArtifactIndex &index,
    std::uint32_t entity,
    int maxDepth = -1,
    const LineageFilter &filter = {});
std::vector<LineageHit> lineageDescendants(const ArtifactIndex &index,
    std::uint32_t entity,
    int maxDepth = -1,
    const LineageFilter &filter = {});

//! \brief A layered (Sugiyama-style) layout of a node's lineage, computed here so the view only
//! paints: layer = longest path from the sources of the subgraph (edges always point to a
//! later layer), order within a layer from barycentre sweeps to reduce crossings.
struct LineageLayout
{
    std::vector<std::uint32_t> nodes; //!< entity indices; nodes[0] is the focus
    std::vector<int> layer; //!< per node, 0 = leftmost
    std::vector<int> order; //!< per node, position within its layer
    std::vector<std::vector<std::uint32_t>> layers; //!< per layer: node positions, in order
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges; //!< (parent, child) positions
    int focusLayer = 0;
};

LineageLayout layoutLineage(const ArtifactIndex &index,
    std::uint32_t focus,
    int upDepth = -1,
    int downDepth = -1,
    const LineageFilter &filter = {});

} // namespace Dbtc::Models
