// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Api {

//! \brief dbt Cloud's numeric run (and run step) status. The values are the wire values.
enum class RunStatus {
    Queued = 1,
    Starting = 2,
    Running = 3,
    Success = 10,
    Error = 20,
    Cancelled = 30,
};

//! \brief True for Queued, Starting and Running: the run may still change.
constexpr bool isInProgress(RunStatus s)
{
    return s == RunStatus::Queued || s == RunStatus::Starting || s == RunStatus::Running;
}

//! \brief The wire value as a status, or false when the integer is not one dbt Cloud sends.
constexpr bool runStatusFromInt(int value, RunStatus *out)
{
    switch (value) {
    case 1:
    case 2:
    case 3:
    case 10:
    case 20:
    case 30:
        *out = static_cast<RunStatus>(value);
        return true;
    default:
        return false;
    }
}

//! \brief The same words dbt Cloud uses in status_humanized.
inline QString runStatusText(RunStatus s)
{
    switch (s) {
    case RunStatus::Queued:
        return QStringLiteral("Queued");
    case RunStatus::Starting:
        return QStringLiteral("Starting");
    case RunStatus::Running:
        return QStringLiteral("Running");
    case RunStatus::Success:
        return QStringLiteral("Success");
    case RunStatus::Error:
        return QStringLiteral("Error");
    case RunStatus::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace Dbtc::Api
