// SPDX-License-Identifier: GPL-3.0-or-later
// Users (v3 list/get, the legacy v2 list the Terraform provider reads), groups (list, get,
// create, update by POST; deleting is an update to state 2 as in the real API), group
// permissions and assigning a user to groups.
#include "simulator/adminaudit.h"
#include "simulator/listing.h"
#include "simulator/permissions.h"
#include "simulator/serialize_admin.h"
#include "simulator/validation.h"
#include "simulator/world.h"

#include <QJsonArray>

namespace Dbtc::Sim {

namespace {

const QString kAccount = QStringLiteral("/api/v3/accounts/(?<account>\\d+)");

Response listUsers(Context &ctx)
{
    const QString email = ctx.request.value(QStringLiteral("email")).value_or(QString());
    QList<QJsonObject> items;
    for (const User &u : std::as_const(ctx.world.users)) {
        if (u.accountId == ctx.accountId
            && (email.isEmpty() || u.email.compare(email, Qt::CaseInsensitive) == 0)) {
            items << userJson(ctx.world, u);
        }
    }
    return pagedList(ctx, items);
}

Response getUser(Context &ctx)
{
    const auto u = ctx.world.users.constFind(ctx.id(QStringLiteral("id")));
    return u != ctx.world.users.cend() && u->accountId == ctx.accountId
        ? Response::envelope(userJson(ctx.world, *u))
        : Response::notFound();
}

// One grant of a group or token permission list; false (with the error) when it is invalid.
bool parseGrant(const World &w,
    qint64 account,
    const QJsonObject &o,
    const QString &field,
    PermissionGrant *out,
    FieldErrors *errors)
{
    const QString set = o.value(QStringLiteral("permission_set")).toString();
    if (!isPermissionSet(set)) {
        errors->add(field + QStringLiteral(".permission_set"),
            QStringLiteral("'%1' is not a valid permission set.").arg(set));
        return false;
    }
    const bool all =
        o.value(QStringLiteral("all_projects")).toBool(!present(o, QStringLiteral("project_id")));
    const qint64 project = all ? 0 : o.value(QStringLiteral("project_id")).toInteger();
    const Project *p = w.project(project);
    if (!all && (!p || p->accountId != account)) {
        errors->add(field + QStringLiteral(".project_id"),
            QStringLiteral("Project %1 does not exist in this account.").arg(project));
        return false;
    }
    out->permissionSet = set;
    out->projectId = project;
    out->writableEnvironmentCategories.clear();
    const QJsonArray cats = o.value(QStringLiteral("writable_environment_categories")).toArray();
    for (const QJsonValue &c : cats) {
        out->writableEnvironmentCategories << c.toString();
    }
    return true;
}

Group *findGroup(Context &ctx, qint64 id)
{
    auto it = ctx.world.groups.find(id);
    return it != ctx.world.groups.end() && it->accountId == ctx.accountId ? &*it : nullptr;
}

void applyGroupBody(
    Context &ctx, Group &g, const QJsonObject &body, bool create, FieldErrors *errors)
{
    if (errors->requireString(body, QStringLiteral("name"), create)
        && present(body, QStringLiteral("name"))) {
        g.name = body.value(QStringLiteral("name")).toString();
        for (const Group &other : std::as_const(ctx.world.groups)) {
            if (other.accountId == g.accountId && other.id != g.id && other.state == 1
                && other.name.compare(g.name, Qt::CaseInsensitive) == 0) {
                errors->add(QStringLiteral("name"),
                    QStringLiteral("A group with this name already exists in the account."));
            }
        }
    }
    if (errors->optionalBool(body, QStringLiteral("assign_by_default"))) {
        g.assignByDefault =
            body.value(QStringLiteral("assign_by_default")).toBool(g.assignByDefault);
    }
    if (errors->optionalInt(body, QStringLiteral("state"), 1, 2)) {
        g.state = body.value(QStringLiteral("state")).toInt(g.state);
    }
    if (body.contains(QStringLiteral("sso_mapping_groups"))) {
        g.ssoMappingGroups.clear();
        const QJsonArray a = body.value(QStringLiteral("sso_mapping_groups")).toArray();
        for (const QJsonValue &v : a) {
            g.ssoMappingGroups << v.toString();
        }
    }
    if (body.value(QStringLiteral("group_permissions")).isArray()) {
        QList<PermissionGrant> grants;
        const QJsonArray a = body.value(QStringLiteral("group_permissions")).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            PermissionGrant grant { ctx.world.allocAdminId(), {}, 0, {} };
            if (parseGrant(ctx.world,
                    ctx.accountId,
                    a.at(i).toObject(),
                    QStringLiteral("group_permissions[%1]").arg(i),
                    &grant,
                    errors)) {
                grants << grant;
            }
        }
        g.permissions = grants;
    }
}

Response listGroups(Context &ctx)
{
    QList<QJsonObject> items;
    for (const Group &g : std::as_const(ctx.world.groups)) {
        if (g.accountId == ctx.accountId && stateWanted(ctx.request, g.state)) {
            items << groupJson(ctx.world, g);
        }
    }
    return pagedList(ctx, items);
}

Response getGroup(Context &ctx)
{
    const Group *g = findGroup(ctx, ctx.id(QStringLiteral("id")));
    return g ? Response::envelope(groupJson(ctx.world, *g)) : Response::notFound();
}

Response createGroup(Context &ctx)
{
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Group g;
    g.accountId = ctx.accountId;
    g.createdAt = ctx.now;
    g.updatedAt = ctx.now;
    FieldErrors errors;
    applyGroupBody(ctx, g, body, true, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    g.id = ctx.world.allocAdminId();
    ctx.world.groups.insert(g.id, g);
    audit(ctx, "group.Added", QStringLiteral("group"), g.id, g.name);
    return created(groupJson(ctx.world, g));
}

Response updateGroup(Context &ctx)
{
    Group *g = findGroup(ctx, ctx.id(QStringLiteral("id")));
    if (!g) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Group copy = *g;
    FieldErrors errors;
    applyGroupBody(ctx, copy, body, false, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *g = copy;
    audit(ctx,
        g->state == 2 ? "group.Removed" : "group.Changed",
        QStringLiteral("group"),
        g->id,
        g->name);
    return Response::envelope(groupJson(ctx.world, *g));
}

// POST /group-permissions/{group_id}/ with the complete list: it replaces the group's grants.
Response setGroupPermissions(Context &ctx)
{
    Group *g = findGroup(ctx, ctx.id(QStringLiteral("id")));
    if (!g || g->state != 1) {
        return Response::notFound();
    }
    QJsonValue body;
    Response error;
    if (!parseBodyValue(ctx.request, &body, &error)) {
        return error;
    }
    if (!body.isArray()) {
        return badRequest(QStringLiteral("Expected a list of group permissions."));
    }
    FieldErrors errors;
    QList<PermissionGrant> grants;
    const QJsonArray a = body.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        PermissionGrant grant { ctx.world.allocAdminId(), {}, 0, {} };
        if (parseGrant(ctx.world,
                ctx.accountId,
                a.at(i).toObject(),
                QStringLiteral("[%1]").arg(i),
                &grant,
                &errors)) {
            grants << grant;
        }
    }
    if (!errors.isEmpty()) {
        return errors.response();
    }
    g->permissions = grants;
    g->updatedAt = ctx.now;
    audit(ctx, "group_permission.Changed", QStringLiteral("group"), g->id, g->name);
    QJsonArray out;
    for (const PermissionGrant &p : std::as_const(g->permissions)) {
        out.append(grantJson(p, g->accountId, "group_id", g->id));
    }
    return Response::envelope(out);
}

// POST /assign-groups/ {user_id, desired_group_ids}: the user's groups become exactly those.
Response assignGroups(Context &ctx)
{
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    auto user = ctx.world.users.find(body.value(QStringLiteral("user_id")).toInteger());
    FieldErrors errors;
    if (user == ctx.world.users.end() || user->accountId != ctx.accountId) {
        errors.add(
            QStringLiteral("user_id"), QStringLiteral("User does not exist in this account."));
        return errors.response();
    }
    QList<qint64> ids;
    const QJsonArray a = body.value(QStringLiteral("desired_group_ids")).toArray();
    for (const QJsonValue &v : a) {
        const Group *g = findGroup(ctx, v.toInteger());
        if (!g || g->state != 1) {
            errors.add(QStringLiteral("desired_group_ids"),
                QStringLiteral("Group %1 does not exist in this account.").arg(v.toInteger()));
            return errors.response();
        }
        ids << g->id;
    }
    user->groupIds = ids;
    audit(ctx, "user_group.Changed", QStringLiteral("user"), user->id, user->email);
    QJsonArray out;
    for (qint64 id : std::as_const(ids)) {
        out.append(groupJson(ctx.world, ctx.world.groups.value(id)));
    }
    return Response::envelope(out);
}

} // namespace

void registerUserRoutes(Router &r)
{
    const QString one = QStringLiteral("/(?<id>\\d+)");
    r.add("GET", kAccount + QStringLiteral("/users"), listUsers, Area::Users);
    r.add("GET", kAccount + QStringLiteral("/users") + one, getUser, Area::Users);
    r.add("GET", QStringLiteral("/api/v2/accounts/(?<account>\\d+)/users"), listUsers, Area::Users);
    r.add("GET", kAccount + QStringLiteral("/groups"), listGroups, Area::Users);
    r.add("POST", kAccount + QStringLiteral("/groups"), createGroup, Area::Users);
    r.add("GET", kAccount + QStringLiteral("/groups") + one, getGroup, Area::Users);
    r.add("POST", kAccount + QStringLiteral("/groups") + one, updateGroup, Area::Users);
    r.add("POST",
        kAccount + QStringLiteral("/group-permissions") + one,
        setGroupPermissions,
        Area::Users);
    r.add("POST", kAccount + QStringLiteral("/assign-groups"), assignGroups, Area::Users);
}

} // namespace Dbtc::Sim
