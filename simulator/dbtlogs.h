// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/world.h"

namespace Dbtc::Sim {

// What dbt prints: step names, console logs and the failing node, shaped like dbt 1.x output for
// the jaffle_shop project whose artifacts the simulator serves.

//! Commands a run executes in order: system steps ("" = clone, "profile"), `dbt deps`, the job's
//! steps (or the trigger's steps_override), then docs/sources generation when enabled.
QStringList runCommands(const Run &run, const Job &job);
QString stepName(const QString &command, const QString &connectionType);
QList<LogLine> stepLogs(const Run &run, const Step &step, bool fails);
//! Full debug log: every console line plus the adapter chatter dbt writes at debug level.
QStringList debugLogLines(const Step &step);
//! Models of the served jaffle_shop manifest (unique ids).
const QStringList &jaffleModels();
//! The error message a failing node reports (deterministic per node).
QString failureMessage(const QString &uniqueId);
//! Number of planned steps for a job run (used to plan durations before steps exist).
int plannedStepCount(const Job &job, const Trigger &trigger);

} // namespace Dbtc::Sim
