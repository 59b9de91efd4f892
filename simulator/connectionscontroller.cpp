// SPDX-License-Identifier: GPL-3.0-or-later
// Connections: account-level (v3 "global": adapter_version + config, PATCH to update) and the
// project-level API (type + details, POST to update) that dbt-cloud-cli's connection commands use.
#include "simulator/adminaudit.h"
#include "simulator/listing.h"
#include "simulator/serialize_admin.h"
#include "simulator/validation.h"
#include "simulator/world.h"

#include <QJsonArray>

namespace Dbtc::Sim {

namespace {

const QString kAccountConnections = QStringLiteral("/api/v3/accounts/(?<account>\\d+)/connections");
const QString kProjectConnections =
    QStringLiteral("/api/v3/accounts/(?<account>\\d+)/projects/(?<project>\\d+)/connections");

// The config fields each adapter cannot work without (what the dbt Cloud connection form
// requires).
QStringList requiredConfig(const QString &type)
{
    if (type == QLatin1String("snowflake")) {
        return {
            QStringLiteral("account"), QStringLiteral("database"), QStringLiteral("warehouse")
        };
    }
    if (type == QLatin1String("bigquery")) {
        return { QStringLiteral("project_id") };
    }
    if (type == QLatin1String("databricks")) {
        return { QStringLiteral("host"), QStringLiteral("http_path") };
    }
    if (type == QLatin1String("redshift") || type == QLatin1String("postgres")) {
        return { QStringLiteral("hostname"), QStringLiteral("port") };
    }
    return {};
}

const QStringList kAdapters { QStringLiteral("snowflake"),
    QStringLiteral("bigquery"),
    QStringLiteral("databricks"),
    QStringLiteral("redshift"),
    QStringLiteral("postgres"),
    QStringLiteral("fabric"),
    QStringLiteral("synapse"),
    QStringLiteral("trino"),
    QStringLiteral("athena"),
    QStringLiteral("spark"),
    QStringLiteral("teradata"),
    QStringLiteral("adapter") };

// Secrets are accepted and never stored or echoed, as on the real service.
QJsonObject withoutSecrets(QJsonObject config)
{
    for (const char *k : { "password",
             "private_key",
             "private_key_passphrase",
             "client_secret",
             "oauth_client_secret",
             "application_secret",
             "token" }) {
        config.remove(QLatin1String(k));
    }
    return config;
}

// Merges `config` into the connection and checks the adapter's required fields.
void applyConfig(
    Connection &c, const QJsonObject &config, const QString &field, FieldErrors *errors)
{
    QJsonObject merged = c.config;
    for (auto it = config.begin(); it != config.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    for (const QString &k : requiredConfig(c.type())) {
        if (!present(merged, k) || merged.value(k).toVariant().toString().isEmpty()) {
            errors->add(field + QLatin1Char('.') + k, QStringLiteral("This field is required."));
        }
    }
    c.config = withoutSecrets(merged);
}

Connection *findConnection(Context &ctx, bool activeOnly)
{
    auto it = ctx.world.connections.find(ctx.id(QStringLiteral("id")));
    return it != ctx.world.connections.end() && it->accountId == ctx.accountId
            && (!activeOnly || it->state == 1)
        ? &*it
        : nullptr;
}

const Project *activeProject(Context &ctx)
{
    const Project *p = ctx.world.project(ctx.id(QStringLiteral("project")));
    return p && p->accountId == ctx.accountId && p->state == 1 ? p : nullptr;
}

int environmentsUsing(const World &w, qint64 connectionId)
{
    int n = 0;
    for (const Environment &e : w.environments) {
        const Project *p = w.project(e.projectId);
        const qint64 used = e.connectionId ? e.connectionId : (p ? p->connectionId : 0);
        n += e.state == 1 && p && p->state == 1 && used == connectionId ? 1 : 0;
    }
    return n;
}

Response listAccountConnections(Context &ctx)
{
    const QString needle = ctx.request.value(QStringLiteral("name__icontains")).value_or(QString());
    const auto adapter = ctx.request.value(QStringLiteral("adapter_version"));
    QList<QJsonObject> items;
    for (const Connection &c : std::as_const(ctx.world.connections)) {
        if (c.accountId == ctx.accountId && c.state == 1
            && c.name.contains(needle, Qt::CaseInsensitive)
            && (!adapter || c.adapterVersion == *adapter)) {
            items << accountConnectionJson(ctx.world, c);
        }
    }
    QJsonObject filters;
    if (!needle.isEmpty()) {
        filters.insert(QStringLiteral("name__icontains"), needle);
    }
    return pagedList(ctx, items, filters);
}

Response createAccountConnection(Context &ctx)
{
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    FieldErrors errors;
    Connection c;
    c.accountId = ctx.accountId;
    if (errors.requireString(body, QStringLiteral("name"), true)) {
        c.name = body.value(QStringLiteral("name")).toString();
    }
    if (errors.requireString(body, QStringLiteral("adapter_version"), true)) {
        c.adapterVersion = body.value(QStringLiteral("adapter_version")).toString();
        if (!kAdapters.contains(c.type()) || !c.adapterVersion.contains(QLatin1String("_v"))) {
            errors.add(QStringLiteral("adapter_version"),
                QStringLiteral("'%1' is not a known adapter version (for example snowflake_v0).")
                    .arg(c.adapterVersion));
        }
    }
    if (!body.value(QStringLiteral("config")).isObject()) {
        errors.add(QStringLiteral("config"), QStringLiteral("This field is required."));
    } else if (!errors.has(QStringLiteral("adapter_version"))) {
        applyConfig(
            c, body.value(QStringLiteral("config")).toObject(), QStringLiteral("config"), &errors);
    }
    if (!errors.isEmpty()) {
        return errors.response();
    }
    c.id = ctx.world.allocObjectId(ctx.accountId);
    c.createdByServiceTokenId = ctx.tokenId;
    c.createdAt = ctx.now;
    c.updatedAt = ctx.now;
    ctx.world.connections.insert(c.id, c);
    audit(ctx, "connection.Added", QStringLiteral("connection"), c.id, c.name);
    return created(accountConnectionJson(ctx.world, c));
}

Response getAccountConnection(Context &ctx)
{
    const Connection *c = findConnection(ctx, false);
    return c ? Response::envelope(accountConnectionJson(ctx.world, *c)) : Response::notFound();
}

Response patchAccountConnection(Context &ctx)
{
    Connection *c = findConnection(ctx, true);
    if (!c) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Connection copy = *c;
    FieldErrors errors;
    if (errors.requireString(body, QStringLiteral("name"), false)
        && present(body, QStringLiteral("name"))) {
        copy.name = body.value(QStringLiteral("name")).toString();
    }
    if (present(body, QStringLiteral("adapter_version"))
        && body.value(QStringLiteral("adapter_version")).toString().section(QLatin1Char('_'), 0, 0)
            != c->type()) {
        errors.add(QStringLiteral("adapter_version"),
            QStringLiteral("The adapter of an existing connection cannot change."));
    }
    applyConfig(
        copy, body.value(QStringLiteral("config")).toObject(), QStringLiteral("config"), &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *c = copy;
    audit(ctx, "connection.Changed", QStringLiteral("connection"), c->id, c->name);
    return Response::envelope(accountConnectionJson(ctx.world, *c));
}

Response deleteConnection(Context &ctx, bool projectShape)
{
    Connection *c = findConnection(ctx, true);
    if (!c || (projectShape && !activeProject(ctx))) {
        return Response::notFound();
    }
    if (const int n = environmentsUsing(ctx.world, c->id)) {
        FieldErrors errors;
        errors.add(QStringLiteral("id"),
            QStringLiteral("Connection %1 is used by %2 environment(s); point them at another "
                           "connection first.")
                .arg(c->id)
                .arg(n));
        return errors.response();
    }
    c->state = 2; // soft delete, answered with the object (captured dbt-cloud-cli response)
    c->updatedAt = ctx.now;
    audit(ctx, "connection.Removed", QStringLiteral("connection"), c->id, c->name);
    return Response::envelope(projectShape
            ? projectConnectionJson(*c, ctx.id(QStringLiteral("project")))
            : accountConnectionJson(ctx.world, *c));
}

Response listProjectConnections(Context &ctx)
{
    const Project *p = activeProject(ctx);
    if (!p) {
        return Response::notFound();
    }
    QList<QJsonObject> items;
    for (const Connection &c : std::as_const(ctx.world.connections)) {
        if (c.accountId == ctx.accountId && stateWanted(ctx.request, c.state)
            && (c.projectId == p->id || c.id == p->connectionId)) {
            items << projectConnectionJson(c, p->id);
        }
    }
    return pagedList(ctx, items, { { QStringLiteral("project_id"), p->id } });
}

// dbt-cloud-cli `connection create`: {name, type, details, state, account_id, project_id, ...}.
Response createProjectConnection(Context &ctx)
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
    FieldErrors errors;
    Connection c;
    c.accountId = ctx.accountId;
    c.projectId = p->id;
    if (errors.requireString(body, QStringLiteral("name"), true)) {
        c.name = body.value(QStringLiteral("name")).toString();
    }
    if (errors.requireString(body, QStringLiteral("type"), true)) {
        const QString type = body.value(QStringLiteral("type")).toString();
        if (!kAdapters.contains(type)) {
            errors.add(
                QStringLiteral("type"), QStringLiteral("'%1' is not a valid choice.").arg(type));
        }
        c.adapterVersion = type + QStringLiteral("_v0");
    }
    if (present(body, QStringLiteral("details"))
        && !body.value(QStringLiteral("details")).isObject()) {
        errors.add(QStringLiteral("details"), QStringLiteral("Must be an object."));
    } else if (!errors.has(QStringLiteral("type"))) {
        applyConfig(c,
            body.value(QStringLiteral("details")).toObject(),
            QStringLiteral("details"),
            &errors);
    }
    if (errors.optionalInt(body, QStringLiteral("state"), 1, 2)) {
        c.state = body.value(QStringLiteral("state")).toInt(1);
    }
    if (!errors.isEmpty()) {
        return errors.response();
    }
    c.id = ctx.world.allocObjectId(ctx.accountId);
    c.createdByServiceTokenId = ctx.tokenId;
    c.createdAt = ctx.now;
    c.updatedAt = ctx.now;
    ctx.world.connections.insert(c.id, c);
    audit(ctx, "connection.Added", QStringLiteral("connection"), c.id, c.name);
    return created(projectConnectionJson(c, p->id));
}

Response getProjectConnection(Context &ctx)
{
    const Connection *c = findConnection(ctx, false);
    return c && activeProject(ctx)
        ? Response::envelope(projectConnectionJson(*c, ctx.id(QStringLiteral("project"))))
        : Response::notFound();
}

Response updateProjectConnection(Context &ctx)
{
    Connection *c = findConnection(ctx, true);
    if (!c || !activeProject(ctx)) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Connection copy = *c;
    FieldErrors errors;
    if (errors.requireString(body, QStringLiteral("name"), false)
        && present(body, QStringLiteral("name"))) {
        copy.name = body.value(QStringLiteral("name")).toString();
    }
    applyConfig(
        copy, body.value(QStringLiteral("details")).toObject(), QStringLiteral("details"), &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *c = copy;
    audit(ctx, "connection.Changed", QStringLiteral("connection"), c->id, c->name);
    return Response::envelope(projectConnectionJson(*c, ctx.id(QStringLiteral("project"))));
}

} // namespace

void registerConnectionRoutes(Router &r)
{
    const QString one = QStringLiteral("/(?<id>\\d+)");
    r.add("GET", kAccountConnections, listAccountConnections, Area::Connections);
    r.add("POST", kAccountConnections, createAccountConnection, Area::Connections);
    r.add("GET", kAccountConnections + one, getAccountConnection, Area::Connections);
    r.add("PATCH", kAccountConnections + one, patchAccountConnection, Area::Connections);
    r.add(
        "DELETE",
        kAccountConnections + one,
        [](Context &ctx) {
            return deleteConnection(ctx, false);
        },
        Area::Connections);
    r.add("GET", kProjectConnections, listProjectConnections, Area::Connections);
    r.add("POST", kProjectConnections, createProjectConnection, Area::Connections);
    r.add("GET", kProjectConnections + one, getProjectConnection, Area::Connections);
    r.add("POST", kProjectConnections + one, updateProjectConnection, Area::Connections);
    r.add(
        "DELETE",
        kProjectConnections + one,
        [](Context &ctx) {
            return deleteConnection(ctx, true);
        },
        Area::Connections);
}

} // namespace Dbtc::Sim
