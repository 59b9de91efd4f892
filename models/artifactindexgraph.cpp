// SPDX-License-Identifier: GPL-3.0-or-later
// ArtifactIndex: edge resolution (finalize) and the read accessors.
#include "models/artifactindex.h"

#include <algorithm>

namespace Dbtc::Models {

namespace {

// Compressed adjacency: offsets[i]..offsets[i+1] index into targets.
void buildCsr(std::size_t nodes, const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges,
              bool byFirst, std::vector<std::uint32_t> &offsets, std::vector<std::uint32_t> &targets)
{
    offsets.assign(nodes + 1, 0);
    for (const auto &e : edges)
        ++offsets[(byFirst ? e.first : e.second) + 1];
    for (std::size_t i = 0; i < nodes; ++i)
        offsets[i + 1] += offsets[i];
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
    m_byId.clear();
    m_byId.reserve(entities.size());
    for (std::uint32_t i = 0; i < entities.size(); ++i)
        m_byId.emplace(entities[i].uniqueId, i); // first wins: enabled nodes precede disabled

    // (child, parent). depends_on is authoritative and always present; parent_map adds what
    // older manifests only record there. Duplicates collapse below.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(m_data.dependsOn.size() + m_data.parentMap.size());
    std::vector<std::pair<std::string_view, std::string_view>> dangling;
    for (const auto &[child, parentId] : m_data.dependsOn) {
        const int parent = findEntity(parentId);
        if (parent < 0)
            dangling.emplace_back(entities[child].uniqueId, parentId);
        else if (std::uint32_t(parent) != child)
            edges.emplace_back(child, std::uint32_t(parent));
    }
    for (const auto &[childId, parentId] : m_data.parentMap) {
        const int child = findEntity(childId);
        const int parent = findEntity(parentId);
        if (child < 0 || parent < 0)
            dangling.emplace_back(childId, parentId);
        else if (child != parent)
            edges.emplace_back(std::uint32_t(child), std::uint32_t(parent));
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

    m_catalogById.clear();
    for (std::uint32_t i = 0; i < m_data.catalog.size(); ++i)
        m_catalogById[m_data.catalog[i].uniqueId] = i;
    m_resultById.clear();
    for (std::uint32_t i = 0; i < m_data.results.size(); ++i)
        m_resultById[m_data.results[i].uniqueId] = i;
}

int ArtifactIndex::findEntity(std::string_view uniqueId) const
{
    const auto it = m_byId.find(uniqueId);
    return it == m_byId.end() ? -1 : int(it->second);
}

std::span<const std::string_view> ArtifactIndex::tags(const Entity &e) const
{
    return {m_data.tags.data() + e.tagsBegin, e.tagCount};
}

std::span<const Column> ArtifactIndex::columns(const Entity &e) const
{
    return {m_data.columns.data() + e.columnsBegin, e.columnCount};
}

std::span<const std::uint32_t> ArtifactIndex::parents(std::uint32_t entity) const
{
    if (entity + 1 >= m_parentOffsets.size())
        return {};
    return {m_parents.data() + m_parentOffsets[entity],
            m_parentOffsets[entity + 1] - m_parentOffsets[entity]};
}

std::span<const std::uint32_t> ArtifactIndex::children(std::uint32_t entity) const
{
    if (entity + 1 >= m_childOffsets.size())
        return {};
    return {m_children.data() + m_childOffsets[entity],
            m_childOffsets[entity + 1] - m_childOffsets[entity]};
}

std::span<const CatalogColumn> ArtifactIndex::columns(const CatalogTable &t) const
{
    return {m_data.catalogColumns.data() + t.columnsBegin, t.columnCount};
}

std::span<const CatalogStat> ArtifactIndex::stats(const CatalogTable &t) const
{
    return {m_data.catalogStats.data() + t.statsBegin, t.statCount};
}

std::span<const Timing> ArtifactIndex::timings(const RunResult &r) const
{
    return {m_data.timings.data() + r.timingBegin, r.timingCount};
}

std::span<const KeyValue> ArtifactIndex::adapterResponse(const RunResult &r) const
{
    return {m_data.adapterResponse.data() + r.adapterBegin, r.adapterCount};
}

const CatalogTable *ArtifactIndex::catalogFor(std::string_view uniqueId) const
{
    const auto it = m_catalogById.find(uniqueId);
    return it == m_catalogById.end() ? nullptr : &m_data.catalog[it->second];
}

const RunResult *ArtifactIndex::resultFor(std::string_view uniqueId) const
{
    const auto it = m_resultById.find(uniqueId);
    return it == m_resultById.end() ? nullptr : &m_data.results[it->second];
}

} // namespace Dbtc::Models
