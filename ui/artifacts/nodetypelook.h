// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifacttypes.h"
#include "ui/widgets/palette.h"

namespace Dbtc::Ui {

//! The fill role of a lineage node by resource type: one mapping for the node lineage canvas,
//! the project graph and the exports, so a seed is the same colour everywhere.
inline ColorRole nodeTypeRole(Models::ResourceType t)
{
    using Models::ResourceType;
    switch (t) {
    case ResourceType::Model:
        return ColorRole::NodeModel;
    case ResourceType::Source:
        return ColorRole::NodeSource;
    case ResourceType::Seed:
        return ColorRole::NodeSeed;
    case ResourceType::Snapshot:
        return ColorRole::NodeSnapshot;
    case ResourceType::Test:
    case ResourceType::UnitTest:
        return ColorRole::NodeTest;
    case ResourceType::Exposure:
        return ColorRole::NodeExposure;
    case ResourceType::Metric:
    case ResourceType::SemanticModel:
    case ResourceType::SavedQuery:
        return ColorRole::NodeSemantic;
    default:
        return ColorRole::NodeOther;
    }
}

//! A node's outline: its fill pushed away from the background (darker in light, lighter in
//! dark themes).
inline QColor nodeTypeAccent(Models::ResourceType t, bool dark)
{
    const QColor fill = color(nodeTypeRole(t), dark);
    return dark ? fill.lighter(190) : fill.darker(190);
}

} // namespace Dbtc::Ui
