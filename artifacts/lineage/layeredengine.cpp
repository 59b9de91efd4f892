// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/lineage/layeredengine.h"

#include <queue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Dbtc::Models::Layered {

namespace {

constexpr double kGapX = 80; // room between columns for the edges to bend
constexpr double kGapBoxes = 14; // between two boxes of a column, or a box and a passing edge
constexpr double kGapLines = 6; // between two passing edges
constexpr double kStraighten = 4; // weight of a dummy-to-dummy segment: long edges run straight
constexpr int kMaxSweeps = 24;
constexpr int kCoordinatePasses = 6;

bool isCancelled(const LoadControl &control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

void report(const LoadControl &control, int percent)
{
    if (control.progress) {
        control.progress(percent);
    }
}

//! Compressed adjacency: the neighbours of v are adj[off[v] .. off[v+1]).
struct Adjacency
{
    std::vector<std::uint32_t> off, adj;
    std::vector<double> weight;

    std::uint32_t begin(std::uint32_t v) const { return off[v]; }

    std::uint32_t end(std::uint32_t v) const { return off[v + 1]; }
};

struct Segment
{
    std::uint32_t a, b; // a in layer l, b in layer l + 1
    double weight;
};

Adjacency adjacency(std::uint32_t n, const std::vector<Segment> &segs, bool forward)
{
    Adjacency g;
    g.off.assign(n + 1, 0);
    for (const Segment &s : segs) {
        ++g.off[(forward ? s.a : s.b) + 1];
    }
    std::partial_sum(g.off.begin(), g.off.end(), g.off.begin());
    g.adj.resize(segs.size());
    g.weight.resize(segs.size());
    std::vector<std::uint32_t> cursor(g.off.begin(), g.off.end() - 1);
    for (const Segment &s : segs) {
        const std::uint32_t at = cursor[forward ? s.a : s.b]++;
        g.adj[at] = forward ? s.b : s.a;
        g.weight[at] = s.weight;
    }
    return g;
}

//! Edges closing a cycle (back edges of a depth-first search): reversed for layering.
std::vector<char> backEdges(std::uint32_t n, const std::vector<Edge> &edges)
{
    std::vector<std::uint32_t> off(n + 1, 0), ids(edges.size());
    for (const Edge &e : edges) {
        ++off[e.from + 1];
    }
    std::partial_sum(off.begin(), off.end(), off.begin());
    std::vector<std::uint32_t> cursor(off.begin(), off.end() - 1);
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
        ids[cursor[edges[i].from]++] = i;
    }
    std::vector<char> state(n, 0), back(edges.size(), 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack;
    for (std::uint32_t s = 0; s < n; ++s) {
        if (state[s]) {
            continue;
        }
        state[s] = 1;
        stack.emplace_back(s, off[s]);
        while (!stack.empty()) {
            auto &top = stack.back();
            const std::uint32_t u = top.first;
            if (top.second == off[u + 1]) {
                state[u] = 2;
                stack.pop_back();
                continue;
            }
            const std::uint32_t e = ids[top.second++];
            const std::uint32_t v = edges[e].to;
            if (state[v] == 1) {
                back[e] = 1;
            } else if (state[v] == 0) {
                state[v] = 1;
                stack.emplace_back(v, off[v]);
            }
        }
    }
    return back;
}

std::vector<int> layering(std::uint32_t n, const std::vector<Edge> &edges, std::vector<char> &rev)
{
    rev = backEdges(n, edges);
    std::vector<Segment> dag;
    dag.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge &e = edges[i];
        dag.push_back(rev[i] ? Segment { e.to, e.from, 1 } : Segment { e.from, e.to, 1 });
    }
    const Adjacency succ = adjacency(n, dag, true), pred = adjacency(n, dag, false);
    std::vector<std::uint32_t> indegree(n), topo;
    topo.reserve(n);
    for (std::uint32_t v = 0; v < n; ++v) {
        indegree[v] = pred.end(v) - pred.begin(v);
        if (indegree[v] == 0) {
            topo.push_back(v);
        }
    }
    std::vector<int> layer(n, 0);
    for (std::size_t k = 0; k < topo.size(); ++k) {
        const std::uint32_t u = topo[k];
        for (std::uint32_t i = succ.begin(u); i < succ.end(u); ++i) {
            const std::uint32_t v = succ.adj[i];
            layer[v] = std::max(layer[v], layer[u] + 1);
            if (--indegree[v] == 0) {
                topo.push_back(v);
            }
        }
    }
    // Longest path puts every source in the first column, far from its children (a project's
    // sources feed models hundreds of layers deep). Pull a vertex right, next to its nearest
    // child, whenever that shortens more edges than it lengthens.
    for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
        const std::uint32_t v = *it;
        const std::uint32_t outs = succ.end(v) - succ.begin(v), ins = pred.end(v) - pred.begin(v);
        if (outs == 0 || outs <= ins) {
            continue;
        }
        int nearest = std::numeric_limits<int>::max();
        for (std::uint32_t i = succ.begin(v); i < succ.end(v); ++i) {
            nearest = std::min(nearest, layer[succ.adj[i]]);
        }
        layer[v] = std::max(layer[v], nearest - 1);
    }
    // Drop the columns the pull emptied.
    const int top = n ? *std::max_element(layer.begin(), layer.end()) : 0;
    std::vector<int> used(std::size_t(top) + 2, 0);
    for (const int l : layer) {
        used[std::size_t(l) + 1] = 1;
    }
    std::partial_sum(used.begin(), used.end(), used.begin());
    for (int &l : layer) {
        l = used[std::size_t(l) + 1] - 1;
    }
    // Vertices without any edge (operations, orphan seeds, a model nothing uses) are free:
    // spread over the least filled columns instead of one tall first column.
    std::vector<std::uint32_t> isolated;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (succ.begin(v) == succ.end(v) && pred.begin(v) == pred.end(v)) {
            isolated.push_back(v);
        }
    }
    if (!isolated.empty()) {
        const int connectedTop = used.back() - 1;
        const int columns =
            std::max(connectedTop + 1, int(std::ceil(std::sqrt(double(isolated.size()) / 3))));
        std::vector<std::uint32_t> filled(std::size_t(columns), 0);
        for (std::uint32_t v = 0; v < n; ++v) {
            if (succ.begin(v) != succ.end(v) || pred.begin(v) != pred.end(v)) {
                ++filled[std::size_t(layer[v])];
            }
        }
        using Slot = std::pair<std::uint32_t, int>; // (boxes in the column, column)
        std::priority_queue<Slot, std::vector<Slot>, std::greater<>> emptiest;
        for (int l = 0; l < columns; ++l) {
            emptiest.emplace(filled[std::size_t(l)], l);
        }
        for (const std::uint32_t v : isolated) {
            auto [count, l] = emptiest.top();
            emptiest.pop();
            layer[v] = l;
            emptiest.emplace(count + 1, l);
        }
    }
    return layer;
}

