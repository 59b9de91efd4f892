// SPDX-License-Identifier: GPL-3.0-or-later
// Deployment credentials (v3, under a project): list, get, create, update (POST or PATCH) and
// soft delete. Passwords and keys are accepted and never stored or shown.
#include "simulator/adminaudit.h"
#include "simulator/listing.h"
#include "simulator/serialize_admin.h"
#include "simulator/validation.h"
#include "simulator/world.h"

namespace Dbtc::Sim {

namespace {

const QString kCreds =
    QStringLiteral("/api/v3/accounts/(?<account>\\d+)/projects/(?<project>\\d+)/credentials");
const QString kCred = kCreds + QStringLiteral("/(?<id>\\d+)");

const QStringList kTypes { QStringLiteral("snowflake"),
    QStringLiteral("bigquery"),
    QStringLiteral("postgres"),
    QStringLiteral("redshift"),
    QStringLiteral("databricks"),
    QStringLiteral("adapter") };

// Keys that are part of the object itself rather than adapter fields.
const QStringList kOwnKeys { QStringLiteral("id"),
    QStringLiteral("account_id"),
    QStringLiteral("project_id"),
    QStringLiteral("type"),
    QStringLiteral("state"),
    QStringLiteral("threads"),
    QStringLiteral("schema"),
    QStringLiteral("dataset"),
    QStringLiteral("created_at"),
    QStringLiteral("updated_at") };

const QStringList kSecrets { QStringLiteral("password"),
    QStringLiteral("private_key"),
    QStringLiteral("private_key_passphrase"),
    QStringLiteral("token"),
    QStringLiteral("keyfile_json") };

const Project *activeProject(Context &ctx)
{
    const Project *p = ctx.world.project(ctx.id(QStringLiteral("project")));
    return p && p->accountId == ctx.accountId && p->state == 1 ? p : nullptr;
}

Credentials *findCreds(Context &ctx)
{
    auto it = ctx.world.credentials.find(ctx.id(QStringLiteral("id")));
    return activeProject(ctx) && it != ctx.world.credentials.end()
            && it->projectId == ctx.id(QStringLiteral("project"))
        ? &*it
        : nullptr;
}

void applyCredsBody(Credentials &c, const QJsonObject &body, bool create, FieldErrors *errors)
{
    if (create || present(body, QStringLiteral("type"))) {
        const QString type = body.value(QStringLiteral("type")).toString();
        if (type.isEmpty()) {
            errors->add(QStringLiteral("type"), QStringLiteral("This field is required."));
        } else if (!kTypes.contains(type)) {
            errors->add(
                QStringLiteral("type"), QStringLiteral("'%1' is not a valid choice.").arg(type));
        } else if (!create && type != c.type) {
            errors->add(
                QStringLiteral("type"), QStringLiteral("The type of credentials cannot change."));
        } else {
            c.type = type;
        }
    }
    // BigQuery credentials name their schema "dataset".
    const QString schemaKey = present(body, QStringLiteral("dataset")) ? QStringLiteral("dataset")
                                                                       : QStringLiteral("schema");
    if (errors->requireString(body, schemaKey, create && !present(body, QStringLiteral("dataset")))
        && present(body, schemaKey)) {
        c.schema = body.value(schemaKey).toString();
    }
    if (errors->optionalInt(body, QStringLiteral("threads"), 1, 64)) {
        c.threads = body.value(QStringLiteral("threads")).toInt(c.threads);
    }
    if (errors->optionalInt(body, QStringLiteral("state"), 1, 2)) {
        c.state = body.value(QStringLiteral("state")).toInt(c.state);
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!kOwnKeys.contains(it.key()) && !kSecrets.contains(it.key())) {
            c.fields.insert(it.key(), it.value());
        }
    }
}

Response listCreds(Context &ctx)
{
    const Project *p = activeProject(ctx);
    if (!p) {
        return Response::notFound();
    }
    QList<QJsonObject> items;
    for (const Credentials &c : std::as_const(ctx.world.credentials)) {
        if (c.projectId == p->id && stateWanted(ctx.request, c.state)) {
            items << credentialsJson(c);
        }
    }
    return pagedList(ctx, items, { { QStringLiteral("project_id"), p->id } });
}

Response createCreds(Context &ctx)
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
    Credentials c;
    c.accountId = ctx.accountId;
    c.projectId = p->id;
    c.createdAt = ctx.now;
    c.updatedAt = ctx.now;
    FieldErrors errors;
    applyCredsBody(c, body, true, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    c.id = ctx.world.allocObjectId(ctx.accountId);
    ctx.world.credentials.insert(c.id, c);
    audit(ctx, "credentials.Added", QStringLiteral("credentials"), c.id, c.schema);
    return created(credentialsJson(c));
}

Response getCreds(Context &ctx)
{
    const Credentials *c = findCreds(ctx);
    return c ? Response::envelope(credentialsJson(*c)) : Response::notFound();
}

Response updateCreds(Context &ctx)
{
    Credentials *c = findCreds(ctx);
    if (!c || c->state != 1) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Credentials copy = *c;
    FieldErrors errors;
    applyCredsBody(copy, body, false, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *c = copy;
    audit(ctx, "credentials.Changed", QStringLiteral("credentials"), c->id, c->schema);
    return Response::envelope(credentialsJson(*c));
}

Response deleteCreds(Context &ctx)
{
    Credentials *c = findCreds(ctx);
    if (!c || c->state == 2) {
        return Response::notFound();
    }
    c->state = 2;
    c->updatedAt = ctx.now;
    for (Environment &e : ctx.world.environments) {
        e.credentialsId = e.credentialsId == c->id ? 0 : e.credentialsId;
    }
    audit(ctx, "credentials.Removed", QStringLiteral("credentials"), c->id, c->schema);
    return Response::envelope(credentialsJson(*c));
}

} // namespace

void registerCredentialRoutes(Router &r)
{
    r.add("GET", kCreds, listCreds, Area::Connections);
    r.add("POST", kCreds, createCreds, Area::Connections);
    r.add("GET", kCred, getCreds, Area::Connections);
    r.add("POST", kCred, updateCreds, Area::Connections);
    r.add("PATCH", kCred, updateCreds, Area::Connections);
    r.add("DELETE", kCred, deleteCreds, Area::Connections);
}

} // namespace Dbtc::Sim
