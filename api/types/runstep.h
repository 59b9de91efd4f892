// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Dbtc::Api {

//! \brief One step of a run ("Clone Git Repository", "Invoke dbt with `dbt build`", ...).
//! `index` is 1-based and is the `step` of the artifact calls.
struct RunStep
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 accountId = 0;
    int index = 0;
    QString name;
    RunStatus status = RunStatus::Queued;
    QString statusHumanized;
    QString statusColor; //!< "#55973a"-style hex from the server
    QString logs; //!< console log
    QString debugLogs; //!< full debug log, only with include_related debug_logs
    QString truncatedDebugLogs; //!< last 1,000 lines of the debug log
    QString dbtCommand; //!< run_step_command.dbt_command when present
    QDateTime startedAt; //!< UTC, invalid until set
    QDateTime finishedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<std::chrono::seconds> duration;
    QString durationHumanized;
};

} // namespace Dbtc::Api