//! Fenwick tree over ranks, counting how many inserted values are greater than a rank.
class Fenwick
{
public:
    explicit Fenwick(std::size_t n)
        : m_tree(n + 1, 0)
    { }

    void add(std::size_t i)
    {
        ++m_total;
        for (++i; i < m_tree.size(); i += i & (~i + 1)) {
            ++m_tree[i];
        }
    }

    std::uint64_t greaterThan(std::size_t i) const
    {
        std::uint64_t atMost = 0;
        for (++i; i > 0; i -= i & (~i + 1)) {
            atMost += m_tree[i];
        }
        return m_total - atMost;
    }

private:
    std::vector<std::uint32_t> m_tree;
    std::uint64_t m_total = 0;
};

//! Inversions of pairs already sorted by (a, b), with b a rank below \a ranks.
template <typename Pair>
std::uint64_t sortedInversions(const std::vector<Pair> &pairs, std::size_t ranks)
{
    Fenwick tree(ranks);
    std::uint64_t crossings = 0;
    std::size_t i = 0;
    while (i < pairs.size()) {
        std::size_t j = i;
        while (j < pairs.size() && pairs[j].first == pairs[i].first) {
            crossings += tree.greaterThan(std::size_t(pairs[j].second));
            ++j;
        }
        for (std::size_t k = i; k < j; ++k) {
            tree.add(std::size_t(pairs[k].second));
        }
        i = j;
    }
    return crossings;
}

