// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Dbtc::Models {

//! \brief The read views of the account's administration (issue 12), in the navigator's
//! order. Shared by the navigator tree (console room: one node per area under each account)
//! and the admin room (one table per area), so it lives in common.
enum class AdminArea {
    Environments,
    Connections,
    Repositories,
    Users,
    Groups,
    ServiceTokens,
    Webhooks,
};

inline constexpr int AdminAreaCount = 7;

QList<AdminArea> adminAreas();
//! "Environments", "Service tokens", ...: the navigator node and the page title.
QString adminAreaTitle(AdminArea area);
//! \brief The area's name inside a sentence ("Search service tokens", "No webhooks"): its own
//! string, because languages differ in how a noun is written mid-sentence (German keeps the
//! capital that lower-casing the title would take away).
QString adminAreaInSentence(AdminArea area);
//! The "Administration" node's name.
QString administrationTitle();

} // namespace Dbtc::Models
