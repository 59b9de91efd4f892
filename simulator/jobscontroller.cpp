// SPDX-License-Identifier: GPL-3.0-or-later
// Jobs (v2): list with filters, get, create, update, soft delete, trigger and rerun.
#include "simulator/adminaudit.h"
#include "simulator/envelope.h"
#include "simulator/jobbody.h"
#include "simulator/lifecycle.h"
#include "simulator/router.h"
#include "simulator/serialize.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Dbtc::Sim {

namespace {

// v3 too: newer dbt-cloud-cli versions build every command, job create included, on /api/v3.
const QString kJobs = QStringLiteral("/api/v[23]/accounts/(?<account>\\d+)/jobs");
const QString kJob = kJobs + QStringLiteral("/(?<job>\\d+)");

QJsonObject jobWithRelated(Context &ctx, Job &job, const QStringList &related)
{
    QJsonObject obj = jobJson(job, ctx.now);
    if (related.contains(QStringLiteral("environment"))) {
        const Environment *e = ctx.world.environment(job.environmentId);
        obj.insert(QStringLiteral("environment"),
            e ? QJsonValue(environmentJson(ctx.world, *e, {})) : QJsonValue());
    }
    const bool recent = related.contains(QStringLiteral("most_recent_run"));
    const bool completed = related.contains(QStringLiteral("most_recent_completed_run"));
    if (recent || completed) {
        Run *latest = nullptr;
        Run *latestDone = nullptr;
        for (auto it = ctx.world.runs.end();
             it != ctx.world.runs.begin() && !(latest && latestDone);) {
            --it;
            if (it->jobId == job.id) {
                latest = latest ? latest : &*it;
                latestDone = latestDone || !isTerminal(it->status) ? latestDone : &*it;
            }
        }
        const auto toJson = [&](Run *r) {
            return r ? QJsonValue(runJson(ctx.world, ctx.life, *r, ctx.now, {})) : QJsonValue();
        };
        if (recent) {
            obj.insert(QStringLiteral("most_recent_run"), toJson(latest));
        }
        if (completed) {
            obj.insert(QStringLiteral("most_recent_completed_run"), toJson(latestDone));
        }
    }
    return obj;
}

Response listJobs(Context &ctx)
{
    const Request &req = ctx.request;
    Response error;
    const auto p = pageParams(req, &error);
    QList<qint64> projects;
    QList<qint64> envs;
    QList<qint64> pks;
    if (!p || !intList(req, QStringLiteral("project_id"), &projects, &error)
        || !intList(req, QStringLiteral("project_id__in"), &projects, &error)
        || !intList(req, QStringLiteral("environment_id"), &envs, &error)
        || !intList(req, QStringLiteral("pk"), &pks, &error)) {
        return error;
    }
    const QString state = req.value(QStringLiteral("state")).value_or(QStringLiteral("active"));
    const QString needle = req.value(QStringLiteral("name__icontains")).value_or(QString());
    const auto schedule = req.value(QStringLiteral("triggers_schedule"));
    QList<Job *> items;
    for (Job &j : ctx.world.jobs) {
        const bool stateOk = state == QLatin1String("all")
            || (j.state == 1) == (state == QLatin1String("active") || state == QLatin1String("1"));
        if (j.accountId != ctx.accountId || !stateOk
            || (!projects.isEmpty() && !projects.contains(j.projectId))
            || (!envs.isEmpty() && !envs.contains(j.environmentId))
            || (!pks.isEmpty() && !pks.contains(j.id))
            || !j.name.contains(needle, Qt::CaseInsensitive)
            || (schedule
                && j.scheduleEnabled
                    != (*schedule == QLatin1String("true") || *schedule == QLatin1String("1")))) {
            continue;
        }
        items.append(&j);
    }
    const QString order = req.value(QStringLiteral("order_by")).value_or(QStringLiteral("id"));
    const QString field = order.startsWith(QLatin1Char('-')) ? order.mid(1) : order;
    if (field != QLatin1String("id") && field != QLatin1String("name")
        && field != QLatin1String("created_at")) {
        return badRequest(QStringLiteral("Invalid order_by field: %1").arg(field));
    }
    std::stable_sort(items.begin(), items.end(), [&](const Job *a, const Job *b) {
        const bool less = field == QLatin1String("name") ? a->name < b->name : a->id < b->id;
        return order.startsWith(QLatin1Char('-')) ? !less && a->id != b->id : less;
    });
    QJsonObject filters = baseFilters(*p, ctx.accountId, state);
    if (!projects.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : std::as_const(projects)) {
            ids.append(id);
        }
        filters.insert(QStringLiteral("project_id__in"), ids);
    }
    if (!envs.isEmpty()) {
        filters.insert(QStringLiteral("environment_id"), envs.first());
    }
    const QStringList related = req.includeRelated();
    QJsonArray data;
    for (qsizetype i = p->offset; i < items.size() && i < qsizetype(p->offset) + p->limit; ++i) {
        data.append(jobWithRelated(ctx, *items.at(i), related));
    }
    return Response::list(data, filters, order, int(items.size()));
}

Response getJob(Context &ctx)
{
    Job *job = ctx.world.job(ctx.accountId, ctx.id(QStringLiteral("job")));
    return job ? Response::envelope(jobWithRelated(ctx, *job, ctx.request.includeRelated()))
               : Response::notFound();
}

