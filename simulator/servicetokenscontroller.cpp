// SPDX-License-Identifier: GPL-3.0-or-later
// Service tokens (v3): list and get without the secret, create answering the token string once,
// update (PUT, or POST as the Terraform provider sends it), soft delete, and the permission list
// (GET, and POST to replace it). A token made here authenticates at once with its grants.
#include "simulator/adminaudit.h"
#include "simulator/listing.h"
#include "simulator/permissions.h"
#include "simulator/serialize_admin.h"
#include "simulator/validation.h"
#include "simulator/world.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace Dbtc::Sim {

namespace {

const QString kTokens = QStringLiteral("/api/v3/accounts/(?<account>\\d+)/service-tokens");
const QString kToken = kTokens + QStringLiteral("/(?<id>\\d+)");

ServiceToken *findToken(Context &ctx)
{
    auto it = ctx.world.serviceTokens.find(ctx.id(QStringLiteral("id")));
    return it != ctx.world.serviceTokens.end()
            && (it->accountId == 0 || it->accountId == ctx.accountId)
        ? &*it
        : nullptr;
}

// Parses [{permission_set, project_id?, all_projects?, writable_environment_categories?}].
QList<PermissionGrant> parseGrants(
    Context &ctx, const QJsonArray &a, const QString &field, FieldErrors *errors)
{
    QList<PermissionGrant> grants;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        const QString at = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QString set = o.value(QStringLiteral("permission_set")).toString();
        if (!isPermissionSet(set) || set == QLatin1String("owner")) {
            errors->add(at + QStringLiteral(".permission_set"),
                QStringLiteral("'%1' is not a valid permission set.").arg(set));
            continue;
        }
        PermissionGrant g { ctx.world.allocAdminId(), set, 0, {} };
        if (present(o, QStringLiteral("project_id"))
            && !o.value(QStringLiteral("all_projects")).toBool()) {
            g.projectId = o.value(QStringLiteral("project_id")).toInteger();
            const Project *p = ctx.world.project(g.projectId);
            if (!p || p->accountId != ctx.accountId) {
                errors->add(at + QStringLiteral(".project_id"),
                    QStringLiteral("Project %1 does not exist in this account.").arg(g.projectId));
                continue;
            }
        }
        const QJsonArray cats =
            o.value(QStringLiteral("writable_environment_categories")).toArray();
        for (const QJsonValue &c : cats) {
            g.writableEnvironmentCategories << c.toString();
        }
        grants << g;
    }
    return grants;
}

Response listTokens(Context &ctx)
{
    QList<QJsonObject> items;
    for (const ServiceToken &t : std::as_const(ctx.world.serviceTokens)) {
        if ((t.accountId == 0 || t.accountId == ctx.accountId)
            && stateWanted(ctx.request, t.state)) {
            items << serviceTokenJson(t, ctx.accountId);
        }
    }
    return pagedList(ctx, items);
}

Response getToken(Context &ctx)
{
    const ServiceToken *t = findToken(ctx);
    return t ? Response::envelope(serviceTokenJson(*t, ctx.accountId)) : Response::notFound();
}

Response createToken(Context &ctx)
{
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    FieldErrors errors;
    ServiceToken t;
    t.accountId = ctx.accountId;
    if (errors.requireString(body, QStringLiteral("name"), true)) {
        t.name = body.value(QStringLiteral("name")).toString();
    }
    if (errors.optionalInt(body, QStringLiteral("state"), 1, 2)) {
        t.state = body.value(QStringLiteral("state")).toInt(1);
    }
    const QString field = body.contains(QStringLiteral("service_token_permissions"))
        ? QStringLiteral("service_token_permissions")
        : QStringLiteral("permission_grants");
    t.permissions = parseGrants(ctx, body.value(field).toArray(), field, &errors);
    if (body.value(QStringLiteral("metadata_only")).toBool()) {
        t.permissions = { { ctx.world.allocAdminId(), QStringLiteral("metadata_only"), 0, {} } };
    } else if (body.value(QStringLiteral("webhooks_only")).toBool()) {
        t.permissions = { { ctx.world.allocAdminId(), QStringLiteral("webhooks_only"), 0, {} } };
    }
    if (!errors.isEmpty()) {
        return errors.response();
    }
    // A real secret from the system generator: it is shown in this answer and never again.
    QByteArray raw(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 5);
    const QString secret = QStringLiteral("dbtc_") + QString::fromLatin1(raw.toHex());
    t.id = ctx.world.allocAdminId();
    t.uid = secret.mid(5, 16);
    t.secretHash = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    t.createdAt = ctx.now;
    t.updatedAt = ctx.now;
    ctx.world.serviceTokens.insert(t.id, t);
    audit(ctx, "service_token.Added", QStringLiteral("service_token"), t.id, t.name);
    QJsonObject out = serviceTokenJson(t, ctx.accountId);
    out.insert(QStringLiteral("token_string"), secret);
    return created(out);
}

