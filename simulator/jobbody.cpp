// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/jobbody.h"

#include "simulator/cron.h"

#include <QJsonArray>

namespace Dbtc::Sim {

namespace {

const QStringList kJobTypes { QStringLiteral("ci"),
    QStringLiteral("scheduled"),
    QStringLiteral("other"),
    QStringLiteral("merge"),
    QStringLiteral("exposure_sync"),
    QStringLiteral("adaptive"),
    QStringLiteral("hybrid") };

bool isDbtCommand(const QString &step)
{
    const QString s = step.trimmed();
    return s == QLatin1String("dbt") || s.startsWith(QLatin1String("dbt "));
}

// True when following job-completion triggers from `start` comes back to `target`.
bool completionLeadsTo(const World &w, const Job &edited, qint64 start, qint64 target)
{
    qint64 at = start;
    for (int hops = 0; at && hops < 1000; ++hops) {
        if (at == target) {
            return true;
        }
        const Job &next = at == edited.id ? edited : w.jobs.value(at);
        at = next.completionJobId;
    }
    return false;
}

void applyCompletion(
    const World &w, qint64 accountId, Job &job, const QJsonValue &v, FieldErrors *errors)
{
    const QString field = QStringLiteral("job_completion_trigger_condition");
    if (v.isNull() || v.isUndefined()) {
        job.completionJobId = 0;
        job.completionStatuses.clear();
        return;
    }
    const QJsonObject cond = v.toObject().value(QStringLiteral("condition")).toObject();
    const qint64 other = cond.value(QStringLiteral("job_id")).toInteger();
    const auto it = w.jobs.constFind(other);
    if (it == w.jobs.cend() || it->accountId != accountId || it->state != 1) {
        errors->add(field + QStringLiteral(".condition.job_id"),
            QStringLiteral("Job %1 does not exist in this account.").arg(other));
        return;
    }
    QList<int> statuses;
    const QJsonArray arr = cond.value(QStringLiteral("statuses")).toArray();
    for (const QJsonValue &s : arr) {
        const int st = s.toInt();
        if (st != 10 && st != 20 && st != 30) {
            errors->add(field + QStringLiteral(".condition.statuses"),
                QStringLiteral("'%1' is not one of [10, 20, 30].").arg(s.toVariant().toString()));
            return;
        }
        statuses.append(st);
    }
    if (statuses.isEmpty()) {
        errors->add(field + QStringLiteral(".condition.statuses"),
            QStringLiteral("At least one status is required."));
        return;
    }
    if (other == job.id || (job.id && completionLeadsTo(w, job, other, job.id))) {
        errors->add(field,
            QStringLiteral("This trigger would make a cycle: job %1 already runs after this job.")
                .arg(other));
        return;
    }
    job.completionJobId = other;
    job.completionProjectId = it->projectId;
    job.completionStatuses = statuses;
}

} // namespace

void applyJobBody(const World &world,
    qint64 accountId,
    Job &job,
    const QJsonObject &body,
    bool create,
    FieldErrors *errors)
{
    const auto key = [](const char *k) {
        return QString::fromLatin1(k);
    };
    if (create && present(body, key("id"))) {
        errors->add(key("id"), QStringLiteral("Must be null when creating a job."));
    }
    for (const char *k : { "project_id", "environment_id" }) {
        if (create && !present(body, key(k))) {
            errors->add(key(k), QStringLiteral("This field is required."));
        } else if (errors->optionalInt(body, key(k), 1, Q_INT64_C(0x7fffffffffffffff))
            && present(body, key(k))) {
            (k[0] == 'p' ? job.projectId : job.environmentId) = body.value(key(k)).toInteger();
        }
    }
    if (!errors->has(key("project_id")) && !errors->has(key("environment_id"))) {
        const Project *p = world.project(job.projectId);
        const Environment *e = world.environment(job.environmentId);
        if (!p || p->accountId != accountId || p->state != 1) {
            errors->add(
                key("project_id"), QStringLiteral("Project %1 does not exist.").arg(job.projectId));
        } else if (!e || e->projectId != job.projectId || e->state != 1) {
            errors->add(key("environment_id"),
                QStringLiteral("Environment %1 does not belong to project %2.")
                    .arg(job.environmentId)
                    .arg(job.projectId));
        } else if (e->type != QLatin1String("deployment")) {
            errors->add(key("environment_id"),
                QStringLiteral("Jobs can only run in a deployment environment."));
        }
    }
    if (errors->requireString(body, key("name"), create)) {
        if (present(body, key("name"))) {
            job.name = body.value(key("name")).toString();
        }
    }
    if (create && !present(body, key("execute_steps"))) {
        errors->add(key("execute_steps"), QStringLiteral("This field is required."));
    } else if (present(body, key("execute_steps"))) {
        const QJsonValue v = body.value(key("execute_steps"));
        QStringList steps;
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &s : arr) {
            steps << s.toString();
        }
        if (!v.isArray() || steps.isEmpty()) {
            errors->add(key("execute_steps"), QStringLiteral("At least one step is required."));
        } else {
            for (int i = 0; i < steps.size(); ++i) {
                if (!arr.at(i).isString() || !isDbtCommand(steps.at(i))) {
                    errors->add(key("execute_steps"),
                        QStringLiteral("Step %1 must be a dbt command (\"dbt ...\").").arg(i + 1));
                    break;
                }
            }
            job.executeSteps = steps;
        }
    }
    if (errors->optionalString(body, key("description"))) {
        job.description = body.value(key("description")).toString(job.description);
    }
    if (errors->optionalString(body, key("dbt_version"))) {
        job.dbtVersion = present(body, key("dbt_version"))
            ? body.value(key("dbt_version")).toString()
            : (body.contains(key("dbt_version")) ? QString() : job.dbtVersion);
    }
    const auto flag = [&](const QJsonObject &o, const QString &path, const char *k, bool &out) {
        if (present(o, key(k)) && !o.value(key(k)).isBool()) {
            errors->add(path + key(k), QStringLiteral("Must be a valid boolean."));
        } else {
            out = o.value(key(k)).toBool(out);
        }
    };
    flag(body, {}, "generate_docs", job.generateDocs);
    flag(body, {}, "run_generate_sources", job.runGenerateSources);
    flag(body, {}, "run_compare_changes", job.runCompareChanges);
    flag(body, {}, "run_lint", job.runLint);
    flag(body, {}, "errors_on_lint_failure", job.errorsOnLintFailure);
    flag(body, {}, "triggers_on_draft_pr", job.triggersOnDraftPr);
    // "Deactivate" in dbt Cloud's job settings: kept, but not scheduled or triggered by git.
    flag(body, {}, "deactivated", job.deactivated);
    if (errors->optionalString(body, key("compare_changes_flags"))) {
        job.compareChangesFlags =
            body.value(key("compare_changes_flags")).toString(job.compareChangesFlags);
    }
    if (present(body, key("state"))) {
        const int state = body.value(key("state")).toInt(-1);
        if (state != 1 && state != 2) {
            errors->add(key("state"),
                QStringLiteral("'%1' is not one of [1, 2].")
                    .arg(body.value(key("state")).toVariant().toString()));
        } else {
            job.state = state;
        }
    }
    if (present(body, key("job_type"))) {
        const QString type = body.value(key("job_type")).toString();
        if (!kJobTypes.contains(type)) {
            errors->add(key("job_type"),
                QStringLiteral("'%1' is not one of [%2].")
                    .arg(type, kJobTypes.join(QStringLiteral(", "))));
        } else {
            job.jobType = type;
        }
    }
    const QJsonObject settings = body.value(key("settings")).toObject();
    if (errors->optionalInt(settings, key("threads"), 1, 64, QStringLiteral("settings."))) {
        job.threads = settings.value(key("threads")).toInt(job.threads);
    }
    job.targetName = settings.value(key("target_name")).toString(job.targetName);
    const QJsonObject execution = body.value(key("execution")).toObject();
    if (errors->optionalInt(
            execution, key("timeout_seconds"), 0, 86400, QStringLiteral("execution."))) {
        job.timeoutSeconds = execution.value(key("timeout_seconds")).toInt(job.timeoutSeconds);
    }
    const QJsonObject triggers = body.value(key("triggers")).toObject();
    const QString t = QStringLiteral("triggers.");
    flag(triggers, t, "schedule", job.scheduleEnabled);
    flag(triggers, t, "github_webhook", job.githubWebhook);
    flag(triggers, t, "git_provider_webhook", job.gitProviderWebhook);
    flag(triggers, t, "on_merge", job.onMerge);
    const QString cron =
        body.value(key("schedule")).toObject().value(key("cron")).toString(job.cron);
    if (!cron.isEmpty() && !Cron::parse(cron)) {
        errors->add(QStringLiteral("schedule.cron"),
            QStringLiteral("'%1' is not a valid cron expression.").arg(cron));
    } else if (cron.isEmpty() && job.scheduleEnabled) {
        errors->add(QStringLiteral("schedule.cron"),
            QStringLiteral("A cron schedule is required when the schedule trigger is on."));
    }
    job.cron = cron.isEmpty() ? QStringLiteral("0 * * * *") : cron;
    for (const char *k : { "deferring_environment_id", "deferring_job_definition_id" }) {
        if (!body.contains(key(k))) {
            continue;
        }
        const qint64 id = body.value(key(k)).toInteger();
        const bool env = k[10] == 'e';
        const bool exists = id == 0
            || (env ? world.environment(id) && world.environment(id)->accountId == accountId
                    : world.jobs.contains(id) && world.jobs.value(id).accountId == accountId);
        if (!exists) {
            errors->add(key(k), QStringLiteral("Object %1 does not exist.").arg(id));
        } else {
            (env ? job.deferringEnvironmentId : job.deferringJobId) = id;
        }
    }
    if (body.contains(key("job_completion_trigger_condition"))) {
        applyCompletion(
            world, accountId, job, body.value(key("job_completion_trigger_condition")), errors);
    }
}

} // namespace Dbtc::Sim