//! The working state: vertices (real, then dummies) per layer in order.
struct Proper
{
    std::uint32_t realCount = 0;
    std::vector<int> layer;
    std::vector<double> width, height;
    std::vector<std::uint32_t> owner; // per vertex: itself (real) or the trunk's real vertex
    std::vector<Segment> segments;
    std::vector<std::uint32_t> gapOff; // segments by the layer of their upper end
    Adjacency succ, pred;
    std::vector<std::vector<std::uint32_t>> layers;
    std::vector<std::uint32_t> pos;
    //! Per vertex: 2 x the rank of its connected component. Added to every sort key, it keeps
    //! components side by side instead of interleaved: edges of two components never cross.
    std::vector<double> band;

    bool isDummy(std::uint32_t v) const { return v >= realCount; }

    void renumber(int l)
    {
        const auto &vs = layers[std::size_t(l)];
        for (std::uint32_t i = 0; i < vs.size(); ++i) {
            pos[vs[i]] = i;
        }
    }

    std::uint64_t crossings(std::vector<std::pair<std::uint32_t, std::uint32_t>> &buffer) const
    {
        std::uint64_t total = 0;
        for (std::size_t l = 0; l + 1 < layers.size(); ++l) {
            buffer.clear();
            for (std::uint32_t s = gapOff[l]; s < gapOff[l + 1]; ++s) {
                buffer.emplace_back(pos[segments[s].a], pos[segments[s].b]);
            }
            std::sort(buffer.begin(), buffer.end());
            total += sortedInversions(buffer, layers[l + 1].size());
        }
        return total;
    }
};

//! Sorts one layer by its neighbours' positions in the layer before (or after): the weighted
//! median (dot's interpolated median, robust against one far neighbour) or the barycentre.
void sortLayer(Proper &g,
    int l,
    const Adjacency &adj,
    bool median,
    const std::vector<char> &movable,
    std::vector<std::pair<double, std::uint32_t>> &keys,
    std::vector<double> &around)
{
    auto &vs = g.layers[std::size_t(l)];
    if (vs.size() < 2) {
        return;
    }
    keys.clear();
    double fixedFloor = -1;
    for (const std::uint32_t v : vs) {
        double sum = 0, weights = 0;
        around.clear();
        for (std::uint32_t i = adj.begin(v); i < adj.end(v); ++i) {
            const std::uint32_t n = adj.adj[i];
            const double size = double(g.layers[std::size_t(g.layer[n])].size());
            const double at = (g.pos[n] + 0.5) / size;
            sum += adj.weight[i] * at;
            weights += adj.weight[i];
            around.push_back(at);
        }
        double key = weights > 0 ? sum / weights : (g.pos[v] + 0.5) / double(vs.size());
        key += g.band[v];
        if (median && around.size() > 2) {
            std::sort(around.begin(), around.end());
            const std::size_t mid = around.size() / 2;
            if (around.size() % 2) {
                key = around[mid] + g.band[v];
            } else {
                const double left = around[mid - 1] - around.front();
                const double right = around.back() - around[mid];
                key = g.band[v]
                    + (left + right > 0
                            ? (around[mid - 1] * right + around[mid] * left) / (left + right)
                            : (around[mid - 1] + around[mid]) / 2);
            }
        }
        if (!movable.empty() && !g.isDummy(v) && !movable[v]) {
            key = std::max(key, fixedFloor); // fixed vertices keep their relative order
            fixedFloor = key;
        }
        keys.emplace_back(key, v);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const auto &x, const auto &y) {
        return x.first < y.first;
    });
    for (std::size_t i = 0; i < vs.size(); ++i) {
        vs[i] = keys[i].second;
    }
    g.renumber(l);
}

