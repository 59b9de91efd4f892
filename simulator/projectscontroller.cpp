// SPDX-License-Identifier: GPL-3.0-or-later
// Projects (v3) create, update and soft delete; list and get live in accountscontroller.cpp.
#include "simulator/adminaudit.h"
#include "simulator/lifecycle.h"
#include "simulator/listing.h"
#include "simulator/serialize.h"
#include "simulator/validation.h"
#include "simulator/world.h"

namespace Dbtc::Sim {

namespace {

const QString kProjects = QStringLiteral("/api/v3/accounts/(?<account>\\d+)/projects");
const QString kProject = kProjects + QStringLiteral("/(?<project>\\d+)");

// Checks and applies the fields dbt-cloud-cli and the Terraform provider send.
void applyProjectBody(const World &w,
    qint64 account,
    Project &p,
    const QJsonObject &body,
    bool create,
    FieldErrors *errors)
{
    if (errors->requireString(body, QStringLiteral("name"), create, 250)
        && present(body, QStringLiteral("name"))) {
        p.name = body.value(QStringLiteral("name")).toString();
    }
    if (errors->optionalString(body, QStringLiteral("description"))) {
        p.description = body.value(QStringLiteral("description")).toString(p.description);
    }
    if (errors->optionalString(body, QStringLiteral("dbt_project_subdirectory"))
        && body.contains(QStringLiteral("dbt_project_subdirectory"))) {
        p.subdirectory = body.value(QStringLiteral("dbt_project_subdirectory")).toString();
    }
    const auto ref = [&](const QString &key, qint64 &out, auto exists) {
        if (!body.contains(key)) {
            return;
        }
        const qint64 id = body.value(key).toInteger();
        if (!body.value(key).isNull() && !exists(id)) {
            errors->add(key, QStringLiteral("Object with id=%1 does not exist.").arg(id));
        } else {
            out = body.value(key).isNull() ? 0 : id;
        }
    };
    ref(QStringLiteral("connection_id"), p.connectionId, [&](qint64 id) {
        return w.connections.contains(id) && w.connections.value(id).accountId == account
            && w.connections.value(id).state == 1;
    });
    ref(QStringLiteral("repository_id"), p.repositoryId, [&](qint64 id) {
        return w.repositories.contains(id) && w.repositories.value(id).accountId == account
            && w.repositories.value(id).state == 1;
    });
    const auto isJob = [&](qint64 id) {
        return w.jobs.contains(id) && w.jobs.value(id).accountId == account;
    };
    ref(QStringLiteral("docs_job_id"), p.docsJobId, isJob);
    ref(QStringLiteral("freshness_job_id"), p.freshnessJobId, isJob);
    if (errors->optionalInt(body, QStringLiteral("type"), 0, 1)) {
        p.type = body.value(QStringLiteral("type")).toInt(p.type);
    }
    if (errors->optionalInt(body, QStringLiteral("state"), 1, 2)) {
        p.state = body.value(QStringLiteral("state")).toInt(p.state);
    }
    if (errors->optionalBool(body, QStringLiteral("skipped_setup"))) {
        p.skippedSetup = body.value(QStringLiteral("skipped_setup")).toBool(p.skippedSetup);
    }
    if (!errors->has(QStringLiteral("name"))) {
        for (const Project &other : w.projects) {
            if (other.accountId == account && other.id != p.id && other.state == 1
                && other.name.compare(p.name, Qt::CaseInsensitive) == 0) {
                errors->add(QStringLiteral("name"),
                    QStringLiteral("A project with this name already exists in the account."));
            }
        }
    }
    const auto c = w.connections.constFind(p.connectionId);
    p.connectionType = c != w.connections.cend() ? c->type() : QString();
}

Response createProject(Context &ctx)
{
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Project p;
    p.accountId = ctx.accountId;
    p.createdAt = ctx.now;
    p.updatedAt = ctx.now;
    FieldErrors errors;
    applyProjectBody(ctx.world, ctx.accountId, p, body, true, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    p.id = ctx.world.allocObjectId(ctx.accountId);
    ctx.world.projects.insert(p.id, p);
    audit(ctx, "project.Added", QStringLiteral("project"), p.id, p.name);
    return created(projectJson(ctx.world, p, {}));
}

Project *findProject(Context &ctx)
{
    auto it = ctx.world.projects.find(ctx.id(QStringLiteral("project")));
    return it != ctx.world.projects.end() && it->accountId == ctx.accountId ? &*it : nullptr;
}

Response updateProject(Context &ctx)
{
    Project *p = findProject(ctx);
    if (!p) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Project copy = *p;
    FieldErrors errors;
    applyProjectBody(ctx.world, ctx.accountId, copy, body, false, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *p = copy;
    audit(ctx, "project.Changed", QStringLiteral("project"), p->id, p->name);
    return Response::envelope(projectJson(ctx.world, *p, {}));
}

Response deleteProject(Context &ctx)
{
    Project *p = findProject(ctx);
    if (!p || p->state == 2) {
        return Response::notFound();
    }
    // Soft delete (state 2) answered with the project, as the dbt-cloud-cli capture shows; its
    // jobs go with it so that no schedule fires into a deleted project.
    p->state = 2;
    p->updatedAt = ctx.now;
    for (Job &j : ctx.world.jobs) {
        if (j.projectId == p->id && j.state == 1) {
            j.state = 2;
            j.updatedAt = ctx.now;
            ctx.life.scheduleNext(j, ctx.now);
        }
    }
    audit(ctx, "project.Removed", QStringLiteral("project"), p->id, p->name);
    return Response::envelope(projectJson(ctx.world, *p, {}));
}

} // namespace

void registerProjectRoutes(Router &r)
{
    r.add("POST", kProjects, createProject, Area::Projects);
    r.add("POST", kProject, updateProject, Area::Projects);
    r.add("DELETE", kProject, deleteProject, Area::Projects);
}

} // namespace Dbtc::Sim
