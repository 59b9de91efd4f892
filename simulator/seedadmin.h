// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/world.h"

namespace Dbtc::Sim {

//! The token string of a seeded service token: "dbtc_" + the first 40 hex digits of
//! SHA-256(role + seed). Roles: "admin" (Account Admin), "readonly" (Job Viewer) and "set:" + a
//! permission set key ("set:job_admin", "set:metadata_only", ...). See simulator/README.md.
QString simTokenSecret(quint64 seed, const QString &role);

//! Seeds the administrative side of every account after seedWorld(): a connection and a
//! repository per project, credentials per environment, an account-level sandbox connection,
//! users, groups with permission sets, one service token per permission set (valid on every
//! seeded account), webhook subscriptions with past deliveries and 30 days of audit log.
void seedAdmin(World &world, const QDateTime &now);

} // namespace Dbtc::Sim