//! Pairs (x in a, y in b) with y < x: the crossings between the edges of two neighbouring
//! vertices when the one with \a a comes first. Both sorted ascending.
std::uint64_t pairCrossings(
    const std::uint32_t *a, std::size_t na, const std::uint32_t *b, std::size_t nb)
{
    std::uint64_t c = 0;
    std::size_t j = 0;
    for (std::size_t i = 0; i < na; ++i) {
        while (j < nb && b[j] < a[i]) {
            ++j;
        }
        c += j;
    }
    return c;
}

//! Neighbour positions of one layer's vertices, sorted, in one flat block per side.
struct Sides
{
    std::vector<std::uint32_t> off, at;

    void fill(const Proper &g, const std::vector<std::uint32_t> &vs, const Adjacency &adj)
    {
        off.assign(vs.size() + 1, 0);
        at.clear();
        for (std::size_t i = 0; i < vs.size(); ++i) {
            for (std::uint32_t k = adj.begin(vs[i]); k < adj.end(vs[i]); ++k) {
                at.push_back(g.pos[adj.adj[k]]);
            }
            off[i + 1] = std::uint32_t(at.size());
            std::sort(at.begin() + off[i], at.end());
        }
    }

    std::uint64_t cross(std::uint32_t first, std::uint32_t second) const
    {
        return pairCrossings(at.data() + off[first],
            off[first + 1] - off[first],
            at.data() + off[second],
            off[second + 1] - off[second]);
    }
};

//! Swaps neighbours of one layer while that removes crossings with both adjacent layers (the
//! "transpose" step of dot): catches what a sort by median cannot see.
void transposeLayer(Proper &g,
    int l,
    const std::vector<char> &movable,
    Sides &up,
    Sides &down,
    std::vector<std::uint32_t> &slot)
{
    auto &vs = g.layers[std::size_t(l)];
    if (vs.size() < 2) {
        return;
    }
    up.fill(g, vs, g.pred);
    down.fill(g, vs, g.succ);
    slot.resize(vs.size());
    std::iota(slot.begin(), slot.end(), 0u);
    auto fixed = [&](std::uint32_t v) {
        return !movable.empty() && !g.isDummy(v) && !movable[v];
    };
    for (int pass = 0; pass < 4; ++pass) {
        bool improved = false;
        for (std::size_t i = 0; i + 1 < vs.size(); ++i) {
            if (fixed(vs[i]) && fixed(vs[i + 1])) {
                continue;
            }
            const std::uint32_t a = slot[i], b = slot[i + 1];
            const std::uint64_t keep = up.cross(a, b) + down.cross(a, b);
            const std::uint64_t swapped = up.cross(b, a) + down.cross(b, a);
            if (swapped < keep) {
                std::swap(vs[i], vs[i + 1]);
                std::swap(slot[i], slot[i + 1]);
                improved = true;
            }
        }
        if (!improved) {
            break;
        }
    }
    g.renumber(l);
}

