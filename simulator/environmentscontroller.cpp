// SPDX-License-Identifier: GPL-3.0-or-later
// Environments (v3, under a project): create, update and soft delete; list and get live in
// accountscontroller.cpp.
#include "simulator/adminaudit.h"
#include "simulator/listing.h"
#include "simulator/serialize.h"
#include "simulator/validation.h"
#include "simulator/world.h"

namespace Dbtc::Sim {

namespace {

const QString kEnvs =
    QStringLiteral("/api/v3/accounts/(?<account>\\d+)/projects/(?<project>\\d+)/environments");
const QString kEnv = kEnvs + QStringLiteral("/(?<env>\\d+)");

void applyEnvironmentBody(
    const World &w, Environment &e, const QJsonObject &body, bool create, FieldErrors *errors)
{
    if (errors->requireString(body, QStringLiteral("name"), create)
        && present(body, QStringLiteral("name"))) {
        e.name = body.value(QStringLiteral("name")).toString();
    }
    if (present(body, QStringLiteral("type"))) {
        const QString type = body.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("development") && type != QLatin1String("deployment")) {
            errors->add(QStringLiteral("type"),
                QStringLiteral("'%1' is not one of ['development', 'deployment'].").arg(type));
        } else {
            e.type = type;
        }
    }
    if (body.contains(QStringLiteral("deployment_type"))) {
        const QString dt = body.value(QStringLiteral("deployment_type")).toString();
        if (!dt.isEmpty() && dt != QLatin1String("production") && dt != QLatin1String("staging")) {
            errors->add(QStringLiteral("deployment_type"),
                QStringLiteral("'%1' is not one of ['production', 'staging', null].").arg(dt));
        } else {
            e.deploymentType = dt;
        }
    }
    if (e.type == QLatin1String("development") && !e.deploymentType.isEmpty()) {
        errors->add(QStringLiteral("deployment_type"),
            QStringLiteral("Only deployment environments have a deployment type."));
    }
    if (present(body, QStringLiteral("dbt_version"))) {
        const QString v = body.value(QStringLiteral("dbt_version")).toString();
        if (v.trimmed().isEmpty()) {
            errors->add(
                QStringLiteral("dbt_version"), QStringLiteral("This field may not be blank."));
        } else {
            e.dbtVersion = v;
        }
    }
    if (errors->optionalBool(body, QStringLiteral("use_custom_branch"))
        && errors->optionalString(body, QStringLiteral("custom_branch"))) {
        const bool use =
            body.value(QStringLiteral("use_custom_branch")).toBool(!e.customBranch.isEmpty());
        const QString branch = body.value(QStringLiteral("custom_branch")).toString(e.customBranch);
        if (use && branch.trimmed().isEmpty()) {
            errors->add(QStringLiteral("custom_branch"),
                QStringLiteral("A custom branch is required when use_custom_branch is true."));
        }
        e.customBranch = use ? branch : QString();
    }
    if (errors->optionalBool(body, QStringLiteral("supports_docs"))) {
        e.supportsDocs = body.value(QStringLiteral("supports_docs")).toBool(e.supportsDocs);
    }
    if (errors->optionalBool(body, QStringLiteral("enable_model_query_history"))) {
        e.enableModelQueryHistory = body.value(QStringLiteral("enable_model_query_history"))
                                        .toBool(e.enableModelQueryHistory);
    }
    if (present(body, QStringLiteral("credentials_id"))) {
        const qint64 id = body.value(QStringLiteral("credentials_id")).toInteger();
        const auto c = w.credentials.constFind(id);
        if (c == w.credentials.cend() || c->projectId != e.projectId || c->state != 1) {
            errors->add(QStringLiteral("credentials_id"),
                QStringLiteral("Credentials %1 do not exist in this project.").arg(id));
        } else {
            e.credentialsId = id;
        }
    }
    if (present(body, QStringLiteral("connection_id"))) {
        const qint64 id = body.value(QStringLiteral("connection_id")).toInteger();
        const auto c = w.connections.constFind(id);
        if (c == w.connections.cend() || c->accountId != e.accountId || c->state != 1) {
            errors->add(QStringLiteral("connection_id"),
                QStringLiteral("Connection %1 does not exist in this account.").arg(id));
        } else {
            e.connectionId = id;
        }
    }
    if (errors->optionalInt(body, QStringLiteral("state"), 1, 2)) {
        e.state = body.value(QStringLiteral("state")).toInt(e.state);
    }
    // dbt Cloud allows one development and one production environment per project.
    for (const Environment &other : w.environments) {
        if (other.projectId != e.projectId || other.id == e.id || other.state != 1
            || e.state != 1) {
            continue;
        }
        if (e.type == QLatin1String("development") && other.type == e.type) {
            errors->add(QStringLiteral("type"),
                QStringLiteral("This project already has a development environment."));
        }
        if (e.deploymentType == QLatin1String("production")
            && other.deploymentType == e.deploymentType) {
            errors->add(QStringLiteral("deployment_type"),
                QStringLiteral("This project already has a production environment (%1).")
                    .arg(other.name));
        }
    }
}

Project *activeProject(Context &ctx)
{
    auto it = ctx.world.projects.find(ctx.id(QStringLiteral("project")));
    return it != ctx.world.projects.end() && it->accountId == ctx.accountId && it->state == 1
        ? &*it
        : nullptr;
}

Environment *findEnvironment(Context &ctx)
{
    auto it = ctx.world.environments.find(ctx.id(QStringLiteral("env")));
    return activeProject(ctx) && it != ctx.world.environments.end()
            && it->projectId == ctx.id(QStringLiteral("project"))
        ? &*it
        : nullptr;
}

Response createEnvironment(Context &ctx)
{
    const Project *p = activeProject(ctx);
    if (!p) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Environment e;
    e.accountId = ctx.accountId;
    e.projectId = p->id;
    e.type = QStringLiteral("deployment"); // what the API makes when the body has no type
    e.dbtVersion = QStringLiteral("latest");
    e.createdAt = ctx.now;
    e.updatedAt = ctx.now;
    FieldErrors errors;
    applyEnvironmentBody(ctx.world, e, body, true, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    e.id = ctx.world.allocObjectId(ctx.accountId);
    ctx.world.environments.insert(e.id, e);
    audit(ctx, "environment.Added", QStringLiteral("environment"), e.id, e.name);
    return created(environmentJson(ctx.world, e, { QStringLiteral("project") }));
}

Response updateEnvironment(Context &ctx)
{
    Environment *e = findEnvironment(ctx);
    if (!e) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Environment copy = *e;
    FieldErrors errors;
    applyEnvironmentBody(ctx.world, copy, body, false, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *e = copy;
    audit(ctx, "environment.Changed", QStringLiteral("environment"), e->id, e->name);
    return Response::envelope(environmentJson(ctx.world, *e, {}));
}

Response deleteEnvironment(Context &ctx)
{
    Environment *e = findEnvironment(ctx);
    if (!e || e->state == 2) {
        return Response::notFound();
    }
    for (const Job &j : std::as_const(ctx.world.jobs)) {
        if (j.environmentId == e->id && j.state == 1) {
            FieldErrors errors;
            errors.add(QStringLiteral("id"),
                QStringLiteral("Environment %1 still has active jobs (for example %2 \"%3\"); "
                               "delete them first.")
                    .arg(e->id)
                    .arg(j.id)
                    .arg(j.name));
            return errors.response();
        }
    }
    e->state = 2; // soft delete, answered with the environment like the captured response
    e->updatedAt = ctx.now;
    audit(ctx, "environment.Removed", QStringLiteral("environment"), e->id, e->name);
    return Response::envelope(environmentJson(ctx.world, *e, {}));
}

} // namespace

void registerEnvironmentRoutes(Router &r)
{
    r.add("POST", kEnvs, createEnvironment, Area::Environments);
    r.add("POST", kEnv, updateEnvironment, Area::Environments);
    r.add("DELETE", kEnv, deleteEnvironment, Area::Environments);
}

} // namespace Dbtc::Sim
