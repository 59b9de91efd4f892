// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"
#include "api/types/runstep.h"
#include "api/types/trigger.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Dbtc::Api {

//! \brief Why dbt Cloud will not retry a run from its point of failure.
enum class RetryNotSupportedReason {
    None,
    UnsupportedCommand, //!< RETRY_UNSUPPORTED_CMD
    UnsupportedVersion, //!< RETRY_UNSUPPORTED_VERSION
    NotLatestRun, //!< RETRY_NOT_LATEST_RUN
    NotFailedRun, //!< RETRY_NOT_FAILED_RUN
    NoRunResults, //!< RETRY_NO_RUN_RESULTS
    Other, //!< a reason newer than this client; see the raw text
};

struct ApiError;

//! \brief The RETRY_* reason named in a refused retry's server message (None if there is none).
RetryNotSupportedReason retryRefusalReason(const ApiError &error);
//! \brief Plain words for a refusal reason ("Only the latest run of a job can be retried.").
QString retryNotSupportedText(RetryNotSupportedReason reason);

//! \brief A job run (v2 /runs/). Timestamps are UTC and invalid while null on the wire.
struct Run
{
    qint64 id = 0;
    qint64 triggerId = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 jobDefinitionId = 0; //!< the job id (also sent as job_id)
    RunStatus status = RunStatus::Queued;
    QString statusHumanized;
    QString statusMessage; //!< error or cancel reason, e.g. "Cancelled by user."
    QString dbtVersion;
    QString gitBranch; //!< empty until the clone step ran
    QString gitSha;
    std::optional<qint64> deferringRunId;
    bool artifactsSaved = false;
    QString artifactS3Path;
    bool hasDocsGenerated = false;
    bool hasSourcesGenerated = false;
    bool notificationsSent = false;
    QList<qint64> blockedBy; //!< runs of the same job this queued run waits for

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime dequeuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime lastCheckedAt;
    QDateTime lastHeartbeatAt;
    QDateTime shouldStartAt;

    std::chrono::seconds duration { 0 }; //!< total; grows while the run is in progress
    std::chrono::seconds queuedDuration { 0 };
    std::chrono::seconds runDuration { 0 };
    QString durationHumanized;
    QString queuedDurationHumanized;
    QString runDurationHumanized;
    QString createdAtHumanized;
    QString finishedAtHumanized;

    bool inProgress = false;
    bool isComplete = false;
    bool isSuccess = false;
    bool isError = false;
    bool isCancelled = false;

    bool canRetry = false;
    std::optional<qint64> retryingRunId;
    RetryNotSupportedReason retryNotSupportedReason = RetryNotSupportedReason::None;
    QString retryNotSupportedReasonText; //!< the raw wire value, e.g. "RETRY_NOT_FAILED_RUN"
    std::optional<bool> usedRepoCache;
    QUrl href; //!< the run's page in the dbt Cloud web UI

    std::optional<Trigger> trigger; //!< include_related=trigger
    QString jobName; //!< include_related=job
    QStringList jobExecuteSteps; //!< include_related=job
    QString environmentName; //!< include_related=environment
    QList<RunStep> steps; //!< include_related=run_steps; empty otherwise
};

//! \brief GET runs/{id}/retry/: what a retry from the point of failure would do.
struct RetryDetails
{
    QString failedStep;
    QStringList skippedSteps;
};

} // namespace Dbtc::Api
