// SPDX-License-Identifier: GPL-3.0-or-later
// ArtifactIndex: edge resolution (finalize) and the read accessors.
#include "artifacts/artifactindex.h"

#include <algorithm>

namespace Dbtc::Models {

namespace {

// Compressed adjacency: offsets[i]..offsets[i+1] index into targets.
void buildCsr(std::size_t nodes,
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges,
    bool byFirst,
    std::vector<std::uint32_t> &offsets,
    std::vector<std::uint32_t> &targets)
{
    offsets.assign(nodes + 1, 0);
    for (const auto &e : edges) {
        ++offsets[(byFirst ? e.first : e.second) + 1];
    }
    for (std::size_t i = 0; i < nodes; ++i) {
        offsets[i + 1] += offsets[i];
    }
    targets.resize(edges.size());
    std::vector<std::uint32_t> cursor(offsets.begin(), offsets.end() - 1);
    for (const auto &e : edges) {
        const std::uint32_t from = byFirst ? e.first : e.second;
        targets[cursor[from]++] = byFirst ? e.second : e.first;
    }
}

} // namespace

void ArtifactIndex::finalize()
{
    const auto &entities = m_data.entities;
    m_byId.reset(entities.size());
    std::vector<bool> shadowed(entities.size()); // a second entity with an id seen before
    // First wins: enabled nodes precede disabled ones.
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
        shadowed[i] = !m_byId.insert(entities[i].uniqueId, i);
    }

    // (child, parent). depends_on is authoritative and always present; parent_map adds what
    // older manifests only record there. Duplicates collapse below.
    auto &dependsOn = m_data.dependsOn;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(dependsOn.size());
    std::vector<std::pair<std::string_view, std::string_view>> dangling;
    for (const auto &[child, parentId] : dependsOn) {
        const int parent = findEntity(parentId);
        if (parent < 0) {
            dangling.emplace_back(entities[child].uniqueId, parentId);
        } else if (std::uint32_t(parent) != child) {
            edges.emplace_back(child, std::uint32_t(parent));
        }
    }

