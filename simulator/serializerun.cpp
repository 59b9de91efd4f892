// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/artifacts.h"
#include "simulator/dbtlogs.h"
#include "simulator/lifecycle.h"
#include "simulator/serialize.h"
#include "simulator/timefmt.h"

#include <QJsonArray>

namespace Dbtc::Sim {

namespace {

QJsonValue nullValue()
{
    return QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue opt(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : nullValue();
}

QJsonValue optList(const std::optional<QStringList> &v)
{
    return v ? QJsonValue(QJsonArray::fromStringList(*v)) : nullValue();
}

QString statusColor(RunStatus s)
{
    switch (s) {
    case RunStatus::Success:
        return QStringLiteral("#55973a");
    case RunStatus::Error:
        return QStringLiteral("#e05847");
    case RunStatus::Cancelled:
        return QStringLiteral("#f0ad4e");
    case RunStatus::Running:
        return QStringLiteral("#2b7bb9");
    default:
        return QStringLiteral("#a6a6a6");
    }
}

qint64 secs(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() ? qMax<qint64>(0, from.secsTo(to)) : 0;
}

} // namespace

QJsonObject triggerJson(const Trigger &t, qint64 jobId)
{
    return { { QStringLiteral("id"), t.id },
        { QStringLiteral("cause"), t.cause },
        { QStringLiteral("job_definition_id"), jobId },
        { QStringLiteral("git_branch"), opt(t.gitBranch) },
        { QStringLiteral("git_sha"), opt(t.gitSha) },
        { QStringLiteral("azure_pull_request_id"), nullValue() },
        { QStringLiteral("github_pull_request_id"), opt(t.githubPullRequestId) },
        { QStringLiteral("gitlab_merge_request_id"), nullValue() },
        { QStringLiteral("non_native_pull_request_id"), nullValue() },
        { QStringLiteral("schema_override"), opt(t.schemaOverride) },
        { QStringLiteral("dbt_version_override"), opt(t.dbtVersionOverride) },
        { QStringLiteral("threads_override"), opt(t.threadsOverride) },
        { QStringLiteral("target_name_override"), opt(t.targetNameOverride) },
        { QStringLiteral("generate_docs_override"), opt(t.generateDocsOverride) },
        { QStringLiteral("timeout_seconds_override"), opt(t.timeoutSecondsOverride) },
        { QStringLiteral("steps_override"), optList(t.stepsOverride) },
        { QStringLiteral("created_at"), runTimestamp(t.createdAt) },
        { QStringLiteral("cause_humanized"), t.cause },
        { QStringLiteral("cause_category"), t.causeCategory },
        { QStringLiteral("job"), nullValue() } };
}

QJsonObject stepJson(const Run &r, const Step &s, const QDateTime &now, bool fullDebugLogs)
{
    const bool done = s.finishedAt <= now;
    const RunStatus status = done ? s.status : RunStatus::Running;
    const QDateTime end = done ? s.finishedAt : now;
    QStringList lines;
    Step visible = s;
    visible.logs.clear();
    for (const LogLine &l : s.logs) {
        if (l.at <= now) {
            lines << l.text;
            visible.logs.append(l);
        }
    }
    const QStringList debug = debugLogLines(visible);
    const QString debugText = debug.join(QLatin1Char('\n'));
    const QString logPath =
        QStringLiteral("/tmp/jobs/%1/target/logs/step-%2.log").arg(r.id).arg(s.index);
    const bool system = s.dbtCommand.startsWith(QLatin1Char('#'));
    return { { QStringLiteral("id"), s.id },
        { QStringLiteral("run_id"), r.id },
        { QStringLiteral("account_id"), r.accountId },
        { QStringLiteral("index"), s.index },
        { QStringLiteral("status"), int(status) },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("logs"), lines.join(QLatin1Char('\n')) },
        { QStringLiteral("debug_logs"),
            fullDebugLogs ? QJsonValue(debugText) : QJsonValue(QString()) },
        { QStringLiteral("log_path"), logPath },
        { QStringLiteral("debug_log_path"), QString(logPath + QStringLiteral(".debug")) },
        { QStringLiteral("log_archive_type"), QStringLiteral("db_flushed") },
        { QStringLiteral("log_location"), QStringLiteral("db") },
        { QStringLiteral("truncated_debug_logs"),
            debug.mid(qMax<qsizetype>(0, debug.size() - 1000)).join(QLatin1Char('\n')) },
        { QStringLiteral("started_at"), runTimestamp(s.startedAt) },
        { QStringLiteral("finished_at"), done ? runTimestamp(s.finishedAt) : nullValue() },
        { QStringLiteral("status_color"), statusColor(status) },
        { QStringLiteral("status_humanized"), statusHumanized(status) },
        { QStringLiteral("duration"), hms(secs(s.startedAt, end)) },
        { QStringLiteral("duration_humanized"), humanizedDuration(secs(s.startedAt, end)) },
        { QStringLiteral("created_at"), runTimestamp(s.createdAt) },
        { QStringLiteral("updated_at"), runTimestamp(end) },
        { QStringLiteral("run_step_command"),
            QJsonObject { { QStringLiteral("run_step_id"), s.id },
                { QStringLiteral("dbt_command"),
                    system ? nullValue() : QJsonValue(s.dbtCommand) } } },
        { QStringLiteral("run_step_invocation"),
            QJsonObject {
                { QStringLiteral("run_step_id"), s.id }, { QStringLiteral("run_id"), r.id } } } };
}

QJsonObject runJson(
    World &w, const Lifecycle &life, Run &r, const QDateTime &now, const QStringList &related)
{
    const bool done = isTerminal(r.status);
    const QDateTime end = done ? r.finishedAt : now;
    const QDateTime queueEnd = r.dequeuedAt.isValid() ? r.dequeuedAt : end;
    const qint64 total = secs(r.createdAt, end);
    const qint64 queued = secs(r.createdAt, queueEnd);
    const qint64 running = done && r.startedAt.isValid() ? secs(r.startedAt, r.finishedAt) : 0;
    const Job job = w.jobs.value(r.jobId);
    QJsonArray blocked;
    for (qint64 id : r.blockedBy) {
        blocked.append(id);
    }
    QJsonArray steps;
    if (related.contains(QStringLiteral("run_steps"))) {
        w.ensureSteps(r);
        const bool full = related.contains(QStringLiteral("debug_logs"));
        for (const Step &s : std::as_const(r.steps)) {
            if (s.startedAt <= now) { // steps appear as they start
                steps.append(stepJson(r, s, now, full));
            }
        }
    }
    const Environment *env = w.environment(r.environmentId);
    const QString refusal = life.retryRefusal(r);
    const bool artifacts = runHasArtifacts(r);
    QJsonObject trigger = triggerJson(r.trigger, r.jobId);
    return { { QStringLiteral("id"), r.id },
        { QStringLiteral("trigger_id"), r.trigger.id },
        { QStringLiteral("account_id"), r.accountId },
        { QStringLiteral("environment_id"), r.environmentId },
        { QStringLiteral("project_id"), r.projectId },
        { QStringLiteral("job_definition_id"), r.jobId },
        { QStringLiteral("status"), int(r.status) },
        { QStringLiteral("dbt_version"), r.dbtVersion },
        { QStringLiteral("git_branch"),
            r.gitBranch.isEmpty() ? nullValue() : QJsonValue(r.gitBranch) },
        { QStringLiteral("git_sha"), r.gitSha.isEmpty() ? nullValue() : QJsonValue(r.gitSha) },
        { QStringLiteral("status_message"),
            r.statusMessage.isEmpty() ? nullValue() : QJsonValue(r.statusMessage) },
        { QStringLiteral("owner_thread_id"), nullValue() },
        { QStringLiteral("executed_by_thread_id"),
            r.executedByThreadId.isEmpty() ? nullValue() : QJsonValue(r.executedByThreadId) },
        { QStringLiteral("deferring_run_id"), nullValue() },
        { QStringLiteral("artifacts_saved"), artifacts },
        { QStringLiteral("artifact_s3_path"),
            artifacts ? QJsonValue(QStringLiteral("prod-us-c1/runs/%1/artifacts/target").arg(r.id))
                      : nullValue() },
        { QStringLiteral("has_docs_generated"), r.hasDocsGenerated },
        { QStringLiteral("has_sources_generated"), r.hasSourcesGenerated },
        { QStringLiteral("notifications_sent"), done },
        { QStringLiteral("blocked_by"), blocked },
        { QStringLiteral("scribe_enabled"), true },
        { QStringLiteral("created_at"), runTimestamp(r.createdAt) },
        { QStringLiteral("updated_at"), runTimestamp(r.updatedAt) },
        { QStringLiteral("dequeued_at"), runTimestamp(r.dequeuedAt) },
        { QStringLiteral("started_at"), runTimestamp(r.startedAt) },
        { QStringLiteral("finished_at"), runTimestamp(r.finishedAt) },
        { QStringLiteral("last_checked_at"), runTimestamp(done ? r.finishedAt : QDateTime()) },
        { QStringLiteral("last_heartbeat_at"), runTimestamp(r.lastHeartbeatAt) },
        { QStringLiteral("should_start_at"), nullValue() },
        { QStringLiteral("trigger"),
            related.contains(QStringLiteral("trigger")) ? QJsonValue(trigger) : nullValue() },
        { QStringLiteral("job"),
            related.contains(QStringLiteral("job")) ? QJsonValue(jobJson(job, now)) : nullValue() },
        { QStringLiteral("environment"),
            env && related.contains(QStringLiteral("environment"))
                ? QJsonValue(environmentJson(w, *env, {}))
                : nullValue() },
        { QStringLiteral("run_steps"), steps },
        { QStringLiteral("status_humanized"), statusHumanized(r.status) },
        { QStringLiteral("in_progress"), !done },
        { QStringLiteral("is_complete"), done },
        { QStringLiteral("is_success"), r.status == RunStatus::Success },
        { QStringLiteral("is_error"), r.status == RunStatus::Error },
        { QStringLiteral("is_cancelled"), r.status == RunStatus::Cancelled },
        { QStringLiteral("duration"), hms(total) },
        { QStringLiteral("queued_duration"), hms(queued) },
        { QStringLiteral("run_duration"), hms(running) },
        { QStringLiteral("duration_humanized"), humanizedDuration(total) },
        { QStringLiteral("queued_duration_humanized"), humanizedDuration(queued) },
        { QStringLiteral("run_duration_humanized"), humanizedDuration(running) },
        { QStringLiteral("created_at_humanized"), humanizedRelative(r.createdAt, now) },
        { QStringLiteral("finished_at_humanized"),
            humanizedRelative(done ? r.finishedAt : QDateTime(), now) },
        { QStringLiteral("retrying_run_id"),
            r.retryingRunId ? QJsonValue(r.retryingRunId) : nullValue() },
        { QStringLiteral("can_retry"), refusal.isEmpty() },
        { QStringLiteral("retry_not_supported_reason"),
            refusal.isEmpty() ? nullValue() : QJsonValue(refusal) },
        { QStringLiteral("job_id"), r.jobId },
        { QStringLiteral("is_running"), nullValue() },
        { QStringLiteral("href"),
            QStringLiteral("https://%1/deploy/%2/projects/%3/runs/%4/")
                .arg(w.webHost)
                .arg(r.accountId)
                .arg(r.projectId)
                .arg(r.id) },
        { QStringLiteral("used_repo_cache"), nullValue() },
        { QStringLiteral("deprecation"), QJsonObject { { QStringLiteral("count"), 0 } } } };
}

} // namespace Dbtc::Sim
