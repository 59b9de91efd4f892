// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/common.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Dbtc::Api {

struct Run;

//! \brief job_type; Unknown covers values newer than this client.
enum class JobType {
    Unknown,
    Ci,
    Scheduled,
    Other,
    Merge,
    ExposureSync,
    Adaptive,
    Hybrid,
};

struct JobTriggers
{
    bool schedule = false;
    bool githubWebhook = false;
    bool gitProviderWebhook = false;
    bool onMerge = false;
    bool customBranchOnly = false; //!< webhooks only for the environment's custom branch
};

//! \brief job_completion_trigger_condition: run after another job ends with one of \a statuses
//! (10 success, 20 error, 30 cancelled).
struct JobCompletionTrigger
{
    qint64 jobId = 0;
    qint64 projectId = 0;
    QList<int> statuses;

    friend bool operator==(const JobCompletionTrigger &, const JobCompletionTrigger &) = default;
};

struct JobSettings
{
    int threads = 0;
    QString targetName;
};

//! \brief The job's schedule. `cron` is what runs; the date/time types are how the UI built it.
struct JobSchedule
{
    QString cron; //!< "0 * * * *"; always UTC
    QString dateType; //!< every_day, days_of_week, custom_cron, interval_cron
    QString timeType; //!< every_hour, at_exact_hours
    QList<int> days; //!< date.days: 0 = Sunday ... 6 = Saturday
    QList<int> hours; //!< time.hours (UTC) for at_exact_hours
    int interval = 1; //!< time.interval: every N hours for every_hour
    QString cronHumanized;
};

//! \brief A job definition (v2 /jobs/).
struct Job
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    QString name;
    QString description;
    QString dbtVersion; //!< null on the wire = inherit from the environment
    QStringList executeSteps; //!< "dbt build", "dbt test -s ..." ...
    ObjectState state = ObjectState::Unknown;
    bool deactivated = false;
    int runFailureCount = 0;
    JobType type = JobType::Unknown;
    QString typeText; //!< job_type as sent ("" when absent)
    bool generateDocs = false;
    bool runGenerateSources = false;
    qint64 timeoutSeconds = 0; //!< execution.timeout_seconds; 0 = account default
    std::optional<qint64> deferringJobDefinitionId;
    std::optional<qint64> deferringEnvironmentId;
    bool triggersOnDraftPr = false; //!< CI jobs: also run on draft pull requests
    bool runCompareChanges = false; //!< CI jobs: dbt Cloud's "compare changes" (advanced CI)
    QString compareChangesFlags; //!< e.g. "--select state:modified"
    bool runLint = false;
    bool errorsOnLintFailure = false;
    std::optional<JobCompletionTrigger> completionTrigger;
    JobTriggers triggers;
    JobSettings settings;
    JobSchedule schedule;
    QDateTime nextRun; //!< UTC; invalid when not scheduled
    QString nextRunHumanized;
    QString environmentName; //!< when include_related=environment
    QDateTime createdAt;
    QDateTime updatedAt;
    //! include_related most_recent_run / most_recent_completed_run; null otherwise.
    std::shared_ptr<const Run> mostRecentRun;
    std::shared_ptr<const Run> mostRecentCompletedRun;
};

} // namespace Dbtc::Api
