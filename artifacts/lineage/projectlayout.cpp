// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/lineage/projectlayout.h"

#include "artifacts/lineage/layeredengine.h"
#include "artifacts/lineage/projectgrouping.h"

#include <algorithm>
#include <unordered_map>

namespace Dbtc::Models {

namespace {

// Scene units: a box holds a name on one line; a group box holds its label and its counts.
const QSizeF kEntitySize(180, 36);
const QSizeF kGroupSize(220, 56);

//! The real vertices (entities and folded groups) of one set of options and the bundled edges
//! between them.
struct VertexGraph
{
    std::vector<GraphGroup> groups;
    std::vector<LayoutVertex> vertices;
    std::vector<int> entityVertex;
    std::vector<Layered::Edge> edges;
};

VertexGraph buildVertexGraph(const ArtifactIndex &index, const GraphOptions &options)
{
    VertexGraph vg;
    const std::vector<char> drawn = drawnEntities(index, options);
    std::vector<int> groupOf;
    vg.groups = buildGroups(index, options, drawn, groupOf);

    // The folded group that stands for each group: its topmost closed ancestor, or -1 when it
    // and all its ancestors are open. Parents precede children.
    std::vector<char> open(vg.groups.size(), 0);
    for (const int g : options.expanded) {
        if (g >= 0 && std::size_t(g) < open.size()) {
            open[std::size_t(g)] = 1;
        }
    }
    std::vector<int> folded(vg.groups.size(), -1);
    for (std::size_t g = 0; g < vg.groups.size(); ++g) {
        const int parent = vg.groups[g].parent;
        if (parent >= 0 && folded[std::size_t(parent)] >= 0) {
            folded[g] = folded[std::size_t(parent)];
        } else {
            folded[g] = open[g] ? -1 : int(g);
        }
    }
    const std::size_t count = index.entities().size();
    vg.entityVertex.assign(count, -1);
    std::vector<int> groupVertex(vg.groups.size(), -1);
    for (std::uint32_t e = 0; e < count; ++e) {
        if (!drawn[e]) {
            continue;
        }
        const int g = groupOf[e] >= 0 ? folded[std::size_t(groupOf[e])] : -1;
        if (g < 0) {
            vg.entityVertex[e] = int(vg.vertices.size());
            vg.vertices.push_back({ LayoutVertex::Kind::Entity, e, 0, 0, {} });
            continue;
        }
        if (groupVertex[std::size_t(g)] < 0) {
            groupVertex[std::size_t(g)] = int(vg.vertices.size());
            vg.vertices.push_back({ LayoutVertex::Kind::Group, std::uint32_t(g), 0, 0, {} });
        }
        vg.entityVertex[e] = groupVertex[std::size_t(g)];
    }

    // Bundling: every entity edge between the same two vertices becomes one weighted edge.
    std::vector<std::uint64_t> keys;
    keys.reserve(index.edgeCount());
    for (std::uint32_t child = 0; child < count; ++child) {
        const int to = vg.entityVertex[child];
        if (to < 0) {
            continue;
        }
        for (const std::uint32_t parent : index.parents(child)) {
            const int from = vg.entityVertex[parent];
            if (from >= 0 && from != to) {
                keys.push_back(std::uint64_t(from) << 32 | std::uint32_t(to));
            }
        }
    }
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i;
        while (j < keys.size() && keys[j] == keys[i]) {
            ++j;
        }
        vg.edges.push_back(
            { std::uint32_t(keys[i] >> 32), std::uint32_t(keys[i]), std::uint32_t(j - i) });
        i = j;
    }
    return vg;
}

Layered::Input engineInput(const VertexGraph &vg)
{
    Layered::Input in;
    in.sizes.reserve(vg.vertices.size());
    for (const LayoutVertex &v : vg.vertices) {
        in.sizes.push_back(v.kind == LayoutVertex::Kind::Group ? kGroupSize : kEntitySize);
    }
    in.edges = vg.edges;
    return in;
}

ProjectLayout assemble(VertexGraph &&vg, Layered::Output &&r)
{
    ProjectLayout out;
    out.groups = std::move(vg.groups);
    out.entityVertex = std::move(vg.entityVertex);
    if (r.cancelled) {
        out.cancelled = true;
        out.entityVertex.assign(out.entityVertex.size(), -1);
        return out;
    }
    const std::size_t real = vg.vertices.size();
    out.vertices = std::move(vg.vertices);
    out.vertices.reserve(r.layer.size());
    for (std::size_t v = 0; v < r.layer.size(); ++v) {
        if (v >= real) {
            out.vertices.push_back({ LayoutVertex::Kind::Dummy, r.dummyEdge[v - real], 0, 0, {} });
        }
        LayoutVertex &lv = out.vertices[v];
        lv.layer = r.layer[v];
        lv.order = r.order[v];
        lv.rect = r.rects[v];
    }
    out.edges.reserve(vg.edges.size());
    for (std::size_t e = 0; e < vg.edges.size(); ++e) {
        out.edges.push_back(
            { vg.edges[e].from, vg.edges[e].to, vg.edges[e].weight, std::move(r.points[e]) });
    }
    out.bounds = r.bounds;
    out.crossings = r.crossings;
    return out;
}

LoadControl scaled(const LoadControl &control, int from, int to)
{
    LoadControl c;
    c.cancel = control.cancel;
    if (control.progress) {
        c.progress = [p = control.progress, from, to](int percent) {
            p(from + (to - from) * percent / 100);
        };
    }
    return c;
}

std::uint64_t vertexKey(const LayoutVertex &v)
{
    return std::uint64_t(v.kind) << 32 | v.ref;
}

} // namespace

