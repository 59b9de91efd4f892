// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/json.h"
#include "api/json/reader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Dbtc::Api::Json {

RetryNotSupportedReason reasonFrom(const QString &text);

namespace {

RetryNotSupportedReason reasonFromImpl(const QString &text)
{
    if (text.isEmpty()) {
        return RetryNotSupportedReason::None;
    }
    if (text == u"RETRY_UNSUPPORTED_CMD") {
        return RetryNotSupportedReason::UnsupportedCommand;
    }
    if (text == u"RETRY_UNSUPPORTED_VERSION") {
        return RetryNotSupportedReason::UnsupportedVersion;
    }
    if (text == u"RETRY_NOT_LATEST_RUN") {
        return RetryNotSupportedReason::NotLatestRun;
    }
    if (text == u"RETRY_NOT_FAILED_RUN") {
        return RetryNotSupportedReason::NotFailedRun;
    }
    if (text == u"RETRY_NO_RUN_RESULTS") {
        return RetryNotSupportedReason::NoRunResults;
    }
    return RetryNotSupportedReason::Other;
}

RunStatus statusFrom(Reader &r, const char *key, bool required)
{
    const auto raw = r.optionalId(key);
    RunStatus status = RunStatus::Queued;
    if (!raw) {
        if (required) {
            r.fail(key, QStringLiteral("missing"));
        }
    } else if (!runStatusFromInt(static_cast<int>(*raw), &status)) {
        r.fail(key, QStringLiteral("unknown run status %1").arg(*raw));
    }
    return status;
}

} // namespace

RetryNotSupportedReason reasonFrom(const QString &text)
{
    return reasonFromImpl(text);
}

Result<RunStep> runStepFromJson(const QJsonObject &object)
{
    Reader r(object);
    RunStep s;
    // Only index and name are required: they are what every shape (even the trimmed
    // Airflow capture) carries, and what the UI cannot do without.
    s.index = static_cast<int>(r.id("index"));
    s.name = r.string("name");
    s.id = r.integer("id");
    s.runId = r.integer("run_id");
    s.accountId = r.integer("account_id");
    s.status = statusFrom(r, "status", false);
    s.statusHumanized = r.optionalString("status_humanized");
    s.statusColor = r.optionalString("status_color");
    s.logs = r.optionalString("logs");
    s.debugLogs = r.optionalString("debug_logs");
    s.truncatedDebugLogs = r.optionalString("truncated_debug_logs");
    s.dbtCommand = r.object("run_step_command").value(u"dbt_command").toString();
    s.startedAt = r.optionalTimestamp("started_at");
    s.finishedAt = r.optionalTimestamp("finished_at");
    s.createdAt = r.optionalTimestamp("created_at");
    s.updatedAt = r.optionalTimestamp("updated_at");
    if (object.contains(u"duration") && !object.value(u"duration").isNull()) {
        s.duration = r.duration("duration");
    }
    s.durationHumanized = r.optionalString("duration_humanized");
    if (!r.ok()) {
        return r.error();
    }
    return s;
}

Result<Trigger> triggerFromJson(const QJsonObject &object)
{
    Reader r(object);
    Trigger t;
    t.id = r.id("id");
    t.cause = r.string("cause");
    t.jobDefinitionId = r.integer("job_definition_id");
    t.causeCategory = r.optionalString("cause_category");
    t.causeHumanized = r.optionalString("cause_humanized");
    TriggerOverrides &o = t.overrides;
    o.gitSha = r.optionalString("git_sha");
    o.gitBranch = r.optionalString("git_branch");
    o.schemaOverride = r.optionalString("schema_override");
    o.dbtVersionOverride = r.optionalString("dbt_version_override");
    o.threadsOverride = r.optionalInt("threads_override");
    o.targetNameOverride = r.optionalString("target_name_override");
    o.generateDocsOverride = r.optionalBool("generate_docs_override");
    o.timeoutSecondsOverride = r.optionalInt("timeout_seconds_override");
    o.stepsOverride = r.optionalStringList("steps_override");
    o.githubPullRequestId = r.optionalId("github_pull_request_id");
    o.gitlabMergeRequestId = r.optionalId("gitlab_merge_request_id");
    o.azurePullRequestId = r.optionalId("azure_pull_request_id");
    o.nonNativePullRequestId = r.optionalId("non_native_pull_request_id");
    t.createdAt = r.optionalTimestamp("created_at");
    if (!r.ok()) {
        return r.error();
    }
    return t;
}

