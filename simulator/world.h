// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/world_admin.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dbtc::Sim {

// Plain storage for everything the simulated dbt Cloud knows. Ids are 64-bit like the real ones.

struct Account
{
    qint64 id = 0;
    QString name;
    QString plan;
    QString identifier;
    int runSlots = 5;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Project
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString description;
    qint64 connectionId = 0;
    qint64 repositoryId = 0;
    QString repoFullName;
    QString connectionType; // "bigquery", "snowflake", ... (empty without a connection)
    QString subdirectory; // dbt_project_subdirectory (empty = null)
    qint64 docsJobId = 0;
    qint64 freshnessJobId = 0;
    int type = 0; // 0 default, 1 hybrid
    bool skippedSetup = false;
    int state = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Environment
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 credentialsId = 0;
    qint64 connectionId = 0; // 0 = the project's connection
    QString name;
    QString dbtVersion;
    QString type; // "development" | "deployment"
    QString deploymentType; // "production" | "staging" | empty (= null)
    QString customBranch; // empty = use the default branch
    bool supportsDocs = false;
    bool enableModelQueryHistory = false;
    int state = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Job
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    QString name;
    QString description;
    QString dbtVersion; // empty = inherit from the environment (null on the wire)
    QStringList executeSteps;
    QString cron; // empty = not scheduled
    bool scheduleEnabled = false;
    bool generateDocs = false;
    bool runGenerateSources = false;
    int threads = 4;
    QString targetName = QStringLiteral("default");
    int timeoutSeconds = 0;
    QString jobType = QStringLiteral("scheduled");
    // Triggers besides the schedule, deferral, compare changes and lint (the job editor's fields).
    bool githubWebhook = false;
    bool gitProviderWebhook = false;
    bool onMerge = false;
    bool triggersOnDraftPr = false;
    qint64 completionJobId = 0; // job_completion_trigger_condition: 0 = none
    qint64 completionProjectId = 0;
    QList<int> completionStatuses; // run statuses of that job that start this one (10, 20, 30)
    qint64 deferringJobId = 0;
    qint64 deferringEnvironmentId = 0;
    bool runCompareChanges = false;
    QString compareChangesFlags = QStringLiteral("--select state:modified");
    bool runLint = false;
    bool errorsOnLintFailure = true;
    int state = 1;
    bool deactivated = false;
    int failureRate = 8; // percent of runs that fail: seeding and live life use it
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastCronFire; // last scheduled instant already triggered
    QDateTime nextRun; // next cron instant (invalid when not scheduled)
};

struct Trigger
{
    qint64 id = 0;
    QString cause;
    QString causeCategory; // api, scheduled, ui, rerun, ci, ...
    std::optional<QString> gitBranch, gitSha, schemaOverride, dbtVersionOverride,
        targetNameOverride;
    std::optional<int> threadsOverride, timeoutSecondsOverride;
    std::optional<qint64> githubPullRequestId;
    std::optional<bool> generateDocsOverride;
    std::optional<QStringList> stepsOverride;
    QDateTime createdAt;
};

enum class RunStatus {
    Queued = 1,
    Starting = 2,
    Running = 3,
    Success = 10,
    Error = 20,
    Cancelled = 30
};

//! One log line of a step, visible once the simulated clock passes `at`.
struct LogLine
{
    QDateTime at;
    QString text;
};

struct Step
{
    qint64 id = 0;
    int index = 0; // 1-based
    QString name;
    QString dbtCommand; // empty for system steps
    RunStatus status = RunStatus::Queued;
    QDateTime createdAt;
    QDateTime startedAt; // planned; valid once the step exists
    QDateTime finishedAt; // planned
    QList<LogLine> logs;
};

//! What a run will do once it leaves the queue (drawn from the seed at creation).
struct RunPlan
{
    RunStatus outcome = RunStatus::Success;
    bool timesOut = false;
    int failStep = 0; // 1-based step index that fails (Error outcome)
    QString failNode; // unique_id of the failing node
    int queueSeconds = 3; // time in the queue when nothing blocks it
    int startingSeconds = 8; // Starting phase length
    QList<int> stepSeconds; // planned duration of each step
};

struct Run
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 jobId = 0;
    Trigger trigger;
    RunStatus status = RunStatus::Queued;
    QString dbtVersion;
    QString gitBranch; // empty until the clone step ran (null on the wire)
    QString gitSha;
    QString statusMessage;
    QString executedByThreadId;
    QList<qint64> blockedBy;
    bool hasDocsGenerated = false;
    bool hasSourcesGenerated = false;
    QDateTime createdAt, updatedAt, dequeuedAt, startedAt, finishedAt, lastHeartbeatAt;
    qint64 retryingRunId = 0; // the run that retried this one (0 = none)
    qint64 retryOfRunId = 0; // the failed run this one retries from the point of failure
    RunPlan plan;
    QList<Step> steps; // materialised lazily for historical runs (see World::ensureSteps)
    bool stepsMaterialised = false;
};

class World
{
public:
    QList<Account> accounts;
    QMap<qint64, Project> projects; // ordered by id
    QMap<qint64, Environment> environments; // ordered by id
    QMap<qint64, Job> jobs;
    QMap<qint64, Run> runs;
    quint64 seed = 42;
    QHash<qint64, qint64> nextObjectId; // per account: projects, envs, jobs, triggers
    QHash<qint64, qint64> nextRunId; // per account: run ids (14 digits on cell accounts)
    QString webHost = QStringLiteral("cloud.getdbt.com");
    // Administration (world_admin.h), ordered by id.
    QMap<qint64, Connection> connections;
    QMap<qint64, Repository> repositories;
    QMap<qint64, Credentials> credentials;
    QMap<qint64, User> users;
    QMap<qint64, Group> groups;
    QMap<qint64, ServiceToken> serviceTokens;
    QList<WebhookSubscription> webhooks; // in creation order
    QList<WebhookEvent> webhookEvents;
    QList<WebhookReceipt> webhookReceipts;
    QList<AuditLogEntry> auditLog; // oldest first
    qint64 nextAdminId = 1; // users, groups, tokens, grants, audit entries (account-independent)
    quint64 nextWebhookSerial = 1;

    qint64 allocAdminId() { return nextAdminId++; }

    //! "wsu_" + 13 deterministic base-36 characters (no randomness: tests replay).
    QString allocWebhookId(const char *prefix);
    //! The active token whose secret is `token`, or nullptr.
    ServiceToken *tokenBySecret(const QString &token);

    qint64 allocObjectId(qint64 accountId) { return nextObjectId[accountId]++; }

    qint64 allocRunId(qint64 accountId) { return nextRunId[accountId]++; }

    const Account *account(qint64 id) const;
    Run *run(qint64 accountId, qint64 id);
    Job *job(qint64 accountId, qint64 id);
    const Environment *environment(qint64 id) const;
    const Project *project(qint64 id) const;
    //! The newest run of a job that is not finished yet, or nullptr.
    const Run *activeRunOf(qint64 jobId, qint64 exceptRunId = 0) const;
    //! The newest run of a job (any status), or nullptr.
    const Run *latestRunOf(qint64 jobId) const;
    //! Builds steps (names, planned timings, logs) for a run from its plan, deterministically.
    void ensureSteps(Run &run) const;
    //! Cuts steps at the run's finish: a cancelled or timed-out run stops mid-step.
    static void truncateSteps(Run &run);
    //! Step by global id (searches materialised runs first).
    std::pair<Run *, const Step *> findStep(qint64 accountId, qint64 stepId);
};

bool isTerminal(RunStatus s);
QString statusHumanized(RunStatus s);

} // namespace Dbtc::Sim
