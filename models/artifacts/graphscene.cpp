// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/graphscene.h"

#include "artifacts/lineage/projectgrouping.h"

#include <algorithm>
#include <deque>

namespace Dbtc::Models {

namespace {

qreal median(std::vector<qreal> values, qreal fallback)
{
    if (values.empty()) {
        return fallback;
    }
    auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

} // namespace

GraphScene::GraphScene(std::shared_ptr<const ArtifactIndex> index,
    std::shared_ptr<const ProjectLayout> layout,
    const GraphOptions &options)
    : m_index(std::move(index))
    , m_layout(layout ? std::move(layout) : std::make_shared<const ProjectLayout>())
    , m_options(options)
{
    const ProjectLayout &l = *m_layout;
    const std::size_t n = l.vertices.size();
    std::vector<QRectF> boxes;
    boxes.reserve(n);
    std::vector<qreal> widths, heights;
    widths.reserve(n);
    heights.reserve(n);
    m_groupVertex.assign(l.groups.size(), -1);
    for (std::uint32_t v = 0; v < n; ++v) {
        const LayoutVertex &vx = l.vertices[v];
        boxes.push_back(vx.rect);
        m_bounds = m_bounds.isNull() ? vx.rect : m_bounds.united(vx.rect);
        if (vx.kind != LayoutVertex::Kind::Dummy) {
            widths.push_back(vx.rect.width());
            heights.push_back(vx.rect.height());
        }
        if (vx.kind == LayoutVertex::Kind::Group && vx.ref < m_groupVertex.size()) {
            m_groupVertex[vx.ref] = int(v);
        }
    }
    m_health.assign(n, GraphHealth::Unknown);
    for (std::uint32_t v = 0; v < n; ++v) {
        const LayoutVertex &vx = l.vertices[v];
        if (vx.kind == LayoutVertex::Kind::Group && vx.ref < l.groups.size()) {
            m_health[v] = l.groups[vx.ref].worst;
        } else if (vx.kind == LayoutVertex::Kind::Entity && m_index
            && vx.ref < m_index->entities().size()) {
            m_health[v] = entityHealth(*m_index, m_index->entities()[vx.ref]);
        }
    }
    m_typicalHeight = std::max<qreal>(1, median(heights, 40));
    const qreal typicalWidth = std::max<qreal>(1, median(widths, 200));

    // segments of every edge polyline (a straight edge when the layout gave no points)
    m_up.assign(n, {});
    m_down.assign(n, {});
    std::vector<QRectF> segBoxes;
    for (std::uint32_t e = 0; e < l.edges.size(); ++e) {
        const LayoutEdge &edge = l.edges[e];
        if (edge.from >= n || edge.to >= n) {
            continue; // a malformed layout must not take the view down
        }
        m_up[edge.to].push_back(edge.from);
        m_down[edge.from].push_back(edge.to);
        std::vector<QPointF> pts = edge.points;
        if (pts.size() < 2) {
            const QRectF a = l.vertices[edge.from].rect, b = l.vertices[edge.to].rect;
            pts = { QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y()) };
        }
        for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
            m_segments.push_back({ pts[i], pts[i + 1], e });
            // a horizontal segment has no height: a rect of zero height intersects nothing
            segBoxes.push_back(
                QRectF(pts[i], pts[i + 1]).normalized().adjusted(-0.5, -0.5, 0.5, 0.5));
            m_bounds = m_bounds.united(segBoxes.back());
        }
    }
    for (auto &list : m_up) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    for (auto &list : m_down) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    // frames of open groups: the union of everything drawn inside them, nested groups included
    std::vector<char> open(l.groups.size(), 0);
    for (int g : m_options.expanded) {
        if (g >= 0 && std::size_t(g) < open.size()) {
            open[std::size_t(g)] = 1;
        }
    }
    std::vector<int> entityGroup(m_index ? m_index->entities().size() : 0, -1);
    for (std::size_t g = 0; g < l.groups.size(); ++g) {
        for (std::uint32_t m : l.groups[g].members) {
            if (m < entityGroup.size()) {
                entityGroup[m] = int(g);
            }
        }
    }
    std::vector<QRectF> frameRects(l.groups.size());
    for (const LayoutVertex &vx : l.vertices) {
        int g = -1;
        if (vx.kind == LayoutVertex::Kind::Entity && vx.ref < entityGroup.size()) {
            g = entityGroup[vx.ref];
        } else if (vx.kind == LayoutVertex::Kind::Group && vx.ref < l.groups.size()) {
            g = l.groups[vx.ref].parent;
        }
        for (int guard = 0; g >= 0 && std::size_t(g) < l.groups.size() && guard < 64; ++guard) {
            if (open[std::size_t(g)]) {
                QRectF &r = frameRects[std::size_t(g)];
                r = r.isNull() ? vx.rect : r.united(vx.rect);
            }
            g = l.groups[std::size_t(g)].parent;
        }
    }
    // nested frames need room for their titles: pad by depth so parents enclose children
    std::vector<int> depth(l.groups.size(), 0);
    for (std::size_t g = 0; g < l.groups.size(); ++g) {
        int p = l.groups[g].parent;
        for (int guard = 0; p >= 0 && std::size_t(p) < l.groups.size() && guard < 64; ++guard) {
            ++depth[g];
            p = l.groups[std::size_t(p)].parent;
        }
    }
    int maxDepth = 0;
    for (std::size_t g = 0; g < l.groups.size(); ++g) {
        if (!frameRects[g].isNull()) {
            maxDepth = std::max(maxDepth, depth[g]);
        }
    }
    for (std::size_t g = 0; g < l.groups.size(); ++g) {
        if (frameRects[g].isNull()) {
            continue;
        }
        const qreal pad = 8 * qreal(maxDepth - depth[g] + 1);
        const QRectF r = frameRects[g].adjusted(-pad, -pad - kFrameTitle, pad, pad);
        m_frames.push_back({ int(g), r });
        m_bounds = m_bounds.united(r);
    }
    // outer frames first, so painting in order draws inner ones on top
    std::stable_sort(
        m_frames.begin(), m_frames.end(), [&](const GroupFrame &a, const GroupFrame &b) {
            return depth[std::size_t(a.group)] < depth[std::size_t(b.group)];
        });

