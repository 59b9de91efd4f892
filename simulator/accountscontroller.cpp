// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts (v2 and v3), projects and environments (v3, plus the legacy v2 environment list).
#include "simulator/router.h"
#include "simulator/serialize.h"
#include "simulator/world.h"

#include <QJsonArray>

#include <algorithm>

namespace Dbtc::Sim {

namespace {

const QString kAccount = QStringLiteral("/api/v[23]/accounts/(?<account>\\d+)");
const QString kV3Project =
    QStringLiteral("/api/v3/accounts/(?<account>\\d+)/projects/(?<project>\\d+)");

bool stateMatches(const Request &req, int state)
{
    const QString s = req.value(QStringLiteral("state")).value_or(QStringLiteral("active"));
    return s == QLatin1String("all")
        || (state == 1 && (s == QLatin1String("1") || s == QLatin1String("active")))
        || (state == 2 && (s == QLatin1String("2") || s == QLatin1String("deleted")));
}

template <typename T, typename ToJson>
Response page(Context &ctx, QList<const T *> items, QJsonObject filters, const ToJson &toJson)
{
    Response error;
    const auto p = pageParams(ctx.request, &error);
    if (!p) {
        return error;
    }
    QString order = ctx.request.value(QStringLiteral("order_by")).value_or(QStringLiteral("id"));
    const bool desc = order.startsWith(QLatin1Char('-'));
    const QString field = desc ? order.mid(1) : order;
    if (field != QLatin1String("id") && field != QLatin1String("name")) {
        return badRequest(QStringLiteral("Invalid order_by field: %1").arg(field));
    }
    std::stable_sort(items.begin(), items.end(), [&](const T *a, const T *b) {
        const bool less = field == QLatin1String("name") ? a->name < b->name : a->id < b->id;
        const bool greater = field == QLatin1String("name") ? b->name < a->name : b->id < a->id;
        return desc ? greater : less;
    });
    QJsonObject f = baseFilters(*p,
        ctx.accountId,
        ctx.request.value(QStringLiteral("state")).value_or(QStringLiteral("active")));
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        f.insert(it.key(), it.value());
    }
    QJsonArray data;
    for (qsizetype i = p->offset; i < items.size() && i < qsizetype(p->offset) + p->limit; ++i) {
        data.append(toJson(*items.at(i)));
    }
    return Response::list(data, f, order, int(items.size()));
}

Response listAccounts(Context &ctx)
{
    QJsonArray data;
    QJsonArray ids;
    for (const Account &a : std::as_const(ctx.world.accounts)) {
        data.append(accountJson(a));
        ids.append(a.id);
    }
    return Response::list(
        data, { { QStringLiteral("pk__in"), ids } }, QJsonValue::Null, int(data.size()));
}

Response getAccount(Context &ctx)
{
    const Account *a = ctx.world.account(ctx.accountId);
    return a ? Response::envelope(accountJson(*a)) : Response::notFound();
}

Response listProjects(Context &ctx)
{
    const Request &req = ctx.request;
    const QString needle = req.value(QStringLiteral("name__icontains")).value_or(QString());
    QList<qint64> pkIn;
    Response error;
    if (!intList(req, QStringLiteral("pk__in"), &pkIn, &error)
        || !intList(req, QStringLiteral("pk"), &pkIn, &error)) {
        return error;
    }
    const qint64 pkGt =
        req.value(QStringLiteral("pk__gt")).value_or(QStringLiteral("0")).toLongLong();
    QList<const Project *> items;
    for (const Project &p : std::as_const(ctx.world.projects)) {
        if (p.accountId == ctx.accountId && stateMatches(req, p.state) && p.id > pkGt
            && (pkIn.isEmpty() || pkIn.contains(p.id))
            && p.name.contains(needle, Qt::CaseInsensitive)) {
            items.append(&p);
        }
    }
    const QStringList related = req.includeRelated();
    QJsonObject filters;
    if (!needle.isEmpty()) {
        filters.insert(QStringLiteral("name__icontains"), needle);
    }
    return page(ctx, items, filters, [&](const Project &p) {
        return projectJson(ctx.world, p, related);
    });
}

Response getProject(Context &ctx)
{
    const Project *p = ctx.world.project(ctx.id(QStringLiteral("project")));
    if (!p || p->accountId != ctx.accountId) {
        return Response::notFound();
    }
    return Response::envelope(projectJson(ctx.world, *p, ctx.request.includeRelated()));
}

Response listEnvironments(Context &ctx, qint64 projectId)
{
    const Request &req = ctx.request;
    if (projectId && !ctx.world.project(projectId)) {
        return Response::notFound();
    }
    QList<qint64> projectIn;
    Response error;
    if (!intList(req, QStringLiteral("project_id"), &projectIn, &error)
        || !intList(req, QStringLiteral("project_id__in"), &projectIn, &error)) {
        return error;
    }
    QJsonObject filters;
    const QStringList keys { QStringLiteral("name"),
        QStringLiteral("name__icontains"),
        QStringLiteral("type"),
        QStringLiteral("deployment_type"),
        QStringLiteral("dbt_version") };
    for (const QString &k : keys) {
        if (const auto v = req.value(k)) {
            filters.insert(k, *v);
        }
    }
    QList<const Environment *> items;
    for (const Environment &e : std::as_const(ctx.world.environments)) {
        if (e.accountId != ctx.accountId || (projectId && e.projectId != projectId)
            || (!projectIn.isEmpty() && !projectIn.contains(e.projectId))
            || !stateMatches(req, e.state)) {
            continue;
        }
        const auto f = [&](const QString &k) {
            return filters.value(k).toString();
        };
        if ((filters.contains(QStringLiteral("name")) && e.name != f(QStringLiteral("name")))
            || !e.name.contains(f(QStringLiteral("name__icontains")), Qt::CaseInsensitive)
            || (filters.contains(QStringLiteral("type")) && e.type != f(QStringLiteral("type")))
            || (filters.contains(QStringLiteral("deployment_type"))
                && e.deploymentType != f(QStringLiteral("deployment_type")))
            || (filters.contains(QStringLiteral("dbt_version"))
                && e.dbtVersion != f(QStringLiteral("dbt_version")))) {
            continue;
        }
        items.append(&e);
    }
    if (projectId) {
        filters.insert(QStringLiteral("project_id"), projectId);
    }
    const QStringList related = req.includeRelated();
    return page(ctx, items, filters, [&](const Environment &e) {
        return environmentJson(ctx.world, e, related);
    });
}

Response getEnvironment(Context &ctx)
{
    const Environment *e = ctx.world.environment(ctx.id(QStringLiteral("env")));
    if (!e || e->accountId != ctx.accountId || e->projectId != ctx.id(QStringLiteral("project"))) {
        return Response::notFound();
    }
    return Response::envelope(environmentJson(ctx.world, *e, ctx.request.includeRelated()));
}

} // namespace

void registerAccountRoutes(Router &r)
{
    r.add("GET", QStringLiteral("/api/v[23]/accounts"), listAccounts, Area::Account);
    r.add("GET", kAccount, getAccount, Area::Account);
    r.add("GET",
        QStringLiteral("/api/v3/accounts/(?<account>\\d+)/projects"),
        listProjects,
        Area::Projects);
    r.add("GET", kV3Project, getProject, Area::Projects);
    r.add(
        "GET",
        kV3Project + QStringLiteral("/environments"),
        [](Context &ctx) {
            return listEnvironments(ctx, ctx.id(QStringLiteral("project")));
        },
        Area::Environments);
    r.add("GET",
        kV3Project + QStringLiteral("/environments/(?<env>\\d+)"),
        getEnvironment,
        Area::Environments);
    r.add(
        "GET",
        QStringLiteral("/api/v2/accounts/(?<account>\\d+)/environments"),
        [](Context &ctx) {
            return listEnvironments(ctx, 0);
        },
        Area::Environments);
}

} // namespace Dbtc::Sim