    // parent_map nearly always repeats depends_on edge for edge. Comparing a parent id with the
    // child's own depends_on ids (a few bytes, no lookup) settles those; only an edge that is
    // really new costs a lookup. The parsers append depends_on in entity order.
    const auto byChild = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    if (!std::is_sorted(dependsOn.begin(), dependsOn.end(), byChild)) {
        std::stable_sort(dependsOn.begin(), dependsOn.end(), byChild);
    }
    const auto &parentMap = m_data.parentMap;
    std::vector<std::uint32_t> depOffsets;
    if (!parentMap.empty()) {
        depOffsets.assign(entities.size() + 1, 0);
        for (const auto &d : dependsOn) {
            ++depOffsets[d.first + 1];
        }
        for (std::size_t i = 0; i < entities.size(); ++i) {
            depOffsets[i + 1] += depOffsets[i];
        }
    }
    std::size_t guess = 0; // dbt writes parent_map keys in entity order: try the next entity first
    for (std::size_t i = 0; i < parentMap.size();) {
        const std::string_view childId = parentMap[i].first;
        std::size_t end = i + 1; // the entries of one parent_map key share the key's view
        while (end < parentMap.size() && parentMap[end].first.data() == childId.data()
            && parentMap[end].first.size() == childId.size()) {
            ++end;
        }
        // An entity that is not shadowed is what findEntity() returns for its id.
        const int child =
            guess < entities.size() && !shadowed[guess] && entities[guess].uniqueId == childId
            ? int(guess)
            : findEntity(childId);
        const auto *depBegin = dependsOn.data(), *depEnd = dependsOn.data();
        if (child >= 0) {
            guess = std::size_t(child) + 1;
            depBegin = dependsOn.data() + depOffsets[std::size_t(child)];
            depEnd = dependsOn.data() + depOffsets[std::size_t(child) + 1];
        }
        for (; i < end; ++i) {
            const std::string_view parentId = parentMap[i].second;
            if (std::any_of(depBegin, depEnd, [&](const auto &d) {
                    return d.second == parentId;
                })) {
                continue; // already an edge, or already counted as dangling
            }
            const int parent = findEntity(parentId);
            if (child < 0 || parent < 0) {
                dangling.emplace_back(childId, parentId);
            } else if (child != parent) {
                edges.emplace_back(std::uint32_t(child), std::uint32_t(parent));
            }
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    std::sort(dangling.begin(), dangling.end());
    m_dangling = std::size_t(std::unique(dangling.begin(), dangling.end()) - dangling.begin());

    buildCsr(entities.size(), edges, true, m_parentOffsets, m_parents);
    buildCsr(entities.size(), edges, false, m_childOffsets, m_children);
    // The raw edge lists are no longer needed; give the memory back.
    std::vector<std::pair<std::uint32_t, std::string_view>>().swap(m_data.dependsOn);
    std::vector<std::pair<std::string_view, std::string_view>>().swap(m_data.parentMap);

    // Last wins for catalog entries and results (a later file overrides): insert backwards.
    m_catalogById.reset(m_data.catalog.size());
    for (std::size_t i = m_data.catalog.size(); i-- > 0;) {
        m_catalogById.insert(m_data.catalog[i].uniqueId, std::uint32_t(i));
    }
    m_resultById.reset(m_data.results.size());
    for (std::size_t i = m_data.results.size(); i-- > 0;) {
        m_resultById.insert(m_data.results[i].uniqueId, std::uint32_t(i));
    }
}

int ArtifactIndex::findEntity(std::string_view uniqueId) const
{
    return int(m_byId.find(uniqueId));
}

const CatalogTable *ArtifactIndex::catalogFor(std::string_view uniqueId) const
{
    const std::int64_t i = m_catalogById.find(uniqueId);
    return i < 0 ? nullptr : &m_data.catalog[std::size_t(i)];
}

const RunResult *ArtifactIndex::resultFor(std::string_view uniqueId) const
{
    const std::int64_t i = m_resultById.find(uniqueId);
    return i < 0 ? nullptr : &m_data.results[std::size_t(i)];
}

std::span<const std::string_view> ArtifactIndex::tags(const Entity &e) const
{
    return { m_data.tags.data() + e.tagsBegin, e.tagCount };
}

std::span<const Column> ArtifactIndex::columns(const Entity &e) const
{
    return { m_data.columns.data() + e.columnsBegin, e.columnCount };
}

std::span<const std::uint32_t> ArtifactIndex::parents(std::uint32_t entity) const
{
    if (entity + 1 >= m_parentOffsets.size()) {
        return {};
    }
    return { m_parents.data() + m_parentOffsets[entity],
        m_parentOffsets[entity + 1] - m_parentOffsets[entity] };
}

std::span<const std::uint32_t> ArtifactIndex::children(std::uint32_t entity) const
{
    if (entity + 1 >= m_childOffsets.size()) {
        return {};
    }
    return { m_children.data() + m_childOffsets[entity],
        m_childOffsets[entity + 1] - m_childOffsets[entity] };
}

std::span<const CatalogColumn> ArtifactIndex::columns(const CatalogTable &t) const
{
    return { m_data.catalogColumns.data() + t.columnsBegin, t.columnCount };
}

std::span<const CatalogStat> ArtifactIndex::stats(const CatalogTable &t) const
{
    return { m_data.catalogStats.data() + t.statsBegin, t.statCount };
}

std::span<const Timing> ArtifactIndex::timings(const RunResult &r) const
{
    return { m_data.timings.data() + r.timingBegin, r.timingCount };
}

std::span<const KeyValue> ArtifactIndex::adapterResponse(const RunResult &r) const
{
    return { m_data.adapterResponse.data() + r.adapterBegin, r.adapterCount };
}

} // namespace Dbtc::Models
