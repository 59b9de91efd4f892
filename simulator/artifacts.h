// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/world.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Dbtc::Sim {

//! Whether a finished run saved artifacts (a run that failed before dbt ran, or was cancelled,
//! did not).
bool runHasArtifacts(const Run &run);
//! Paths relative to target/, as the list endpoint returns them.
QStringList artifactPaths(World &world, Run &run);
//! The raw file for `path` as of step `step` (0 = last step), or nullopt (404). Run results of a
//! failed run name the failing node with its message and compiled SQL.
std::optional<QByteArray> artifactContent(
    World &world, Run &run, const QString &path, int step, QByteArray *contentType);

} // namespace Dbtc::Sim