Result<Run> runFromJson(const QJsonObject &object)
{
    Reader r(object);
    Run run;
    run.id = r.id("id");
    run.accountId = r.id("account_id");
    run.jobDefinitionId =
        object.contains(u"job_definition_id") ? r.id("job_definition_id") : r.id("job_id");
    run.status = statusFrom(r, "status", true);
    run.createdAt = r.timestamp("created_at");
    run.triggerId = r.integer("trigger_id");
    run.projectId = r.integer("project_id");
    run.environmentId = r.integer("environment_id");
    run.statusHumanized = r.optionalString("status_humanized");
    if (run.statusHumanized.isEmpty()) {
        run.statusHumanized = runStatusText(run.status);
    }
    run.statusMessage = r.optionalString("status_message");
    run.dbtVersion = r.optionalString("dbt_version");
    run.gitBranch = r.optionalString("git_branch");
    run.gitSha = r.optionalString("git_sha");
    run.deferringRunId = r.optionalId("deferring_run_id");
    run.artifactsSaved = r.boolean("artifacts_saved");
    run.artifactS3Path = r.optionalString("artifact_s3_path");
    run.hasDocsGenerated = r.boolean("has_docs_generated");
    run.hasSourcesGenerated = r.boolean("has_sources_generated");
    run.notificationsSent = r.boolean("notifications_sent");
    run.blockedBy = r.idList("blocked_by");
    run.updatedAt = r.optionalTimestamp("updated_at");
    run.dequeuedAt = r.optionalTimestamp("dequeued_at");
    run.startedAt = r.optionalTimestamp("started_at");
    run.finishedAt = r.optionalTimestamp("finished_at");
    run.lastCheckedAt = r.optionalTimestamp("last_checked_at");
    run.lastHeartbeatAt = r.optionalTimestamp("last_heartbeat_at");
    run.shouldStartAt = r.optionalTimestamp("should_start_at");
    run.duration = r.duration("duration");
    run.queuedDuration = r.duration("queued_duration");
    run.runDuration = r.duration("run_duration");
    run.durationHumanized = r.optionalString("duration_humanized");
    run.queuedDurationHumanized = r.optionalString("queued_duration_humanized");
    run.runDurationHumanized = r.optionalString("run_duration_humanized");
    run.createdAtHumanized = r.optionalString("created_at_humanized");
    run.finishedAtHumanized = r.optionalString("finished_at_humanized");
    // The booleans are derived from status when a shape lacks them.
    run.inProgress = r.boolean("in_progress", isInProgress(run.status));
    run.isComplete = r.boolean("is_complete", !isInProgress(run.status));
    run.isSuccess = r.boolean("is_success", run.status == RunStatus::Success);
    run.isError = r.boolean("is_error", run.status == RunStatus::Error);
    run.isCancelled = r.boolean("is_cancelled", run.status == RunStatus::Cancelled);
    run.canRetry = r.boolean("can_retry");
    run.retryingRunId = r.optionalId("retrying_run_id");
    run.retryNotSupportedReasonText = r.optionalString("retry_not_supported_reason");
    run.retryNotSupportedReason = reasonFrom(run.retryNotSupportedReasonText);
    run.usedRepoCache = r.optionalBool("used_repo_cache");
    run.href = QUrl(r.optionalString("href"));

    const QJsonValue trigger = object.value(u"trigger");
    if (trigger.isObject()) {
        Result<Trigger> t = triggerFromJson(trigger.toObject());
        if (!t) {
            return decodeError(QStringLiteral("trigger.") + t.error().detail);
        }
        run.trigger = std::move(t.value());
    }
    const QJsonObject job = r.object("job");
    run.jobName = job.value(u"name").toString();
    for (const QJsonValue &step : job.value(u"execute_steps").toArray()) {
        run.jobExecuteSteps.append(step.toString());
    }
    run.environmentName = r.object("environment").value(u"name").toString();
    if (!r.ok()) {
        return r.error();
    }
    Result<QList<RunStep>> steps =
        listFromJson<RunStep>(object.value(u"run_steps"), &runStepFromJson);
    if (!steps) {
        return decodeError(QStringLiteral("run_steps") + steps.error().detail.mid(4));
    }
    run.steps = std::move(steps.value());
    return run;
}

Result<RetryDetails> retryDetailsFromJson(const QJsonObject &object)
{
    Reader r(object);
    RetryDetails d;
    d.failedStep = r.optionalString("failed_step");
    d.skippedSteps = r.stringList("skipped_steps");
    if (!r.ok()) {
        return r.error();
    }
    return d;
}

Result<ArtifactList> artifactListFromJson(const QJsonValue &data, qint64 runId, int step)
{
    ArtifactList list;
    list.runId = runId;
    list.step = step;
    if (data.isNull() || data.isUndefined()) { // dbt Cloud sends null for "no artifacts"
        return list;
    }
    if (!data.isArray()) {
        return decodeError(QStringLiteral("data: expected a list of paths"));
    }
    for (const QJsonValue &v : data.toArray()) {
        if (!v.isString()) {
            return decodeError(QStringLiteral("data: expected a list of paths"));
        }
        list.paths.append(v.toString());
    }
    return list;
}

} // namespace Dbtc::Api::Json

namespace Dbtc::Api {

RetryNotSupportedReason retryRefusalReason(const ApiError &error)
{
    static const QRegularExpression re(QStringLiteral("RETRY_[A-Z_]+"));
    const QRegularExpressionMatch m = re.match(error.serverMessage + u' ' + error.detail);
    return m.hasMatch() ? Json::reasonFrom(m.captured()) : RetryNotSupportedReason::None;
}

QString retryNotSupportedText(RetryNotSupportedReason reason)
{
    switch (reason) {
    case RetryNotSupportedReason::None:
        return {};
    case RetryNotSupportedReason::UnsupportedCommand:
        return QStringLiteral("This run's commands cannot be retried from the point of failure.");
    case RetryNotSupportedReason::UnsupportedVersion:
        return QStringLiteral("This run's dbt version does not support retrying from failure.");
    case RetryNotSupportedReason::NotLatestRun:
        return QStringLiteral("Only the latest run of a job can be retried.");
    case RetryNotSupportedReason::NotFailedRun:
        return QStringLiteral("Only failed runs can be retried.");
    case RetryNotSupportedReason::NoRunResults:
        return QStringLiteral("The run saved no run results to retry from.");
    case RetryNotSupportedReason::Other:
        return QStringLiteral("dbt Cloud does not support retrying this run.");
    }
    return {};
}

} // namespace Dbtc::Api
