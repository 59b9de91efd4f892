// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/selection/selectioncontext.h"

#include "artifacts/selection/globmatch.h"
#include "artifacts/selection/jsonview.h"

namespace Dbtc::Models::Selection {

namespace {

// dbt's ParsedNode.empty: no code but whitespace (seeds never count as empty). The text is
// still JSON-escaped, so "\n" arrives as two characters.
bool hasNoCode(const Entity &e)
{
    const std::string_view s = e.rawCode.raw;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ' ') {
            continue;
        }
        if (c == '\\' && i + 1 < s.size()
            && (s[i + 1] == 'n' || s[i + 1] == 't' || s[i + 1] == 'r')) {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

bool isManifestNode(ResourceType t)
{
    switch (t) {
    case ResourceType::Model:
    case ResourceType::Test:
    case ResourceType::Seed:
    case ResourceType::Snapshot:
    case ResourceType::Analysis:
    case ResourceType::Operation:
    case ResourceType::Other:
        return true;
    default:
        return false;
    }
}

Context::Context(const ArtifactIndex &idx, const ArtifactIndex *st, bool includeEmptyNodes)
    : index(idx)
    , state(st)
{
    const auto &entities = index.entities();
    member.assign(entities.size(), 0);
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
        const Entity &e = entities[i];
        if (e.disabled || e.type == ResourceType::Macro || e.type == ResourceType::Group) {
            continue;
        }
        // A duplicate id (an entity shadowed by an earlier one) is not a node of its own.
        if (index.findEntity(e.uniqueId) != int(i)) {
            continue;
        }
        if (!includeEmptyNodes && isManifestNode(e.type) && e.type != ResourceType::Seed
            && hasNoCode(e)) {
            continue;
        }
        member[i] = 1;
    }
    for (const ArtifactDocument &d : index.documents()) {
        if (d.kind == ArtifactKind::Manifest) {
            projectName = d.projectName;
            break;
        }
    }
}

std::string_view Context::keep(std::string s)
{
    m_kept.push_back(std::move(s));
    return m_kept.back();
}

void Context::buildFqns()
{
    m_fqnsBuilt = true;
    const auto &entities = index.entities();
    m_fqnOffsets.assign(entities.size() + 1, 0);
    m_fqnParts.reserve(entities.size() * 4);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        m_fqnOffsets[i] = std::uint32_t(m_fqnParts.size());
        if (member[i]) {
            Json::forEachElement(entities[i].fqn, [this](std::string_view v) {
                std::string_view body;
                if (Json::stringBody(v, &body)) {
                    m_fqnParts.push_back(body.find('\\') == std::string_view::npos
                            ? body
                            : keep(Json::decoded(body)));
                }
                return true;
            });
        }
    }
    m_fqnOffsets[entities.size()] = std::uint32_t(m_fqnParts.size());
}

std::span<const std::string_view> Context::fqn(std::uint32_t i)
{
    if (!m_fqnsBuilt) {
        buildFqns();
    }
    return { m_fqnParts.data() + m_fqnOffsets[i], m_fqnOffsets[i + 1] - m_fqnOffsets[i] };
}

// Path.glob() looks at the file system under the project root. The manifest knows the root
// project's files (original_file_path and patch_path) and so their folders; files of installed
// packages live under dbt_packages/ and are never where their relative paths point.
void Context::buildPaths()
{
    m_pathsBuilt = true;
    auto addFile = [this](std::string_view p) {
        std::string path = normalizedPath(p);
        if (path.empty()) {
            return;
        }
        for (std::size_t slash = path.find('/'); slash != std::string::npos;
             slash = path.find('/', slash + 1)) {
            m_dirs.insert(path.substr(0, slash));
        }
        m_files.insert(std::move(path));
    };
    for (const Entity &e : index.entities()) {
        if (!projectName.empty() && e.packageName != projectName) {
            continue;
        }
        addFile(e.path);
        const auto sep = e.patchPath.find("://");
        if (sep != std::string_view::npos) {
            addFile(e.patchPath.substr(sep + 3));
        }
    }
}

const std::unordered_set<std::string> &Context::existingFiles()
{
    if (!m_pathsBuilt) {
        buildPaths();
    }
    return m_files;
}

const std::unordered_set<std::string> &Context::existingDirectories()
{
    if (!m_pathsBuilt) {
        buildPaths();
    }
    return m_dirs;
}

namespace {

// Breadth-first over members, like networkx.bfs_edges with depth_limit: the start nodes are
// not added for being starts, only when reached from another start.
template <typename Next>
void walk(const Context &ctx, const NodeSet &from, int depth, NodeSet &out, Next next)
{
    if (depth == 0) {
        return;
    }
    const std::size_t n = ctx.size();
    // Each start gets its own BFS in dbt; one multi-source BFS reaches the same union because
    // a node at distance <= depth from any start is reached within depth levels.
    std::vector<std::uint32_t> frontier, nextFrontier;
    NodeSet seen(n, 0);
    for (std::uint32_t i = 0; i < n; ++i) {
        if (from[i] && ctx.member[i]) {
            frontier.push_back(i);
            seen[i] = 1;
        }
    }
    // A start reached from another start belongs to the result too: check edges between starts.
    for (int level = 0; !frontier.empty() && (depth < 0 || level < depth); ++level) {
        nextFrontier.clear();
        for (std::uint32_t u : frontier) {
            for (std::uint32_t v : next(u)) {
                if (!ctx.member[v]) {
                    continue;
                }
                if (from[v]) {
                    out[v] = 1; // a start reached from another start
                }
                if (!seen[v]) {
                    seen[v] = 1;
                    out[v] = 1;
                    nextFrontier.push_back(v);
                }
            }
        }
        frontier.swap(nextFrontier);
    }
}

} // namespace

void addAncestors(const Context &ctx, const NodeSet &from, int depth, NodeSet &out)
{
    walk(ctx, from, depth, out, [&](std::uint32_t u) {
        return ctx.index.parents(u);
    });
}

void addDescendants(const Context &ctx, const NodeSet &from, int depth, NodeSet &out)
{
    walk(ctx, from, depth, out, [&](std::uint32_t u) {
        return ctx.index.children(u);
    });
}

} // namespace Dbtc::Models::Selection
