// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/json.h"
#include "api/json/reader.h"

#include <algorithm>

namespace Dbtc::Api::Json {

namespace {

JobType jobTypeFrom(const QString &text)
{
    if (text == u"ci") {
        return JobType::Ci;
    }
    if (text == u"scheduled") {
        return JobType::Scheduled;
    }
    if (text == u"other") {
        return JobType::Other;
    }
    if (text == u"merge") {
        return JobType::Merge;
    }
    if (text == u"exposure_sync") {
        return JobType::ExposureSync;
    }
    if (text == u"adaptive") {
        return JobType::Adaptive;
    }
    if (text == u"hybrid") {
        return JobType::Hybrid;
    }
    return JobType::Unknown;
}

// A job nested in a 2022 run flattened the schedule to {"date": "every_day", ...}; current
// jobs send {"date": {"type": ...}}. Accept both.
QString scheduleType(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(u"type").toString() : v.toString();
}

std::shared_ptr<const Run> nestedRun(const QJsonObject &job, const char *key)
{
    const QJsonValue v = job.value(QLatin1String(key));
    if (!v.isObject()) {
        return nullptr;
    }
    Result<Run> run = runFromJson(v.toObject());
    // A related run that does not decode is dropped rather than failing the whole job list.
    return run ? std::make_shared<const Run>(std::move(run.value())) : nullptr;
}

} // namespace

Result<Job> jobFromJson(const QJsonObject &object)
{
    Reader r(object);
    Job j;
    j.id = r.id("id");
    j.accountId = r.id("account_id");
    j.projectId = r.id("project_id");
    j.environmentId = r.id("environment_id");
    j.name = r.string("name");
    j.description = r.optionalString("description");
    j.dbtVersion = r.optionalString("dbt_version");
    j.executeSteps = r.stringList("execute_steps");
    const qint64 state = r.integer("state", 0);
    j.state = state == 1 ? ObjectState::Active
        : state == 2     ? ObjectState::Deleted
                         : ObjectState::Unknown;
    j.deactivated = r.boolean("deactivated");
    j.runFailureCount = static_cast<int>(r.integer("run_failure_count"));
    j.typeText = r.optionalString("job_type");
    j.type = jobTypeFrom(j.typeText);
    j.generateDocs = r.boolean("generate_docs");
    j.runGenerateSources = r.boolean("run_generate_sources");
    j.timeoutSeconds = r.object("execution").value(u"timeout_seconds").toInteger();
    j.deferringJobDefinitionId = r.optionalId("deferring_job_definition_id");
    j.deferringEnvironmentId = r.optionalId("deferring_environment_id");

    const QJsonObject triggers = r.object("triggers");
    j.triggers.schedule = triggers.value(u"schedule").toBool();
    j.triggers.githubWebhook = triggers.value(u"github_webhook").toBool();
    j.triggers.gitProviderWebhook = triggers.value(u"git_provider_webhook").toBool();
    j.triggers.onMerge = triggers.value(u"on_merge").toBool();
    j.triggers.customBranchOnly = triggers.value(u"custom_branch_only").toBool();
    j.triggersOnDraftPr = r.boolean("triggers_on_draft_pr");
    j.runCompareChanges = r.boolean("run_compare_changes");
    j.compareChangesFlags = r.optionalString("compare_changes_flags");
    j.runLint = r.boolean("run_lint");
    j.errorsOnLintFailure = r.boolean("errors_on_lint_failure");
    const QJsonObject condition =
        r.object("job_completion_trigger_condition").value(u"condition").toObject();
    if (condition.contains(u"job_id")) {
        JobCompletionTrigger t;
        t.jobId = condition.value(u"job_id").toInteger();
        t.projectId = condition.value(u"project_id").toInteger();
        for (const QJsonValue &status : condition.value(u"statuses").toArray()) {
            t.statuses.append(status.toInt());
        }
        j.completionTrigger = t;
    }

    const QJsonObject settings = r.object("settings");
    j.settings.threads = settings.value(u"threads").toInt();
    j.settings.targetName = settings.value(u"target_name").toString();

    const QJsonObject schedule = r.object("schedule");
    j.schedule.cron = schedule.value(u"cron").toString();
    j.schedule.dateType = scheduleType(schedule.value(u"date"));
    j.schedule.timeType = scheduleType(schedule.value(u"time"));
    const QJsonObject date = schedule.value(u"date").toObject();
    const QJsonObject time = schedule.value(u"time").toObject();
    for (const QJsonValue &d : date.value(u"days").toArray()) {
        j.schedule.days.append(d.toInt());
    }
    for (const QJsonValue &h : time.value(u"hours").toArray()) {
        j.schedule.hours.append(h.toInt());
    }
    j.schedule.interval = std::max(1, time.value(u"interval").toInt(1));
    j.schedule.cronHumanized = r.optionalString("cron_humanized");
    j.nextRun = r.optionalTimestamp("next_run");
    j.nextRunHumanized = r.optionalString("next_run_humanized");
    j.environmentName = r.object("environment").value(u"name").toString();
    j.createdAt = r.optionalTimestamp("created_at");
    j.updatedAt = r.optionalTimestamp("updated_at");
    if (!r.ok()) {
        return r.error();
    }
    j.mostRecentRun = nestedRun(object, "most_recent_run");
    j.mostRecentCompletedRun = nestedRun(object, "most_recent_completed_run");
    return j;
}

} // namespace Dbtc::Api::Json