int ProjectLayout::vertexOfEntity(std::uint32_t entity) const
{
    return entity < entityVertex.size() ? entityVertex[entity] : -1;
}

ProjectLayout layoutProject(
    const ArtifactIndex &index, const GraphOptions &options, const LoadControl &control)
{
    if (control.progress) {
        control.progress(0);
    }
    VertexGraph vg = buildVertexGraph(index, options);
    if (control.cancel && control.cancel->load()) {
        ProjectLayout out;
        out.cancelled = true;
        return out;
    }
    Layered::Output r = Layered::layout(engineInput(vg), scaled(control, 5, 100));
    return assemble(std::move(vg), std::move(r));
}

ProjectLayout expandGroup(const ArtifactIndex &index,
    const ProjectLayout &previous,
    const GraphOptions &options,
    int group)
{
    GraphOptions opened = options;
    if (std::find(opened.expanded.begin(), opened.expanded.end(), group) == opened.expanded.end()) {
        opened.expanded.push_back(group);
    }
    const auto folded = std::find_if(
        previous.vertices.begin(), previous.vertices.end(), [&](const LayoutVertex &v) {
            return v.kind == LayoutVertex::Kind::Group && int(v.ref) == group;
        });
    if (folded == previous.vertices.end()) {
        return layoutProject(index, opened); // not drawn folded: nothing to open in place
    }
    VertexGraph vg = buildVertexGraph(index, opened);
    std::unordered_map<std::uint64_t, std::uint32_t> before;
    before.reserve(previous.vertices.size() * 2);
    for (std::uint32_t v = 0; v < previous.vertices.size(); ++v) {
        if (previous.vertices[v].kind != LayoutVertex::Kind::Dummy) {
            before.emplace(vertexKey(previous.vertices[v]), v);
        }
    }

    // The group's contents get their own layering inside the group's column; everything
    // downstream moves right by as many columns as the contents need beyond one.
    const std::uint32_t n = std::uint32_t(vg.vertices.size());
    std::vector<int> was(n, -1), local(n, -1);
    std::vector<std::uint32_t> inside;
    for (std::uint32_t v = 0; v < n; ++v) {
        const auto it = before.find(vertexKey(vg.vertices[v]));
        if (it != before.end()) {
            was[v] = int(it->second);
        } else {
            local[v] = int(inside.size());
            inside.push_back(v);
        }
    }
    std::vector<Layered::Edge> innerEdges;
    for (const Layered::Edge &e : vg.edges) {
        if (local[e.from] >= 0 && local[e.to] >= 0) {
            innerEdges.push_back(
                { std::uint32_t(local[e.from]), std::uint32_t(local[e.to]), e.weight });
        }
    }
    const std::vector<int> innerLayer =
        Layered::layerVertices(std::uint32_t(inside.size()), innerEdges);
    const int span =
        innerLayer.empty() ? 1 : *std::max_element(innerLayer.begin(), innerLayer.end()) + 1;
    const int at = folded->layer;
    const double centre = folded->rect.center().y();

    Layered::Input in = engineInput(vg);
    in.layers.resize(n);
    in.orderKeys.resize(n);
    in.movable.assign(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (was[v] >= 0) {
            const LayoutVertex &old = previous.vertices[std::size_t(was[v])];
            in.layers[v] = old.layer > at ? old.layer + span - 1 : old.layer;
            in.orderKeys[v] = old.rect.center().y();
        } else {
            in.layers[v] = at + innerLayer[std::size_t(local[v])];
            in.orderKeys[v] = centre;
            in.movable[v] = 1;
        }
    }
    Layered::Output r = Layered::layout(in);
    return assemble(std::move(vg), std::move(r));
}

std::uint64_t countCrossings(const ProjectLayout &layout)
{
    // Columns from the vertices; an edge's segment crosses a gap when its ends lie in two
    // neighbouring columns. Segments shared by a bundle are one drawn line and count once.
    int layers = 0;
    for (const LayoutVertex &v : layout.vertices) {
        layers = std::max(layers, v.layer + 1);
    }
    std::vector<double> left(std::size_t(layers), 0);
    std::vector<char> seen(std::size_t(layers), 0);
    for (const LayoutVertex &v : layout.vertices) {
        const std::size_t l = std::size_t(v.layer);
        left[l] = seen[l] ? std::min(left[l], v.rect.left()) : v.rect.left();
        seen[l] = 1;
    }
    for (std::size_t l = 1; l < left.size(); ++l) {
        left[l] = seen[l] ? left[l] : left[l - 1]; // keeps the columns sorted
    }
    auto column = [&](double x) {
        return int(std::upper_bound(left.begin(), left.end(), x) - left.begin()) - 1;
    };
    std::vector<std::vector<std::pair<double, double>>> gaps(std::size_t(std::max(layers, 1)));
    for (const LayoutEdge &e : layout.edges) {
        for (std::size_t i = 1; i < e.points.size(); ++i) {
            QPointF p = e.points[i - 1], q = e.points[i];
            if (p.x() > q.x()) {
                std::swap(p, q);
            }
            const int lp = column(p.x());
            if (lp >= 0 && column(q.x()) == lp + 1) {
                gaps[std::size_t(lp)].emplace_back(p.y(), q.y());
            }
        }
    }
    std::uint64_t total = 0;
    for (auto &gap : gaps) {
        total += Layered::countInversions(gap);
    }
    return total;
}

} // namespace Dbtc::Models