void initialOrder(Proper &g, const Input &in, bool fromSinks)
{
    const std::uint32_t total = std::uint32_t(g.layer.size());
    std::vector<double> key(total, 0);
    if (in.orderKeys.size() == g.realCount) {
        for (std::uint32_t v = 0; v < total; ++v) {
            key[v] = in.orderKeys[g.owner[v]];
        }
    } else {
        // Depth-first preorder from the roots: children of one parent start next to each other.
        std::vector<char> seen(total, 0);
        std::vector<std::uint32_t> stack;
        double seq = 0;
        const Adjacency &next = fromSinks ? g.pred : g.succ, &back = fromSinks ? g.succ : g.pred;
        for (std::uint32_t r = 0; r < total; ++r) {
            if (seen[r] || back.begin(r) != back.end(r)) {
                continue;
            }
            stack.push_back(r);
            while (!stack.empty()) {
                const std::uint32_t u = stack.back();
                stack.pop_back();
                if (seen[u]) {
                    continue;
                }
                seen[u] = 1;
                key[u] = seq++;
                for (std::uint32_t i = next.end(u); i-- > next.begin(u);) {
                    if (!seen[next.adj[i]]) {
                        stack.push_back(next.adj[i]);
                    }
                }
            }
        }
    }
    g.band.assign(total, 0);
    if (in.orderKeys.size() != g.realCount) {
        // Components (union-find over the segments), ranked by where their DFS began.
        std::vector<std::uint32_t> parent(total);
        std::iota(parent.begin(), parent.end(), 0u);
        auto find = [&](std::uint32_t v) {
            while (parent[v] != v) {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        };
        for (const Segment &seg : g.segments) {
            const std::uint32_t a = find(seg.a), b = find(seg.b);
            if (a != b) {
                parent[std::max(a, b)] = std::min(a, b);
            }
        }
        std::vector<double> first(total, std::numeric_limits<double>::max());
        std::vector<std::uint32_t> members(total, 0);
        for (std::uint32_t v = 0; v < total; ++v) {
            first[find(v)] = std::min(first[find(v)], key[v]);
            ++members[find(v)];
        }
        std::vector<std::uint32_t> roots;
        for (std::uint32_t v = 0; v < total; ++v) {
            if (find(v) == v) {
                roots.push_back(v);
            }
        }
        // Lone vertices go below the connected drawing of their column.
        std::sort(roots.begin(), roots.end(), [&](std::uint32_t a, std::uint32_t b) {
            if ((members[a] == 1) != (members[b] == 1)) {
                return members[b] == 1;
            }
            return first[a] < first[b];
        });
        std::vector<double> rank(total, 0);
        for (std::size_t k = 0; k < roots.size(); ++k) {
            rank[roots[k]] = 2.0 * double(k);
        }
        for (std::uint32_t v = 0; v < total; ++v) {
            g.band[v] = rank[find(v)];
        }
    }
    for (std::size_t l = 0; l < g.layers.size(); ++l) {
        auto &vs = g.layers[l];
        std::stable_sort(vs.begin(), vs.end(), [&](std::uint32_t a, std::uint32_t b) {
            return g.band[a] != g.band[b] ? g.band[a] < g.band[b] : key[a] < key[b];
        });
        g.renumber(int(l));
    }
}

double separation(const Proper &g, std::uint32_t a, std::uint32_t b)
{
    const double gap = g.isDummy(a) && g.isDummy(b) ? kGapLines : kGapBoxes;
    return (g.height[a] + g.height[b]) / 2 + gap;
}

//! Places one layer: each vertex as near the weighted mean of its neighbours' y as the order
//! and spacing allow (weighted isotonic regression, pool adjacent violators, O(layer)).
struct Block
{
    double sumWT, sumW;
    std::uint32_t first, count;
};

void placeLayer(const Proper &g,
    int l,
    const Adjacency *a,
    const Adjacency *b,
    std::vector<double> &y,
    std::vector<Block> &blocks,
    std::vector<double> &offset)
{
    const auto &vs = g.layers[std::size_t(l)];
    if (vs.empty()) {
        return;
    }
    offset.assign(vs.size(), 0);
    for (std::size_t i = 1; i < vs.size(); ++i) {
        offset[i] = offset[i - 1] + separation(g, vs[i - 1], vs[i]);
    }
    blocks.clear();
    for (std::uint32_t i = 0; i < vs.size(); ++i) {
        const std::uint32_t v = vs[i];
        double sum = 0, weights = 0;
        for (const Adjacency *adj : { a, b }) {
            if (!adj) {
                continue;
            }
            for (std::uint32_t k = adj->begin(v); k < adj->end(v); ++k) {
                const std::uint32_t n = adj->adj[k];
                const double w = adj->weight[k] * (g.isDummy(v) && g.isDummy(n) ? kStraighten : 1);
                sum += w * y[n];
                weights += w;
            }
        }
        const double target = weights > 0 ? sum / weights : y[v];
        const double w = weights > 0 ? weights : 0.05; // unconnected: stay, but give way
        blocks.push_back({ w * (target - offset[i]), w, i, 1 });
        while (blocks.size() > 1) {
            const Block &last = blocks.back();
            Block &prev = blocks[blocks.size() - 2];
            if (prev.sumWT / prev.sumW <= last.sumWT / last.sumW) {
                break;
            }
            prev.sumWT += last.sumWT;
            prev.sumW += last.sumW;
            prev.count += last.count;
            blocks.pop_back();
        }
    }
    for (const Block &block : blocks) {
        const double z = block.sumWT / block.sumW;
        for (std::uint32_t i = block.first; i < block.first + block.count; ++i) {
            y[vs[i]] = z + offset[i];
        }
    }
}

} // namespace