Response createJob(Context &ctx)
{
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Job job;
    job.accountId = ctx.accountId;
    job.createdAt = ctx.now;
    job.updatedAt = ctx.now;
    job.failureRate = 5;
    FieldErrors errors;
    applyJobBody(ctx.world, ctx.accountId, job, body, true, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    job.id = ctx.world.allocObjectId(ctx.accountId);
    ctx.life.scheduleNext(job, ctx.now);
    ctx.world.jobs.insert(job.id, job);
    audit(ctx, "job_definition.Added", QStringLiteral("job_definition"), job.id, job.name);
    return Response::json(successEnvelope(jobJson(job, ctx.now), 201), 201);
}

Response updateJob(Context &ctx)
{
    Job *job = ctx.world.job(ctx.accountId, ctx.id(QStringLiteral("job")));
    if (!job) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Job copy = *job;
    FieldErrors errors;
    applyJobBody(ctx.world, ctx.accountId, copy, body, false, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    ctx.life.scheduleNext(copy, ctx.now);
    *job = copy;
    audit(ctx, "job_definition.Changed", QStringLiteral("job_definition"), job->id, job->name);
    return Response::envelope(jobJson(*job, ctx.now));
}

Response deleteJob(Context &ctx)
{
    Job *job = ctx.world.job(ctx.accountId, ctx.id(QStringLiteral("job")));
    if (!job || job->state == 2) {
        return Response::notFound();
    }
    // Soft delete with the job in the body, as a real capture shows (not the spec's 204).
    job->state = 2;
    job->updatedAt = ctx.now;
    ctx.life.scheduleNext(*job, ctx.now);
    audit(ctx, "job_definition.Removed", QStringLiteral("job_definition"), job->id, job->name);
    return Response::envelope(jobJson(*job, ctx.now));
}

Response triggerRun(Context &ctx)
{
    Job *job = ctx.world.job(ctx.accountId, ctx.id(QStringLiteral("job")));
    if (!job || job->state != 1) {
        return Response::notFound();
    }
    QJsonObject b;
    Response error;
    if (!parseBody(ctx.request, &b, &error)) {
        return error;
    }
    Trigger t;
    t.cause = b.value(QStringLiteral("cause")).toString();
    if (t.cause.trimmed().isEmpty()) {
        return badRequest(QStringLiteral("cause: This field is required."));
    }
    if (t.cause.size() > 255) {
        return badRequest(
            QStringLiteral("cause: Ensure this field has no more than 255 characters."));
    }
    t.causeCategory = QStringLiteral("api");
    const auto str = [&](const char *k) -> std::optional<QString> {
        const QJsonValue v = b.value(QLatin1String(k));
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    const auto num = [&](const char *k) -> std::optional<int> {
        const QJsonValue v = b.value(QLatin1String(k));
        return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    t.gitBranch = str("git_branch");
    t.gitSha = str("git_sha");
    t.schemaOverride = str("schema_override");
    t.dbtVersionOverride = str("dbt_version_override");
    t.targetNameOverride = str("target_name_override");
    t.threadsOverride = num("threads_override");
    t.timeoutSecondsOverride = num("timeout_seconds_override");
    if (const auto pr = num("github_pull_request_id")) {
        t.githubPullRequestId = *pr;
        t.causeCategory = QStringLiteral("ci");
    }
    if (b.value(QStringLiteral("generate_docs_override")).isBool()) {
        t.generateDocsOverride = b.value(QStringLiteral("generate_docs_override")).toBool();
    }
    if (b.value(QStringLiteral("steps_override")).isArray()) {
        QStringList steps;
        const QJsonArray arr = b.value(QStringLiteral("steps_override")).toArray();
        for (const QJsonValue &s : arr) {
            steps << s.toString();
        }
        if (steps.isEmpty()) {
            return badRequest(QStringLiteral("steps_override: at least one step is required."));
        }
        t.stepsOverride = steps;
    }
    Run &run = ctx.life.createRun(*job, t, ctx.now);
    return Response::envelope(runJson(ctx.world, ctx.life, run, ctx.now, {}));
}

Response rerunJob(Context &ctx)
{
    Job *job = ctx.world.job(ctx.accountId, ctx.id(QStringLiteral("job")));
    if (!job || job->state != 1) {
        return Response::notFound();
    }
    const Run *latest = ctx.world.latestRunOf(job->id);
    if (latest && ctx.life.retryRefusal(*latest).isEmpty()) {
        Run &run = ctx.life.retry(ctx.world.runs[latest->id], ctx.now);
        return Response::envelope(runJson(ctx.world, ctx.life, run, ctx.now, {}));
    }
    Trigger t;
    t.cause = QStringLiteral("Rerun of job %1").arg(job->id);
    t.causeCategory = QStringLiteral("rerun");
    Run &run = ctx.life.createRun(*job, t, ctx.now);
    return Response::envelope(runJson(ctx.world, ctx.life, run, ctx.now, {}));
}

} // namespace

void registerJobRoutes(Router &r)
{
    r.add("GET", kJobs, listJobs, Area::Jobs);
    r.add("POST", kJobs, createJob, Area::Jobs);
    r.add("GET", kJob, getJob, Area::Jobs);
    r.add("POST", kJob, updateJob, Area::Jobs);
    r.add("DELETE", kJob, deleteJob, Area::Jobs);
    // Triggering is a run write: Job Runner may do it without editing jobs.
    r.add("POST", kJob + QStringLiteral("/run"), triggerRun, Area::Runs);
    r.add("POST", kJob + QStringLiteral("/rerun"), rerunJob, Area::Runs);
}

} // namespace Dbtc::Sim
