// SPDX-License-Identifier: GPL-3.0-or-later
// Runs (v2): list with filters, get with include_related, cancel, retry (+ details), steps.
#include "simulator/dbtlogs.h"
#include "simulator/lifecycle.h"
#include "simulator/router.h"
#include "simulator/serialize.h"
#include "simulator/world.h"

#include <QJsonArray>

#include <algorithm>

namespace Dbtc::Sim {

namespace {

const QString kRuns = QStringLiteral("/api/v2/accounts/(?<account>\\d+)/runs");
const QString kRun = kRuns + QStringLiteral("/(?<run>\\d+)");

bool boolParam(const Request &req, const QString &key, bool *value)
{
    const auto v = req.value(key);
    if (v) {
        *value =
            *v == QLatin1String("true") || *v == QLatin1String("1") || *v == QLatin1String("True");
    }
    return v.has_value();
}

Response listRuns(Context &ctx)
{
    const Request &req = ctx.request;
    Response error;
    const auto p = pageParams(req, &error);
    QList<qint64> jobs, projects, envs, statuses, pks;
    if (!p || !intList(req, QStringLiteral("job_definition_id"), &jobs, &error)
        || !intList(req, QStringLiteral("job_definition_id__in"), &jobs, &error)
        || !intList(req, QStringLiteral("project_id"), &projects, &error)
        || !intList(req, QStringLiteral("project_id__in"), &projects, &error)
        || !intList(req, QStringLiteral("environment_id"), &envs, &error)
        || !intList(req, QStringLiteral("status"), &statuses, &error)
        || !intList(req, QStringLiteral("status__in"), &statuses, &error)
        || !intList(req, QStringLiteral("pk"), &pks, &error)
        || !intList(req, QStringLiteral("pk__in"), &pks, &error)) {
        return error;
    }
    for (qint64 s : std::as_const(statuses)) {
        if (s != 1 && s != 2 && s != 3 && s != 10 && s != 20 && s != 30) {
            return badRequest(
                QStringLiteral("Select a valid choice. %1 is not one of the available choices.")
                    .arg(s));
        }
    }
    const qint64 idGt =
        req.value(QStringLiteral("id__gt")).value_or(QStringLiteral("0")).toLongLong();
    const QString order = req.value(QStringLiteral("order_by")).value_or(QStringLiteral("id"));
    const bool desc = order.startsWith(QLatin1Char('-'));
    const QString field = desc ? order.mid(1) : order;
    if (field != QLatin1String("id") && field != QLatin1String("created_at")
        && field != QLatin1String("finished_at")) {
        return badRequest(
            QStringLiteral("Invalid order_by field: %1. Use id, created_at or finished_at.")
                .arg(field));
    }
    bool docs = false;
    const bool docsSet = boolParam(req, QStringLiteral("has_docs_generated"), &docs);
    const auto dbtVersion = req.value(QStringLiteral("dbt_version"));
    QList<Run *> items;
    for (Run &r : ctx.world.runs) {
        if (r.accountId != ctx.accountId || r.id <= idGt
            || (!jobs.isEmpty() && !jobs.contains(r.jobId))
            || (!projects.isEmpty() && !projects.contains(r.projectId))
            || (!envs.isEmpty() && !envs.contains(r.environmentId))
            || (!statuses.isEmpty() && !statuses.contains(int(r.status)))
            || (!pks.isEmpty() && !pks.contains(r.id)) || (docsSet && r.hasDocsGenerated != docs)
            || (dbtVersion && r.dbtVersion != *dbtVersion)) {
            continue;
        }
        items.append(&r);
    }
    if (field == QLatin1String("finished_at")) {
        std::stable_sort(items.begin(), items.end(), [](const Run *a, const Run *b) {
            // NULLs (unfinished) sort last ascending, like Postgres.
            if (a->finishedAt.isValid() != b->finishedAt.isValid()) {
                return a->finishedAt.isValid();
            }
            return a->finishedAt < b->finishedAt;
        });
    } else if (field == QLatin1String("created_at")) {
        std::stable_sort(items.begin(), items.end(), [](const Run *a, const Run *b) {
            return a->createdAt < b->createdAt;
        });
    }
    if (desc) {
        std::reverse(items.begin(), items.end());
    }
    QJsonObject filters = baseFilters(
        *p, ctx.accountId, req.value(QStringLiteral("state")).value_or(QStringLiteral("all")));
    const auto echo = [&](const QString &key, const QList<qint64> &values, bool list) {
        if (values.isEmpty()) {
            return;
        }
        QJsonArray arr;
        for (qint64 v : values) {
            arr.append(v);
        }
        filters.insert(key, list ? QJsonValue(arr) : QJsonValue(values.first()));
    };
    echo(QStringLiteral("job_definition_id"), jobs, jobs.size() > 1);
    echo(QStringLiteral("project_id"), projects, projects.size() > 1);
    echo(QStringLiteral("environment_id"), envs, false);
    echo(QStringLiteral("status__in"), statuses, true);
    if (idGt) {
        filters.insert(QStringLiteral("id__gt"), idGt);
    }
    const QStringList related = req.includeRelated();
    QJsonArray data;
    for (qsizetype i = p->offset; i < items.size() && i < qsizetype(p->offset) + p->limit; ++i) {
        data.append(runJson(ctx.world, ctx.life, *items.at(i), ctx.now, related));
    }
    return Response::list(data, filters, order, int(items.size()));
}

Response getRun(Context &ctx)
{
    Run *run = ctx.world.run(ctx.accountId, ctx.id(QStringLiteral("run")));
    return run ? Response::envelope(
               runJson(ctx.world, ctx.life, *run, ctx.now, ctx.request.includeRelated()))
               : Response::notFound();
}

Response cancelRun(Context &ctx)
{
    Run *run = ctx.world.run(ctx.accountId, ctx.id(QStringLiteral("run")));
    if (!run) {
        return Response::notFound();
    }
    ctx.life.cancel(*run, ctx.now); // a finished run comes back unchanged
    return Response::envelope(runJson(ctx.world, ctx.life, *run, ctx.now, {}));
}

Response retryRun(Context &ctx)
{
    Run *run = ctx.world.run(ctx.accountId, ctx.id(QStringLiteral("run")));
    if (!run) {
        return Response::notFound();
    }
    if (const QString why = ctx.life.retryRefusal(*run); !why.isEmpty()) {
        Response r = badRequest(QStringLiteral("This run cannot be retried (%1).").arg(why));
        return r;
    }
    Run &retried = ctx.life.retry(*run, ctx.now);
    return Response::envelope(runJson(ctx.world, ctx.life, retried, ctx.now, {}));
}

Response retryDetails(Context &ctx)
{
    Run *run = ctx.world.run(ctx.accountId, ctx.id(QStringLiteral("run")));
    if (!run) {
        return Response::notFound();
    }
    if (run->status != RunStatus::Error) {
        return badRequest(QStringLiteral("This run cannot be retried (RETRY_NOT_FAILED_RUN)."));
    }
    ctx.world.ensureSteps(*run);
    const QStringList commands = runCommands(*run, ctx.world.jobs.value(run->jobId));
    const Project *p = ctx.world.project(run->projectId);
    const QString type = p ? p->connectionType : QString();
    QJsonArray skipped;
    for (qsizetype i = run->plan.failStep; i < commands.size(); ++i) {
        skipped.append(stepName(commands.at(i), type));
    }
    const QString failed =
        run->plan.failStep > 0 ? stepName(commands.value(run->plan.failStep - 1), type) : QString();
    return Response::envelope(QJsonObject {
        { QStringLiteral("failed_step"), failed }, { QStringLiteral("skipped_steps"), skipped } });
}

Response getStep(Context &ctx)
{
    const auto [run, step] = ctx.world.findStep(ctx.accountId, ctx.id(QStringLiteral("step")));
    if (!run || !step || step->startedAt > ctx.now) {
        return Response::notFound();
    }
    const QStringList related = ctx.request.includeRelated();
    QJsonObject obj =
        stepJson(*run, *step, ctx.now, related.contains(QStringLiteral("debug_logs")));
    if (related.contains(QStringLiteral("trigger"))) {
        obj.insert(QStringLiteral("trigger"), triggerJson(run->trigger, run->jobId));
    }
    if (related.contains(QStringLiteral("job"))) {
        obj.insert(QStringLiteral("job"), jobJson(ctx.world.jobs.value(run->jobId), ctx.now));
    }
    return Response::envelope(obj);
}

} // namespace

void registerRunRoutes(Router &r)
{
    r.add("GET", kRuns, listRuns, Area::Runs);
    r.add("GET", kRun, getRun, Area::Runs);
    r.add("POST", kRun + QStringLiteral("/cancel"), cancelRun, Area::Runs);
    r.add("POST", kRun + QStringLiteral("/retry"), retryRun, Area::Runs);
    r.add("GET", kRun + QStringLiteral("/retry"), retryDetails, Area::Runs);
    r.add("GET",
        QStringLiteral("/api/v2/accounts/(?<account>\\d+)/steps/(?<step>\\d+)"),
        getStep,
        Area::Runs);
}

} // namespace Dbtc::Sim
