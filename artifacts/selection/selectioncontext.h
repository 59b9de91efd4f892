// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the selection engine: the graph dbt selects over (its "graph members") and the
// per-query caches the methods share.

#include "artifacts/artifactindex.h"
#include "artifacts/selection/selectionspec.h"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Dbtc::Models::Selection {

//! One byte per entity: a set over the index, cheap to combine at project scale.
using NodeSet = std::vector<std::uint8_t>;

//! Where an entity sits in the manifest, which decides which methods look at it (dbt-core's
//! parsed_nodes / source_nodes / exposure_nodes / ... iterators).
bool isManifestNode(ResourceType t); //!< the "nodes" map: models, tests, seeds, snapshots, ...

class Context
{
public:
    Context(const ArtifactIndex &index, const ArtifactIndex *state, bool includeEmptyNodes);

    const ArtifactIndex &index;
    const ArtifactIndex *state;

    std::size_t size() const { return member.size(); }

    //! dbt's graph: enabled nodes, sources, exposures, metrics, semantic models, saved queries
    //! and unit tests (no macros, docs or groups); without empty nodes for run/build.
    NodeSet member;
    std::string_view projectName;

    //! The fqn of entity \a i, split into its JSON strings.
    std::span<const std::string_view> fqn(std::uint32_t i);
    //! Paths that exist under the project root, as dbt's path: globbing would find them.
    const std::unordered_set<std::string> &existingFiles();
    const std::unordered_set<std::string> &existingDirectories();
    //! A string that lives as long as the context (decoded JSON strings).
    std::string_view keep(std::string s);

    //! YAML selectors being expanded (cycle guard) and the mode dbt passes to their criteria.
    std::vector<std::string> selectorStack;
    IndirectMode flagMode = IndirectMode::Eager;

private:
    void buildFqns();
    void buildPaths();
    bool m_fqnsBuilt = false, m_pathsBuilt = false;
    std::vector<std::uint32_t> m_fqnOffsets;
    std::vector<std::string_view> m_fqnParts;
    std::deque<std::string> m_kept;
    std::unordered_set<std::string> m_files, m_dirs;
};

//! Evaluates one criterion's method (no graph operators) into \a out (cleared first).
std::optional<QString> matchMethod(Context &ctx, const Criterion &c, NodeSet &out);

//! Graph operators over members: ancestors / descendants to \a depth (-1: all) of \a from,
//! added to \a out (without \a from itself unless reachable).
void addAncestors(const Context &ctx, const NodeSet &from, int depth, NodeSet &out);
void addDescendants(const Context &ctx, const NodeSet &from, int depth, NodeSet &out);

//! state:, result: and source_status: (need ctx.state).
std::optional<QString> matchState(Context &ctx, const Criterion &c, NodeSet &out);

//! Turns the manifest's YAML selector \a name into a spec (dbt's parse_from_definition).
std::optional<QString> selectorSpec(Context &ctx, const std::string &name, Spec *out);
//! The name of the selector marked `default: true`, or empty.
std::string defaultSelector(const ArtifactIndex &index);

} // namespace Dbtc::Models::Selection
