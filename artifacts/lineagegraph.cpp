// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/lineagegraph.h"

#include "artifacts/artifactindex.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace Dbtc::Models {

namespace {

template <typename Next>
std::vector<LineageHit> walk(const ArtifactIndex &index,
    std::uint32_t start,
    int maxDepth,
    const LineageFilter &filter,
    Next next)
{
    std::vector<LineageHit> out;
    if (start >= index.entities().size()) {
        return out;
    }
    std::vector<bool> seen(index.entities().size(), false);
    seen[start] = true;
    std::deque<LineageHit> queue { { start, 0 } };
    while (!queue.empty()) {
        const LineageHit cur = queue.front();
        queue.pop_front();
        if (maxDepth >= 0 && cur.depth >= maxDepth) {
            continue;
        }
        for (const std::uint32_t n : next(cur.entity)) {
            if (seen[n]) {
                continue;
            }
            seen[n] = true;
            if (filter && !filter(index.entities()[n])) {
                continue;
            }
            out.push_back({ n, cur.depth + 1 });
            queue.push_back({ n, cur.depth + 1 });
        }
    }
    return out;
}

} // namespace

std::vector<LineageHit> lineageAncestors(
    const ArtifactIndex &index, std::uint32_t entity, int maxDepth, const LineageFilter &filter)
{
    return walk(index, entity, maxDepth, filter, [&](std::uint32_t e) {
        return index.parents(e);
    });
}

std::vector<LineageHit> lineageDescendants(
    const ArtifactIndex &index, std::uint32_t entity, int maxDepth, const LineageFilter &filter)
{
    return walk(index, entity, maxDepth, filter, [&](std::uint32_t e) {
        return index.children(e);
    });
}

LineageLayout layoutLineage(const ArtifactIndex &index,
    std::uint32_t focus,
    int upDepth,
    int downDepth,
    const LineageFilter &filter)
{
    LineageLayout out;
    if (focus >= index.entities().size()) {
        return out;
    }
    out.nodes.push_back(focus);
    for (const LineageHit &h : lineageAncestors(index, focus, upDepth, filter)) {
        out.nodes.push_back(h.entity);
    }
    for (const LineageHit &h : lineageDescendants(index, focus, downDepth, filter)) {
        out.nodes.push_back(h.entity);
    }
    const std::size_t n = out.nodes.size();
    std::unordered_map<std::uint32_t, std::uint32_t> local;
    local.reserve(n * 2);
    for (std::uint32_t i = 0; i < n; ++i) {
        local.emplace(out.nodes[i], i);
    }

    // Induced edges, as adjacency in both directions.
    std::vector<std::vector<std::uint32_t>> preds(n), succs(n);
    for (std::uint32_t child = 0; child < n; ++child) {
        for (const std::uint32_t p : index.parents(out.nodes[child])) {
            const auto it = local.find(p);
            if (it == local.end()) {
                continue;
            }
            out.edges.emplace_back(it->second, child);
            preds[child].push_back(it->second);
            succs[it->second].push_back(child);
        }
    }

    // Longest-path layering (Kahn). dbt forbids cycles, but a broken manifest may have one:
    // nodes left over go one layer right of everything placed.
    out.layer.assign(n, 0);
    std::vector<std::uint32_t> indegree(n), topo;
    topo.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        indegree[i] = std::uint32_t(preds[i].size());
    }
    for (std::uint32_t i = 0; i < n; ++i) {
        if (indegree[i] == 0) {
            topo.push_back(i);
        }
    }
    for (std::size_t k = 0; k < topo.size(); ++k) {
        const std::uint32_t u = topo[k];
        for (const std::uint32_t v : succs[u]) {
            out.layer[v] = std::max(out.layer[v], out.layer[u] + 1);
            if (--indegree[v] == 0) {
                topo.push_back(v);
            }
        }
    }
    if (topo.size() < n) {
        const int last = n ? *std::max_element(out.layer.begin(), out.layer.end()) : 0;
        for (std::uint32_t i = 0; i < n; ++i) {
            if (indegree[i] > 0) {
                out.layer[i] = last + 1;
                topo.push_back(i);
            }
        }
    }
    const int layerCount = n ? *std::max_element(out.layer.begin(), out.layer.end()) + 1 : 0;
    out.layers.assign(std::size_t(layerCount), {});
    for (const std::uint32_t u : topo) {
        out.layers[std::size_t(out.layer[u])].push_back(u);
    }

    // Barycentre sweeps: sort each layer by the mean position of its neighbours in the layers
    // already placed. A handful of sweeps gets most of the crossing reduction.
    out.order.assign(n, 0);
    auto renumber = [&](int l) {
        const auto &nodes = out.layers[std::size_t(l)];
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            out.order[nodes[i]] = int(i);
        }
    };
    for (int l = 0; l < layerCount; ++l) {
        renumber(l);
    }
    std::vector<double> key(n, 0);
    auto sweep = [&](int l, const std::vector<std::vector<std::uint32_t>> &neighbours) {
        auto &nodes = out.layers[std::size_t(l)];
        for (const std::uint32_t u : nodes) {
            const auto &nb = neighbours[u];
            if (nb.empty()) {
                key[u] = out.order[u];
                continue;
            }
            double sum = 0;
            for (const std::uint32_t v : nb) {
                sum += out.order[v];
            }
            key[u] = sum / double(nb.size());
        }
        std::stable_sort(nodes.begin(), nodes.end(), [&](std::uint32_t a, std::uint32_t b) {
            return key[a] < key[b];
        });
        renumber(l);
    };
    for (int round = 0; round < 4; ++round) {
        for (int l = 1; l < layerCount; ++l) {
            sweep(l, preds);
        }
        for (int l = layerCount - 2; l >= 0; --l) {
            sweep(l, succs);
        }
    }
    out.focusLayer = n ? out.layer[0] : 0;
    return out;
}

} // namespace Dbtc::Models