Response updateToken(Context &ctx)
{
    ServiceToken *t = findToken(ctx);
    if (!t) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    ServiceToken copy = *t;
    FieldErrors errors;
    if (errors.requireString(body, QStringLiteral("name"), false)
        && present(body, QStringLiteral("name"))) {
        copy.name = body.value(QStringLiteral("name")).toString();
    }
    if (errors.optionalInt(body, QStringLiteral("state"), 1, 2)) {
        copy.state = body.value(QStringLiteral("state")).toInt(copy.state);
    }
    if (body.value(QStringLiteral("permission_grants")).isArray()) {
        copy.permissions = parseGrants(ctx,
            body.value(QStringLiteral("permission_grants")).toArray(),
            QStringLiteral("permission_grants"),
            &errors);
    }
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *t = copy;
    audit(ctx, "service_token.Changed", QStringLiteral("service_token"), t->id, t->name);
    return Response::envelope(serviceTokenJson(*t, ctx.accountId));
}

Response deleteToken(Context &ctx)
{
    ServiceToken *t = findToken(ctx);
    if (!t || t->state == 2) {
        return Response::notFound();
    }
    // Deactivated, not erased: GET still shows it (state 2), and its secret stops working.
    t->state = 2;
    t->updatedAt = ctx.now;
    audit(ctx, "service_token.Removed", QStringLiteral("service_token"), t->id, t->name);
    return Response::envelope(serviceTokenJson(*t, ctx.accountId));
}

QJsonArray permissionsJson(const ServiceToken &t, qint64 accountId)
{
    QJsonArray out;
    for (const PermissionGrant &p : t.permissions) {
        out.append(grantJson(p, accountId, "service_token_id", t.id));
    }
    return out;
}

Response getPermissions(Context &ctx)
{
    const ServiceToken *t = findToken(ctx);
    return t ? Response::envelope(permissionsJson(*t, ctx.accountId)) : Response::notFound();
}

Response setPermissions(Context &ctx)
{
    ServiceToken *t = findToken(ctx);
    if (!t || t->state != 1) {
        return Response::notFound();
    }
    QJsonValue body;
    Response error;
    if (!parseBodyValue(ctx.request, &body, &error)) {
        return error;
    }
    if (!body.isArray()) {
        return badRequest(QStringLiteral("Expected a list of service token permissions."));
    }
    FieldErrors errors;
    const QList<PermissionGrant> grants = parseGrants(ctx, body.toArray(), QString(), &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    t->permissions = grants;
    t->updatedAt = ctx.now;
    audit(ctx, "service_token_permission.Changed", QStringLiteral("service_token"), t->id, t->name);
    return Response::envelope(permissionsJson(*t, ctx.accountId));
}

} // namespace

void registerServiceTokenRoutes(Router &r)
{
    r.add("GET", kTokens, listTokens, Area::ServiceTokens);
    r.add("POST", kTokens, createToken, Area::ServiceTokens);
    r.add("GET", kToken, getToken, Area::ServiceTokens);
    r.add("PUT", kToken, updateToken, Area::ServiceTokens);
    r.add("POST", kToken, updateToken, Area::ServiceTokens);
    r.add("DELETE", kToken, deleteToken, Area::ServiceTokens);
    r.add("GET", kToken + QStringLiteral("/permissions"), getPermissions, Area::ServiceTokens);
    r.add("POST", kToken + QStringLiteral("/permissions"), setPermissions, Area::ServiceTokens);
}

} // namespace Dbtc::Sim
