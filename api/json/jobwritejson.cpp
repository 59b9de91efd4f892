// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/jobexport.h"
#include "api/json/json.h"

#include <algorithm>

namespace Dbtc::Api::Json {

namespace {

QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id && *id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (const int v : values) {
        array.append(v);
    }
    return array;
}

QJsonObject scheduleJson(const JobSchedule &s, bool forCli)
{
    QString dateType = s.dateType.isEmpty() ? QStringLiteral("every_day") : s.dateType;
    if (forCli && dateType == u"interval_cron") {
        dateType = QStringLiteral("custom_cron");
    }
    QJsonObject date { { QStringLiteral("type"), dateType } };
    if (!s.days.isEmpty()) {
        date.insert(QStringLiteral("days"), intArray(s.days));
    }
    if (dateType == u"custom_cron" || dateType == u"interval_cron") {
        date.insert(QStringLiteral("cron"), s.cron);
    }
    QJsonObject time { { QStringLiteral("type"),
                           s.timeType.isEmpty() ? QStringLiteral("every_hour") : s.timeType },
        { QStringLiteral("interval"), std::max(1, s.interval) } };
    if (!s.hours.isEmpty()) {
        time.insert(QStringLiteral("hours"), intArray(s.hours));
    }
    return { { QStringLiteral("cron"), s.cron.isEmpty() ? QStringLiteral("0 * * * *") : s.cron },
        { QStringLiteral("date"), date },
        { QStringLiteral("time"), time } };
}

} // namespace

QJsonObject jobToJson(const Job &job, bool forExport)
{
    QJsonObject o;
    if (!forExport) {
        o.insert(QStringLiteral("id"), job.id ? QJsonValue(job.id) : QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("account_id"), job.accountId);
    o.insert(QStringLiteral("project_id"), job.projectId);
    o.insert(QStringLiteral("environment_id"), job.environmentId);
    o.insert(QStringLiteral("name"), job.name);
    o.insert(QStringLiteral("description"), job.description);
    o.insert(QStringLiteral("dbt_version"),
        job.dbtVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.dbtVersion));
    o.insert(QStringLiteral("execute_steps"), QJsonArray::fromStringList(job.executeSteps));
    o.insert(QStringLiteral("state"), job.state == ObjectState::Deleted ? 2 : 1);
    o.insert(QStringLiteral("deactivated"), job.deactivated);
    o.insert(QStringLiteral("generate_docs"), job.generateDocs);
    o.insert(QStringLiteral("run_generate_sources"), job.runGenerateSources);
    o.insert(QStringLiteral("run_compare_changes"), job.runCompareChanges);
    o.insert(QStringLiteral("compare_changes_flags"), job.compareChangesFlags);
    o.insert(QStringLiteral("run_lint"), job.runLint);
    o.insert(QStringLiteral("errors_on_lint_failure"), job.errorsOnLintFailure);
    o.insert(QStringLiteral("triggers_on_draft_pr"), job.triggersOnDraftPr);
    if (!job.typeText.isEmpty()) {
        o.insert(QStringLiteral("job_type"), job.typeText);
    }
    o.insert(QStringLiteral("execution"),
        QJsonObject { { QStringLiteral("timeout_seconds"), job.timeoutSeconds } });
    o.insert(QStringLiteral("deferring_environment_id"), idOrNull(job.deferringEnvironmentId));
    o.insert(QStringLiteral("deferring_job_definition_id"), idOrNull(job.deferringJobDefinitionId));
    o.insert(QStringLiteral("triggers"),
        QJsonObject { { QStringLiteral("github_webhook"), job.triggers.githubWebhook },
            { QStringLiteral("git_provider_webhook"), job.triggers.gitProviderWebhook },
            { QStringLiteral("schedule"), job.triggers.schedule },
            { QStringLiteral("on_merge"), job.triggers.onMerge },
            { QStringLiteral("custom_branch_only"), job.triggers.customBranchOnly } });
    o.insert(QStringLiteral("settings"),
        QJsonObject { { QStringLiteral("threads"), std::max(1, job.settings.threads) },
            { QStringLiteral("target_name"),
                job.settings.targetName.isEmpty() ? QStringLiteral("default")
                                                  : job.settings.targetName } });
    o.insert(QStringLiteral("schedule"), scheduleJson(job.schedule, forExport));
    if (job.completionTrigger) {
        const JobCompletionTrigger &t = *job.completionTrigger;
        o.insert(QStringLiteral("job_completion_trigger_condition"),
            QJsonObject { { QStringLiteral("condition"),
                QJsonObject { { QStringLiteral("job_id"), t.jobId },
                    { QStringLiteral("project_id"), t.projectId },
                    { QStringLiteral("statuses"), intArray(t.statuses) } } } });
    } else {
        o.insert(QStringLiteral("job_completion_trigger_condition"), QJsonValue::Null);
    }
    return o;
}

} // namespace Dbtc::Api::Json

namespace Dbtc::Api {

QByteArray exportJob(const Job &job)
{
    // json.dumps(indent=2) is what dbt-cloud-cli writes; Qt's Indented uses four spaces, which
    // any JSON reader accepts, so only the content has to match.
    return QJsonDocument(Json::jobToJson(job, true)).toJson(QJsonDocument::Indented);
}

Result<Job> importJob(const QByteArray &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Json::decodeError(QStringLiteral("not JSON (%1 at byte %2)")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Json::decodeError(QStringLiteral("expected a job object"));
    }
    QJsonObject object = document.object();
    if (object.value(u"data").isObject()) { // a saved `dbt-cloud job get` answer
        object = object.value(u"data").toObject();
    }
    for (const char *key : { "project_id", "environment_id", "name", "execute_steps" }) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return Json::decodeError(QLatin1String(key) + QStringLiteral(": missing"));
        }
    }
    object.insert(QStringLiteral("id"), 0);
    if (!object.value(u"account_id").isDouble()) {
        object.insert(QStringLiteral("account_id"), 0);
    }
    const Result<Job> decoded = Json::jobFromJson(object);
    if (!decoded) {
        return decoded;
    }
    Job job = decoded.value();
    // dbt-cloud-cli's create command defaults for what its minimal files leave out.
    const QJsonObject settings = object.value(u"settings").toObject();
    if (!settings.contains(u"threads") || job.settings.threads < 1) {
        job.settings.threads = 1;
    }
    if (!settings.contains(u"target_name")) {
        job.settings.targetName = QStringLiteral("default");
    }
    if (job.schedule.cron.isEmpty()) {
        job.schedule.cron = QStringLiteral("0 * * * *");
    }
    if (job.schedule.dateType.isEmpty()) {
        job.schedule.dateType = QStringLiteral("every_day");
    }
    if (job.schedule.timeType.isEmpty()) {
        job.schedule.timeType = QStringLiteral("every_hour");
    }
    if (job.state == ObjectState::Unknown) {
        job.state = ObjectState::Active;
    }
    job.id = 0;
    job.createdAt = {};
    job.updatedAt = {};
    job.nextRun = {};
    job.nextRunHumanized.clear();
    job.mostRecentRun.reset();
    job.mostRecentCompletedRun.reset();
    return job;
}

} // namespace Dbtc::Api