    m_vertexGrid.build(boxes, QSizeF(typicalWidth * 1.5, m_typicalHeight * 6));
    m_segmentGrid.build(segBoxes, QSizeF(typicalWidth * 1.5, m_typicalHeight * 6));
}

void GraphScene::verticesIn(const QRectF &area, std::vector<std::uint32_t> &out) const
{
    m_vertexGrid.query(area, out);
}

void GraphScene::segmentsIn(const QRectF &area, std::vector<std::uint32_t> &out) const
{
    m_segmentGrid.query(area, out);
}

int GraphScene::vertexAt(const QPointF &scenePoint) const
{
    std::vector<std::uint32_t> hits;
    m_vertexGrid.query(QRectF(scenePoint - QPointF(0.5, 0.5), QSizeF(1, 1)), hits);
    int best = -1;
    for (std::uint32_t v : hits) {
        const LayoutVertex &vx = m_layout->vertices[v];
        if (vx.kind != LayoutVertex::Kind::Dummy && vx.rect.contains(scenePoint)) {
            best = std::max(best, int(v));
        }
    }
    return best;
}

int GraphScene::vertexOfEntity(std::uint32_t entity) const
{
    const auto &map = m_layout->entityVertex;
    return entity < map.size() ? map[entity] : -1;
}

int GraphScene::vertexOfGroup(int group) const
{
    return group >= 0 && std::size_t(group) < m_groupVertex.size()
        ? m_groupVertex[std::size_t(group)]
        : -1;
}

int GraphScene::frameAt(const QPointF &scenePoint) const
{
    // inner frames come last: the innermost title bar under the point wins
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        QRectF title = it->rect;
        title.setHeight(kFrameTitle);
        if (title.contains(scenePoint)) {
            return it->group;
        }
    }
    return -1;
}

std::vector<char> GraphScene::reach(std::uint32_t from, bool downstream) const
{
    std::vector<char> seen(m_layout->vertices.size(), 0);
    if (from >= seen.size()) {
        return seen;
    }
    std::deque<std::uint32_t> queue { from };
    seen[from] = 1;
    while (!queue.empty()) {
        const std::uint32_t v = queue.front();
        queue.pop_front();
        for (std::uint32_t next : downstream ? m_down[v] : m_up[v]) {
            if (!seen[next]) {
                seen[next] = 1;
                queue.push_back(next);
            }
        }
    }
    return seen;
}

std::vector<char> GraphScene::lineageOf(std::uint32_t vertex) const
{
    std::vector<char> marks = reach(vertex, true);
    const std::vector<char> up = reach(vertex, false);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        marks[i] = char(marks[i] | up[i]);
    }
    return marks;
}

std::vector<char> GraphScene::pathBetween(std::uint32_t a, std::uint32_t b) const
{
    // on a path a → b: downstream of a and upstream of b (and the same the other way round)
    const std::vector<char> downA = reach(a, true), upA = reach(a, false);
    const std::vector<char> downB = reach(b, true), upB = reach(b, false);
    std::vector<char> marks(downA.size(), 0);
    bool any = false;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        marks[i] = char((downA[i] && upB[i]) || (downB[i] && upA[i]));
        any = any || marks[i];
    }
    if (!any && a < marks.size() && b < marks.size()) {
        marks[a] = marks[b] = 1; // no path: only the two picks stay lit
    }
    return marks;
}

bool GraphScene::edgeLit(std::uint32_t edge, const std::vector<char> &marks) const
{
    const LayoutEdge &e = m_layout->edges[edge];
    return e.from < marks.size() && e.to < marks.size() && marks[e.from] && marks[e.to];
}

} // namespace Dbtc::Models
