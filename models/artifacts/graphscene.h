// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/lineage/projectlayout.h"
#include "models/artifacts/scenegrid.h"

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <memory>
#include <vector>

namespace Dbtc::Models {

//! \brief A frame drawn around the members of an open group, so an expanded folder still reads
//! as one (with its label and a chevron to fold it again).
struct GroupFrame
{
    int group = -1;
    QRectF rect;
};

//! \brief What the graph view needs besides the layout: spatial indexes of vertices and edge
//! segments, the vertex-level adjacency (for focus and "path between"), and the frames of open
//! groups. Built once per layout, off the paint path; immutable afterwards, shared by the
//! canvas, the minimap and the benchmark.
class GraphScene
{
public:
    GraphScene(std::shared_ptr<const ArtifactIndex> index,
        std::shared_ptr<const ProjectLayout> layout,
        const GraphOptions &options);

    const ArtifactIndex *index() const { return m_index.get(); }

    const std::shared_ptr<const ArtifactIndex> &indexPtr() const { return m_index; }

    const ProjectLayout &layout() const { return *m_layout; }

    const std::shared_ptr<const ProjectLayout> &layoutPtr() const { return m_layout; }

    const GraphOptions &options() const { return m_options; }

    QRectF bounds() const { return m_bounds; }

    //! Median vertex height in scene units: how big "a box" is, for level of detail.
    qreal typicalHeight() const { return m_typicalHeight; }

    //! Vertices whose rectangle intersects \a area.
    void verticesIn(const QRectF &area, std::vector<std::uint32_t> &out) const;
    //! Edge segments (see segment()) whose bounding box intersects \a area.
    void segmentsIn(const QRectF &area, std::vector<std::uint32_t> &out) const;

    struct Segment
    {
        QPointF a, b;
        std::uint32_t edge;
    };

    const std::vector<Segment> &segments() const { return m_segments; }

    //! The vertex under \a scenePoint, or -1 (the topmost when frames overlap).
    int vertexAt(const QPointF &scenePoint) const;
    //! The vertex drawing \a entity (its own, or the folded group holding it), or -1.
    int vertexOfEntity(std::uint32_t entity) const;
    //! The vertex drawing group \a group folded, or -1 (open, or not drawn).
    int vertexOfGroup(int group) const;
    //! The open group whose frame's title bar is under \a scenePoint, or -1.
    int frameAt(const QPointF &scenePoint) const;

    const std::vector<GroupFrame> &frames() const { return m_frames; }

    //! The last-run health of vertex \a v: its entity's result, or its group's worst.
    GraphHealth health(std::uint32_t v) const { return m_health[v]; }

    //! Vertex-level adjacency from the drawn edges (bundles count once).
    const std::vector<std::uint32_t> &parentsOf(std::uint32_t v) const { return m_up[v]; }

    const std::vector<std::uint32_t> &childrenOf(std::uint32_t v) const { return m_down[v]; }

    //! Marks \a vertex, every vertex upstream and every vertex downstream of it.
    std::vector<char> lineageOf(std::uint32_t vertex) const;
    //! Marks the vertices on any directed path between \a a and \a b (either direction); both
    //! ends are marked too. Nothing else when no path joins them.
    std::vector<char> pathBetween(std::uint32_t a, std::uint32_t b) const;
    //! Whether edge \a edge joins two marked vertices.
    bool edgeLit(std::uint32_t edge, const std::vector<char> &marks) const;

    //! Title bar height of an open group's frame, in scene units.
    static constexpr qreal kFrameTitle = 22;

private:
    std::vector<char> reach(std::uint32_t from, bool downstream) const;

    std::shared_ptr<const ArtifactIndex> m_index;
    std::shared_ptr<const ProjectLayout> m_layout;
    GraphOptions m_options;
    QRectF m_bounds;
    qreal m_typicalHeight = 40;
    SceneGrid m_vertexGrid, m_segmentGrid;
    std::vector<Segment> m_segments;
    std::vector<std::vector<std::uint32_t>> m_up, m_down;
    std::vector<int> m_groupVertex;
    std::vector<GraphHealth> m_health;
    std::vector<GroupFrame> m_frames;
};

} // namespace Dbtc::Models
