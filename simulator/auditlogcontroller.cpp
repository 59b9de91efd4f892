// SPDX-License-Identifier: GPL-3.0-or-later
// Audit log (v3): what dbt-cloud-cli `audit-log get` reads, newest first, filtered by the
// logged_at_start / logged_at_end dates it sends (YYYY-MM-DD, end exclusive).
#include "simulator/listing.h"
#include "simulator/serialize_admin.h"
#include "simulator/validation.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Dbtc::Sim {

namespace {

Response listAuditLog(Context &ctx)
{
    FieldErrors errors;
    QDateTime from;
    QDateTime to;
    for (const char *k : { "logged_at_start", "logged_at_end" }) {
        const auto v = ctx.request.value(QLatin1String(k));
        if (!v || v->isEmpty() || *v == QLatin1String("None")) {
            continue;
        }
        const QDate d = QDate::fromString(*v, Qt::ISODate);
        if (!d.isValid()) {
            errors.add(QLatin1String(k),
                QStringLiteral("'%1' is not a date in the format YYYY-MM-DD.").arg(*v));
            continue;
        }
        (k[10] == 's' ? from : to) = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    if (!errors.isEmpty()) {
        return errors.response();
    }
    Response error;
    const auto page = pageParams(ctx.request, &error);
    if (!page) {
        return error;
    }
    QList<const AuditLogEntry *> items;
    for (auto it = ctx.world.auditLog.crbegin(); it != ctx.world.auditLog.crend(); ++it) {
        if (it->accountId == ctx.accountId && (!from.isValid() || it->loggedAt >= from)
            && (!to.isValid() || it->loggedAt < to)) {
            items << &*it;
        }
    }
    QJsonArray data;
    for (qsizetype i = page->offset; i < items.size() && i < qsizetype(page->offset) + page->limit;
         ++i) {
        data.append(auditLogJson(*items.at(i)));
    }
    QJsonObject filters { { QStringLiteral("account_id"), ctx.accountId },
        { QStringLiteral("limit"), page->limit },
        { QStringLiteral("offset"), page->offset },
        { QStringLiteral("internal"), false } };
    if (from.isValid() || to.isValid()) {
        const auto fmt = [](const QDateTime &t) {
            return t.isValid() ? QJsonValue(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")))
                               : QJsonValue();
        };
        filters.insert(QStringLiteral("logged_at__range"), QJsonArray { fmt(from), fmt(to) });
    }
    return Response::list(data, filters, QStringLiteral("-logged_at"), int(items.size()));
}

} // namespace

void registerAuditLogRoutes(Router &r)
{
    r.add("GET",
        QStringLiteral("/api/v3/accounts/(?<account>\\d+)/audit-logs"),
        listAuditLog,
        Area::AuditLog);
}

} // namespace Dbtc::Sim
