// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/common.h"
#include "api/types/runstatus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dbtc::Api {

//! \brief Foreground requests (what the user is looking at) go before Background ones
//! (prefetch, slow polls) in the one request queue.
enum class Priority {
    Foreground,
    Background,
};

//! \brief dbt Cloud refuses limit > 100 on multi-tenant hosts.
inline constexpr int MaxPageSize = 100;

//! \brief Filters of GET runs/. Unset fields are not sent.
struct RunQuery
{
    std::optional<qint64> jobDefinitionId;
    std::optional<qint64> projectId;
    //! project_id__in, sent as a JSON list: [1,2] (the background watch's runs in flight).
    QList<qint64> projectIdIn;
    std::optional<qint64> environmentId;
    std::optional<RunStatus> status;
    QList<RunStatus> statusIn; //!< sent as a JSON list: status__in=[10,20]
    std::optional<qint64> idGreaterThan; //!< id__gt: only runs newer than a known one
    QString orderBy = QStringLiteral("-id"); //!< id, created_at, finished_at; '-' = descending
    QStringList includeRelated; //!< trigger, job, environment, run_steps, debug_logs, ...
    int limit = MaxPageSize; //!< clamped to 1..100
    qint64 offset = 0;
};

//! \brief Filters of GET jobs/.
struct JobQuery
{
    std::optional<qint64> projectId;
    //! project_id__in, sent as a JSON list: [1,2]. One request covers the jobs of several
    //! projects (the background watch of starred jobs uses it).
    QList<qint64> projectIdIn;
    std::optional<qint64> environmentId;
    QString nameContains; //!< name__icontains
    std::optional<ObjectState> state; //!< unset = the server's default (active)
    QString orderBy = QStringLiteral("name");
    QStringList includeRelated; //!< environment, most_recent_run, most_recent_completed_run
    int limit = MaxPageSize;
    qint64 offset = 0;
};

//! \brief Filters of the v3 project and environment lists.
struct ListQuery
{
    QString nameContains; //!< name__icontains
    QString orderBy = QStringLiteral("id");
    int limit = MaxPageSize;
    qint64 offset = 0;
};

//! \brief include_related for GET runs/{id}/.
struct RunInclude
{
    bool trigger = true;
    bool job = true;
    bool environment = true;
    bool steps = false;
    bool debugLogs = false; //!< full debug logs in each step (large)

    QStringList names() const;
};

} // namespace Dbtc::Api
