// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/lineage/projectlayout.h"

#include <vector>

namespace Dbtc::Models {

//! Per entity: whether the whole-project graph draws it under \a options. Macros, dbt groups
//! and disabled nodes have no lineage of their own and are never drawn; tests only when
//! asked; with GraphOptions::only, nothing outside it.
std::vector<char> drawnEntities(const ArtifactIndex &index, const GraphOptions &options);

//! The grouping tree of the drawn entities under options.grouping, parents before children
//! (a group's index is below its children's), children sorted by label, counts and worst
//! status filled in. \a groupOf receives, per entity, the group it is a direct member of or -1.
std::vector<GraphGroup> buildGroups(const ArtifactIndex &index,
    const GraphOptions &options,
    const std::vector<char> &drawn,
    std::vector<int> &groupOf);

//! The last-run status of one entity from run_results/sources, folded to a GraphHealth.
GraphHealth entityHealth(const ArtifactIndex &index, const Entity &entity);

} // namespace Dbtc::Models
