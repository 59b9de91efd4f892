// SPDX-License-Identifier: GPL-3.0-or-later
// Run artifacts (v2): the list, raw files per step (?step=N), and a job's latest artifact.
#include "simulator/artifacts.h"
#include "simulator/router.h"
#include "simulator/world.h"

#include <QJsonArray>

namespace Dbtc::Sim {

namespace {

const QString kRun = QStringLiteral("/api/v2/accounts/(?<account>\\d+)/runs/(?<run>\\d+)");

Response raw(World &world, Run &run, const Request &req, const QString &path)
{
    bool ok = true;
    const int step = req.value(QStringLiteral("step")).value_or(QStringLiteral("0")).toInt(&ok);
    if (!ok || step < 0) {
        return badRequest(QStringLiteral("step must be a positive integer."));
    }
    Response r;
    const auto body = artifactContent(world, run, path, step, &r.contentType);
    if (!body) {
        return Response::notFound(); // includes "run not finished yet", as the service does
    }
    r.body = *body;
    return r;
}

Response listArtifacts(Context &ctx)
{
    Run *run = ctx.world.run(ctx.accountId, ctx.id(QStringLiteral("run")));
    if (!run) {
        return Response::notFound();
    }
    const QStringList paths = artifactPaths(ctx.world, *run);
    // The service answers data: null (not []) when a run saved nothing.
    return Response::envelope(paths.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(QJsonArray::fromStringList(paths)));
}

Response getArtifact(Context &ctx)
{
    Run *run = ctx.world.run(ctx.accountId, ctx.id(QStringLiteral("run")));
    return run ? raw(ctx.world, *run, ctx.request, ctx.match.captured(QStringLiteral("path")))
               : Response::notFound();
}

Response jobArtifact(Context &ctx)
{
    const qint64 jobId = ctx.id(QStringLiteral("job"));
    if (!ctx.world.job(ctx.accountId, jobId)) {
        return Response::notFound();
    }
    for (auto it = ctx.world.runs.end(); it != ctx.world.runs.begin();) {
        --it;
        if (it->jobId == jobId && runHasArtifacts(*it)) {
            return raw(ctx.world, *it, ctx.request, ctx.match.captured(QStringLiteral("path")));
        }
    }
    return Response::notFound();
}

} // namespace

void registerArtifactRoutes(Router &r)
{
    r.add("GET", kRun + QStringLiteral("/artifacts"), listArtifacts, Area::Runs);
    r.add("GET", kRun + QStringLiteral("/artifacts/(?<path>.+?)"), getArtifact, Area::Runs);
    r.add("GET",
        QStringLiteral(
            "/api/v2/accounts/(?<account>\\d+)/jobs/(?<job>\\d+)/artifacts/(?<path>.+?)"),
        jobArtifact,
        Area::Runs);
}

} // namespace Dbtc::Sim
