// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactindex.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace Dbtc::Models {

//! \brief How the whole-project graph folds entities into groups before layout. Nobody reads
//! 40,000 boxes: a project starts folded (package, then folder) and the user opens what matters.
enum class GraphGrouping : std::uint8_t {
    None, //!< every entity is its own vertex
    PackageFolder, //!< package → folder → sub-folder (from the entity's path)
    ResourceType, //!< model, test, seed, source, ...
    Selection, //!< the entities of GraphOptions::selection in one group, the rest ungrouped
};

//! \brief The worst last-run status in a group (or of a node), from run_results when loaded.
enum class GraphHealth : std::uint8_t { Unknown, Pass, Skipped, Warn, Error };

//! \brief One group of the grouping tree. Groups nest (package → folder → sub-folder).
struct GraphGroup
{
    QString label; //!< "jaffle_shop", "models/staging", "model"
    int parent = -1; //!< enclosing group, -1 at the top
    std::vector<int> childGroups;
    std::vector<std::uint32_t> members; //!< entity indices directly in this group
    std::uint32_t totalMembers = 0; //!< with every nested group's members
    std::uint32_t models = 0, tests = 0, sources = 0, others = 0; //!< totals, nested included
    GraphHealth worst = GraphHealth::Unknown;
};

//! \brief What the layout places: an entity, a folded group, or a waypoint of a long edge.
struct LayoutVertex
{
    enum class Kind : std::uint8_t { Entity, Group, Dummy };
    Kind kind = Kind::Entity;
    std::uint32_t ref = 0; //!< Entity: entity index; Group: group index; Dummy: edge index
    int layer = 0; //!< 0 = most upstream; edges always go to a later layer
    int order = 0; //!< position within the layer, top to bottom
    QRectF rect; //!< scene units; x grows downstream, one layer per column
};

//! \brief A drawn edge between two real vertices (Entity or Group), upstream to downstream.
//! Parallel entity edges between the same two vertices are bundled into one with a weight.
struct LayoutEdge
{
    std::uint32_t from = 0, to = 0; //!< vertex indices
    std::uint32_t weight = 1; //!< entity edges this one stands for
    std::vector<QPointF> points; //!< polyline: from's right side, dummies, to's left side
};

//! \brief What to lay out.
struct GraphOptions
{
    GraphGrouping grouping = GraphGrouping::PackageFolder;
    std::vector<int> expanded; //!< group indices shown open (their members/children drawn)
    bool includeTests = true;
    //! When non-empty, only these entities are drawn (a --select result); sorted, unique.
    std::vector<std::uint32_t> only;
    //! For GraphGrouping::Selection: the entities that form the one group; sorted, unique.
    std::vector<std::uint32_t> selection;
};

//! \brief A layered (Sugiyama) layout of the whole project or a selection of it. Computed off
//! the GUI thread; the view and the exporters only paint it.
struct ProjectLayout
{
    std::vector<GraphGroup> groups; //!< the whole grouping tree, folded or not
    std::vector<LayoutVertex> vertices;
    std::vector<LayoutEdge> edges;
    QRectF bounds;
    std::uint64_t crossings = 0; //!< edge crossings between adjacent layers after reduction
    bool cancelled = false;

    //! The vertex drawing \a entity: its own, or the folded group that contains it; -1 if the
    //! entity is filtered out.
    int vertexOfEntity(std::uint32_t entity) const;

    std::vector<int> entityVertex; //!< per entity index: vertex index or -1 (see above)
};

//! Lays out \a index under \a options. \a control's cancel stops it early (cancelled = true),
//! its progress reports percent done.
ProjectLayout layoutProject(
    const ArtifactIndex &index, const GraphOptions &options, const LoadControl &control = {});

//! Opens \a group in place: its members and child groups are laid out inside the space the
//! group held, the rest keeps its order and only shifts to make room (no relayout of the rest).
ProjectLayout expandGroup(const ArtifactIndex &index,
    const ProjectLayout &previous,
    const GraphOptions &options,
    int group);

//! Edge crossings between adjacent layers of a layout (the benchmark's quality measure).
std::uint64_t countCrossings(const ProjectLayout &layout);

} // namespace Dbtc::Models
