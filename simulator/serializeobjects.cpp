// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/cron.h"
#include "simulator/serialize.h"
#include "simulator/serialize_admin.h"
#include "simulator/timefmt.h"

#include <QJsonArray>

namespace Dbtc::Sim {

namespace {

QJsonValue str(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullValue()
{
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject accountJson(const Account &a)
{
    return { { QStringLiteral("docs_job_id"), nullValue() },
        { QStringLiteral("freshness_job_id"), nullValue() },
        { QStringLiteral("lock_reason"), nullValue() },
        { QStringLiteral("lock_cause"), nullValue() },
        { QStringLiteral("unlock_if_subscription_renewed"), false },
        { QStringLiteral("read_only_seats"), 10 },
        { QStringLiteral("id"), a.id },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("state"), 1 },
        { QStringLiteral("plan"), a.plan },
        { QStringLiteral("pending_cancel"), false },
        { QStringLiteral("run_slots"), a.runSlots },
        { QStringLiteral("developer_seats"), 10 },
        { QStringLiteral("it_seats"), 2 },
        { QStringLiteral("explorer_seats"), 5 },
        { QStringLiteral("analyst_seats"), 0 },
        { QStringLiteral("queue_limit"), 50 },
        { QStringLiteral("pod_memory_request_mebibytes"), 600 },
        { QStringLiteral("develop_pod_memory_request_mebibytes"), 1200 },
        { QStringLiteral("run_duration_limit_seconds"), 86400 },
        { QStringLiteral("enterprise_authentication_method"), nullValue() },
        { QStringLiteral("enterprise_login_slug"), nullValue() },
        { QStringLiteral("enterprise_unique_identifier"), nullValue() },
        { QStringLiteral("billing_email_address"),
            QString(QStringLiteral("billing@") + a.identifier + QStringLiteral(".example")) },
        { QStringLiteral("locked"), false },
        { QStringLiteral("develop_file_system"), true },
        { QStringLiteral("unlocked_at"), nullValue() },
        { QStringLiteral("created_at"), isoTimestamp(a.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(a.updatedAt) },
        { QStringLiteral("starter_repo_url"), nullValue() },
        { QStringLiteral("sso_reauth"), false },
        { QStringLiteral("git_auth_level"), QStringLiteral("personal") },
        { QStringLiteral("identifier"), a.identifier },
        { QStringLiteral("trial_end_date"), nullValue() },
        { QStringLiteral("static_subdomain"), nullValue() },
        { QStringLiteral("vanity_subdomain"), nullValue() },
        { QStringLiteral("run_locked_until"), nullValue() },
        { QStringLiteral("business_critical"), false },
        { QStringLiteral("docs_job"), nullValue() },
        { QStringLiteral("freshness_job"), nullValue() },
        { QStringLiteral("groups"), QJsonArray() },
        { QStringLiteral("enterprise_login_url"),
            QStringLiteral("https://cloud.getdbt.com/enterprise-login/None/") } };
}

QJsonValue projectConnection(const World &w, const Project &p)
{
    const auto c = w.connections.constFind(p.connectionId);
    return c == w.connections.cend() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(projectConnectionJson(*c, p.id));
}

QJsonValue projectRepository(const World &w, const Project &p)
{
    const auto r = w.repositories.constFind(p.repositoryId);
    return r == w.repositories.cend() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(repositoryV3Json(*r));
}

QJsonObject projectJson(const World &w, const Project &p, const QStringList &related)
{
    QJsonArray envs;
    if (related.contains(QStringLiteral("environments"))) {
        for (const Environment &e : w.environments) {
            if (e.projectId == p.id) {
                envs.append(environmentJson(w, e, {}));
            }
        }
    }
    return { { QStringLiteral("id"), p.id },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("account_id"), p.accountId },
        { QStringLiteral("description"), p.description },
        { QStringLiteral("connection_id"),
            p.connectionId ? QJsonValue(p.connectionId) : nullValue() },
        { QStringLiteral("repository_id"),
            p.repositoryId ? QJsonValue(p.repositoryId) : nullValue() },
        { QStringLiteral("semantic_layer_config_id"), nullValue() },
        { QStringLiteral("skipped_setup"), p.skippedSetup },
        { QStringLiteral("state"), p.state },
        { QStringLiteral("dbt_project_subdirectory"), str(p.subdirectory) },
        { QStringLiteral("docs_job_id"), p.docsJobId ? QJsonValue(p.docsJobId) : nullValue() },
        { QStringLiteral("freshness_job_id"),
            p.freshnessJobId ? QJsonValue(p.freshnessJobId) : nullValue() },
        { QStringLiteral("type"), p.type },
        { QStringLiteral("created_at"), isoTimestamp(p.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(p.updatedAt) },
        // The real v2/v3 project carries these nested objects (see the captured fixture).
        { QStringLiteral("connection"), projectConnection(w, p) },
        { QStringLiteral("environments"), envs },
        { QStringLiteral("repository"), projectRepository(w, p) },
        { QStringLiteral("group_permissions"), QJsonArray() },
        { QStringLiteral("docs_job"), nullValue() },
        { QStringLiteral("freshness_job"), nullValue() },
        { QStringLiteral("fusion_readiness"), nullValue() },
        { QStringLiteral("default_version"), nullValue() } };
}

QJsonValue credentialsOf(const World &w, const Environment &e)
{
    const auto c = w.credentials.constFind(e.credentialsId);
    return c == w.credentials.cend() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(credentialsJson(*c));
}

QJsonObject environmentJson(const World &w, const Environment &e, const QStringList &related)
{
    const Project *p = w.project(e.projectId);
    QJsonObject connection; // the environment carries the flattened connection shape
    // An environment may use another account connection than its project's (v3 connection_id).
    Project viaEnv = p ? *p : Project();
    viaEnv.connectionId = e.connectionId ? e.connectionId : viaEnv.connectionId;
    const QJsonValue nested = p ? projectConnection(w, viaEnv) : QJsonValue();
    if (nested.isObject()) {
        connection = nested.toObject();
        const QJsonObject details = connection.take(QStringLiteral("details")).toObject();
        for (auto it = details.begin(); it != details.end(); ++it) {
            connection.insert(it.key(), it.value());
        }
        connection.insert(QStringLiteral("dbt_project_id"), p->id);
        connection.insert(QStringLiteral("gcs_bucket"), nullValue());
        connection.insert(QStringLiteral("dataproc_region"), nullValue());
        connection.insert(QStringLiteral("dataproc_cluster_name"), nullValue());
    }
    const bool credentials = related.contains(QStringLiteral("credentials"));
    return { { QStringLiteral("dbt_project_subdirectory"), nullValue() },
        { QStringLiteral("project_id"), e.projectId },
        { QStringLiteral("id"), e.id },
        { QStringLiteral("account_id"), e.accountId },
        { QStringLiteral("connection_id"),
            p && viaEnv.connectionId ? QJsonValue(viaEnv.connectionId) : nullValue() },
        { QStringLiteral("repository_id"),
            p && p->repositoryId ? QJsonValue(p->repositoryId) : nullValue() },
        { QStringLiteral("credentials_id"),
            e.credentialsId ? QJsonValue(e.credentialsId) : nullValue() },
        { QStringLiteral("extended_attributes_id"), nullValue() },
        { QStringLiteral("created_by_id"), nullValue() },
        { QStringLiteral("name"), e.name },
        { QStringLiteral("use_custom_branch"), !e.customBranch.isEmpty() },
        { QStringLiteral("custom_branch"), str(e.customBranch) },
        { QStringLiteral("dbt_version"), e.dbtVersion },
        { QStringLiteral("raw_dbt_version"), e.dbtVersion },
        { QStringLiteral("supports_docs"), e.supportsDocs },
        { QStringLiteral("type"), e.type },
        { QStringLiteral("deployment_type"), str(e.deploymentType) },
        { QStringLiteral("is_deferrable"), e.type == QLatin1String("deployment") },
        { QStringLiteral("enable_model_query_history"), e.enableModelQueryHistory },
        { QStringLiteral("enable_dbt_state"), false },
        { QStringLiteral("state"), e.state },
        { QStringLiteral("created_at"), isoTimestamp(e.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(e.updatedAt) },
        { QStringLiteral("repository"), p ? projectRepository(w, *p) : nullValue() },
        { QStringLiteral("connection"), nested.isObject() ? QJsonValue(connection) : nullValue() },
        { QStringLiteral("project"),
            p && related.contains(QStringLiteral("project")) ? QJsonValue(projectJson(w, *p, {}))
                                                             : nullValue() },
        { QStringLiteral("primary_profile_id"), nullValue() },
        { QStringLiteral("credentials"), credentials ? credentialsOf(w, e) : nullValue() },
        { QStringLiteral("fusion_readiness"), nullValue() } };
}

QJsonObject jobJson(const Job &j, const QDateTime &now)
{
    const auto cron = Cron::parse(j.cron);
    const QStringList f = j.cron.split(QLatin1Char(' '));
    // Every key the 2021 and 2024 captures show, whatever the schedule type.
    QJsonArray days;
    QJsonArray hours;
    for (int d = 0; d < 7; ++d) {
        if (f.size() < 5 || f[4] == QLatin1String("*")
            || (f[4] == QLatin1String("1-5") && d >= 1 && d <= 5)) {
            days.append(d);
        }
    }
    bool oneHour = false;
    const int hour = f.value(1).toInt(&oneHour);
    if (oneHour) {
        hours.append(hour);
    }
    const bool daily = f.size() == 5 && f[2] == QLatin1String("*") && f[3] == QLatin1String("*");
    const QJsonObject date { { QStringLiteral("type"),
                                 daily && f[4] == QLatin1String("*") ? QStringLiteral("every_day")
                                     : daily ? QStringLiteral("days_of_week")
                                             : QStringLiteral("custom_cron") },
        { QStringLiteral("days"), days },
        { QStringLiteral("cron"), j.cron } };
    const int interval = f.value(1).startsWith(QLatin1String("*/")) ? f.value(1).mid(2).toInt() : 1;
    const QJsonObject time { { QStringLiteral("type"),
                                 oneHour ? QStringLiteral("at_exact_hours")
                                         : QStringLiteral("every_hour") },
        { QStringLiteral("interval"), interval },
        { QStringLiteral("hours"), hours } };
    QJsonValue completion = nullValue();
    if (j.completionJobId) {
        QJsonArray statuses;
        for (int st : j.completionStatuses) {
            statuses.append(st);
        }
        completion = QJsonObject { { QStringLiteral("condition"),
            QJsonObject { { QStringLiteral("job_id"), j.completionJobId },
                { QStringLiteral("project_id"), j.completionProjectId },
                { QStringLiteral("statuses"), statuses } } } };
    }
    QJsonArray steps;
    for (const QString &s : j.executeSteps) {
        steps.append(s);
    }
    return { { QStringLiteral("execution"),
                 QJsonObject { { QStringLiteral("timeout_seconds"), j.timeoutSeconds } } },
        { QStringLiteral("generate_docs"), j.generateDocs },
        { QStringLiteral("run_generate_sources"), j.runGenerateSources },
        { QStringLiteral("run_compare_changes"), j.runCompareChanges },
        { QStringLiteral("compare_changes_flags"), j.compareChangesFlags },
        { QStringLiteral("run_lint"), j.runLint },
        { QStringLiteral("errors_on_lint_failure"), j.errorsOnLintFailure },
        { QStringLiteral("id"), j.id },
        { QStringLiteral("account_id"), j.accountId },
        { QStringLiteral("project_id"), j.projectId },
        { QStringLiteral("environment_id"), j.environmentId },
        { QStringLiteral("name"), j.name },
        { QStringLiteral("description"), j.description },
        { QStringLiteral("dbt_version"), str(j.dbtVersion) },
        { QStringLiteral("raw_dbt_version"), str(j.dbtVersion) },
        { QStringLiteral("created_at"), isoTimestamp(j.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(j.updatedAt) },
        { QStringLiteral("execute_steps"), steps },
        { QStringLiteral("state"), j.state },
        { QStringLiteral("deactivated"), j.deactivated },
        { QStringLiteral("run_failure_count"), 0 },
        { QStringLiteral("deferring_job_definition_id"),
            j.deferringJobId ? QJsonValue(j.deferringJobId) : nullValue() },
        { QStringLiteral("deferring_environment_id"),
            j.deferringEnvironmentId ? QJsonValue(j.deferringEnvironmentId) : nullValue() },
        { QStringLiteral("lifecycle_webhooks"), false },
        { QStringLiteral("lifecycle_webhooks_url"), nullValue() },
        { QStringLiteral("triggers"),
            QJsonObject { { QStringLiteral("github_webhook"), j.githubWebhook },
                { QStringLiteral("git_provider_webhook"), j.gitProviderWebhook },
                { QStringLiteral("custom_branch_only"), true },
                { QStringLiteral("schedule"), j.scheduleEnabled },
                { QStringLiteral("on_merge"), j.onMerge } } },
        { QStringLiteral("settings"),
            QJsonObject { { QStringLiteral("threads"), j.threads },
                { QStringLiteral("target_name"), j.targetName } } },
        { QStringLiteral("schedule"),
            QJsonObject { { QStringLiteral("cron"), j.cron },
                { QStringLiteral("date"), date },
                { QStringLiteral("time"), time } } },
        { QStringLiteral("is_deferrable"), j.deferringEnvironmentId != 0 || j.deferringJobId != 0 },
        { QStringLiteral("job_type"), j.jobType },
        { QStringLiteral("triggers_on_draft_pr"), j.triggersOnDraftPr },
        { QStringLiteral("job_completion_trigger_condition"), completion },
        { QStringLiteral("generate_sources"), j.runGenerateSources },
        { QStringLiteral("cron_humanized"), cron ? cron->humanized() : QString() },
        { QStringLiteral("next_run"), isoTimestamp(j.nextRun) },
        { QStringLiteral("next_run_humanized"),
            j.nextRun.isValid() ? QJsonValue(
                QString(QStringLiteral("in ") + humanizedDuration(now.secsTo(j.nextRun))))
                                : nullValue() } };
}

} // namespace Dbtc::Sim
