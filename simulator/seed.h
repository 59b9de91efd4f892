// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/lifecycle.h"
#include "simulator/world.h"

namespace Dbtc::Sim {

inline constexpr qint64 kDemoAccountId = 1;
inline constexpr qint64 kCellAccountId = 70403103922125;

//! Fills `world` with the deterministic scenario for `seed`: the rich demo account 1 (3 projects,
//! environments, >= 25 scheduled jobs, `historyRuns` runs over the last 30 days, a few runs still
//! in flight) and a small cell account with 14-digit ids. `extraJobs` adds that many unscheduled
//! jobs without history to the demo account's projects (benchmarks of many jobs).
void seedWorld(
    World &world, Lifecycle &life, const QDateTime &now, int historyRuns, int extraJobs = 0);

//! Adds \a accounts accounts of \a jobsPerAccount jobs each (ServerOptions::extraAccounts),
//! cheaply: no history, four runs in flight per account. Ids 2000000000 + i * 10000000 on.
void seedExtraAccounts(
    World &world, Lifecycle &life, const QDateTime &now, int accounts, int jobsPerAccount);

} // namespace Dbtc::Sim