std::vector<int> layerVertices(std::uint32_t vertexCount, const std::vector<Edge> &edges)
{
    std::vector<char> reversed;
    return layering(vertexCount, edges, reversed);
}

std::uint64_t countInversions(std::vector<std::pair<double, double>> &segments)
{
    std::sort(segments.begin(), segments.end());
    segments.erase(std::unique(segments.begin(), segments.end()), segments.end());
    std::vector<double> lower;
    lower.reserve(segments.size());
    for (const auto &s : segments) {
        lower.push_back(s.second);
    }
    std::sort(lower.begin(), lower.end());
    lower.erase(std::unique(lower.begin(), lower.end()), lower.end());
    std::vector<std::pair<double, std::uint32_t>> ranked;
    ranked.reserve(segments.size());
    for (const auto &s : segments) {
        ranked.emplace_back(s.first,
            std::uint32_t(std::lower_bound(lower.begin(), lower.end(), s.second) - lower.begin()));
    }
    return sortedInversions(ranked, lower.size());
}

Output layout(const Input &in, const LoadControl &control)
{
    Output out;
    const std::uint32_t n = std::uint32_t(in.sizes.size());
    const std::size_t m = in.edges.size();
    std::vector<char> reversed(m, 0);
    std::vector<int> layer;
    if (in.layers.size() == n) {
        layer = in.layers;
        for (std::size_t i = 0; i < m; ++i) {
            reversed[i] = layer[in.edges[i].from] > layer[in.edges[i].to];
        }
    } else {
        layer = layering(n, in.edges, reversed);
    }
    report(control, 10);
    if (isCancelled(control)) {
        out.cancelled = true;
        return out;
    }
    auto tail = [&](std::size_t e) {
        return reversed[e] ? in.edges[e].to : in.edges[e].from;
    };
    auto head = [&](std::size_t e) {
        return reversed[e] ? in.edges[e].from : in.edges[e].to;
    };
    const int layerCount = n ? *std::max_element(layer.begin(), layer.end()) + 1 : 0;

    // Trunks: one dummy per layer a vertex's long out-edges pass, shared by all of them.
    std::vector<int> reach(n, -1);
    for (std::size_t e = 0; e < m; ++e) {
        if (layer[head(e)] - layer[tail(e)] > 1) {
            reach[tail(e)] = std::max(reach[tail(e)], layer[head(e)] - 1);
        }
    }
    std::vector<std::uint32_t> trunk(n, 0);
    Proper g;
    g.realCount = n;
    std::uint32_t total = n;
    for (std::uint32_t u = 0; u < n; ++u) {
        if (reach[u] > layer[u]) {
            trunk[u] = total;
            total += std::uint32_t(reach[u] - layer[u]);
        }
    }
    g.layer.resize(total);
    g.owner.resize(total);
    g.width.assign(total, 0);
    g.height.assign(total, 0);
    for (std::uint32_t u = 0; u < n; ++u) {
        g.layer[u] = layer[u];
        g.owner[u] = u;
        g.width[u] = in.sizes[u].width();
        g.height[u] = in.sizes[u].height();
        if (reach[u] > layer[u]) {
            for (int l = layer[u] + 1; l <= reach[u]; ++l) {
                const std::uint32_t d = trunk[u] + std::uint32_t(l - layer[u] - 1);
                g.layer[d] = l;
                g.owner[d] = u;
            }
        }
    }
    auto dummyAt = [&](std::uint32_t u, int l) {
        return trunk[u] + std::uint32_t(l - layer[u] - 1);
    };
    out.dummyEdge.assign(total - n, std::numeric_limits<std::uint32_t>::max());

    // Segments between adjacent layers; a trunk segment carries every edge that passes it.
    std::vector<double> carried(total, 0); // per dummy: weight of the edges that pass it
    for (std::size_t e = 0; e < m; ++e) {
        const std::uint32_t t = tail(e), h = head(e);
        const double w = in.edges[e].weight;
        const int span = layer[h] - layer[t];
        if (span == 1) {
            g.segments.push_back({ t, h, w });
        } else if (span > 1) {
            for (int l = layer[t] + 1; l < layer[h]; ++l) {
                const std::uint32_t d = dummyAt(t, l);
                carried[d] += w;
                if (out.dummyEdge[d - n] == std::numeric_limits<std::uint32_t>::max()) {
                    out.dummyEdge[d - n] = std::uint32_t(e);
                }
            }
            g.segments.push_back({ dummyAt(t, layer[h] - 1), h, w });
        }
    }
    for (std::uint32_t u = 0; u < n; ++u) {
        if (reach[u] > layer[u]) {
            g.segments.push_back({ u, trunk[u], carried[trunk[u]] });
            for (int l = layer[u] + 1; l < reach[u]; ++l) {
                g.segments.push_back(
                    { dummyAt(u, l), dummyAt(u, l + 1), carried[dummyAt(u, l + 1)] });
            }
        }
    }
    std::sort(g.segments.begin(), g.segments.end(), [&](const Segment &x, const Segment &y) {
        return g.layer[x.a] != g.layer[y.a] ? g.layer[x.a] < g.layer[y.a] : x.a < y.a;
    });
    g.gapOff.assign(std::size_t(layerCount) + 1, 0);
    for (const Segment &s : g.segments) {
        ++g.gapOff[std::size_t(g.layer[s.a]) + 1];
    }
    std::partial_sum(g.gapOff.begin(), g.gapOff.end(), g.gapOff.begin());
    g.succ = adjacency(total, g.segments, true);
    g.pred = adjacency(total, g.segments, false);
    g.layers.assign(std::size_t(layerCount), {});
    for (std::uint32_t v = 0; v < total; ++v) {
        g.layers[std::size_t(g.layer[v])].push_back(v);
    }
    g.pos.assign(total, 0);
    report(control, 20);

    // Crossing reduction: alternate sweeps, keep the best order seen (never worse than the
    // initial one), stop when six sweeps in a row bring nothing. Without a given order, twice:
    // from a depth-first order of the sources and of the sinks, the better one wins.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> buffer;
    std::vector<std::pair<double, std::uint32_t>> keys;
    std::vector<double> around;
    Sides up, down;
    std::vector<std::uint32_t> slot;
    std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
    std::vector<std::vector<std::uint32_t>> bestLayers;
    const int attempts = in.orderKeys.size() == n ? 1 : 2;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        initialOrder(g, in, attempt == 1);
        std::uint64_t mine = g.crossings(buffer);
        if (attempt == 0) {
            out.initialCrossings = mine;
        }
        if (mine < best) {
            best = mine;
            bestLayers = g.layers;
        }
        int stalled = 0;
        for (int sweep = 0; sweep < kMaxSweeps && mine > 0 && stalled < 6; ++sweep) {
            const bool downwards = sweep % 2 == 0;
            for (int k = 1; k < layerCount; ++k) {
                const int l = downwards ? k : layerCount - 1 - k;
                // Two sweeps by barycentre, two by median: each escapes the other's optimum.
                sortLayer(
                    g, l, downwards ? g.pred : g.succ, sweep % 4 >= 2, in.movable, keys, around);
            }
            for (int l = 0; l < layerCount; ++l) {
                transposeLayer(g, l, in.movable, up, down, slot);
            }
            if (isCancelled(control)) {
                out.cancelled = true;
                return out;
            }
            const std::uint64_t now = g.crossings(buffer);
            if (now < mine) {
                mine = now;
                stalled = 0;
                if (now < best) {
                    best = now;
                    bestLayers = g.layers;
                }
            } else {
                ++stalled;
            }
            report(
                control, 20 + (50 * (attempt * kMaxSweeps + sweep + 1)) / (attempts * kMaxSweeps));
        }
    }
    g.layers = std::move(bestLayers);
    for (int l = 0; l < layerCount; ++l) {
        g.renumber(l);
    }
    out.crossings = best;
    report(control, 70);

    // Coordinates: layers start packed and centred, then settle towards their neighbours.
    std::vector<double> y(total, 0), offset;
    std::vector<Block> blocks;
    for (const auto &vs : g.layers) {
        double at = 0;
        for (std::size_t i = 0; i < vs.size(); ++i) {
            at += i ? separation(g, vs[i - 1], vs[i]) : 0;
            y[vs[i]] = at;
        }
        for (const std::uint32_t v : vs) {
            y[v] -= at / 2;
        }
    }
    for (int pass = 0; pass < kCoordinatePasses; ++pass) {
        for (int l = 1; l < layerCount; ++l) {
            placeLayer(g, l, &g.pred, nullptr, y, blocks, offset);
        }
        for (int l = layerCount - 2; l >= 0; --l) {
            placeLayer(g, l, &g.succ, nullptr, y, blocks, offset);
        }
        if (isCancelled(control)) {
            out.cancelled = true;
            return out;
        }
        report(control, 70 + 25 * (pass + 1) / kCoordinatePasses);
    }
    for (int l = 0; l < layerCount; ++l) {
        placeLayer(g, l, &g.pred, &g.succ, y, blocks, offset);
    }

    // Columns as wide as their widest box.
    std::vector<double> colX(std::size_t(layerCount) + 1, 0), colW(std::size_t(layerCount), 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        colW[std::size_t(layer[v])] = std::max(colW[std::size_t(layer[v])], g.width[v]);
    }
    for (std::size_t l = 0; l < colW.size(); ++l) {
        colX[l + 1] = colX[l] + colW[l] + kGapX;
    }
    double top = std::numeric_limits<double>::max();
    for (std::uint32_t v = 0; v < total; ++v) {
        top = std::min(top, y[v] - g.height[v] / 2);
    }
    for (double &value : y) {
        value -= total ? top : 0;
    }
    out.layer = g.layer;
    out.order.resize(total);
    out.rects.resize(total);
    for (std::uint32_t v = 0; v < total; ++v) {
        const std::size_t l = std::size_t(g.layer[v]);
        out.order[v] = int(g.pos[v]);
        out.rects[v] = g.isDummy(v)
            ? QRectF(colX[l], y[v], colW[l], 0)
            : QRectF(colX[l], y[v] - g.height[v] / 2, g.width[v], g.height[v]);
        out.bounds = v ? out.bounds.united(out.rects[v]) : out.rects[v];
    }
    out.points.resize(m);
    for (std::size_t e = 0; e < m; ++e) {
        const std::uint32_t t = tail(e), h = head(e);
        auto &pts = out.points[e];
        pts.emplace_back(out.rects[t].right(), y[t]);
        for (int l = layer[t] + 1; l < layer[h]; ++l) {
            const std::uint32_t d = dummyAt(t, l);
            pts.emplace_back(colX[std::size_t(l)], y[d]);
            if (colW[std::size_t(l)] > 0) {
                pts.emplace_back(colX[std::size_t(l)] + colW[std::size_t(l)], y[d]);
            }
        }
        pts.emplace_back(out.rects[h].left(), y[h]);
        if (reversed[e]) {
            std::reverse(pts.begin(), pts.end());
        }
    }
    report(control, 100);
    return out;
}

} // namespace Dbtc::Models::Layered
