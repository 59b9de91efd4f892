// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/listing.h"

#include "simulator/envelope.h"

#include <QJsonArray>

#include <algorithm>

namespace Dbtc::Sim {

Response pagedList(Context &ctx, QList<QJsonObject> items, QJsonObject filters)
{
    Response error;
    const auto page = pageParams(ctx.request, &error);
    if (!page) {
        return error;
    }
    const QString order =
        ctx.request.value(QStringLiteral("order_by")).value_or(QStringLiteral("id"));
    if (order != QLatin1String("id") && order != QLatin1String("-id")
        && order != QLatin1String("name") && order != QLatin1String("-name")) {
        return badRequest(QStringLiteral("Invalid order_by field: %1").arg(order));
    }
    const bool desc = order.startsWith(QLatin1Char('-'));
    const QString field = desc ? order.mid(1) : order;
    std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QJsonValue x = a.value(field);
        const QJsonValue y = b.value(field);
        const bool less = field == QLatin1String("name") ? x.toString() < y.toString()
                                                         : x.toInteger() < y.toInteger();
        const bool greater = field == QLatin1String("name") ? y.toString() < x.toString()
                                                            : y.toInteger() < x.toInteger();
        return desc ? greater : less;
    });
    QJsonObject f = baseFilters(*page, ctx.accountId, QString());
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        f.insert(it.key(), it.value());
    }
    QJsonArray data;
    for (qsizetype i = page->offset; i < items.size() && i < qsizetype(page->offset) + page->limit;
         ++i) {
        data.append(items.at(i));
    }
    return Response::list(data, f, order, int(items.size()));
}

bool stateWanted(const Request &request, int state)
{
    const QString s = request.value(QStringLiteral("state")).value_or(QStringLiteral("active"));
    return s == QLatin1String("all")
        || (state == 1 && (s == QLatin1String("1") || s == QLatin1String("active")))
        || (state == 2 && (s == QLatin1String("2") || s == QLatin1String("deleted")));
}

Response created(const QJsonObject &data)
{
    return Response::json(successEnvelope(data, 201), 201);
}

qint64 idValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        return v.toInteger();
    }
    bool ok = false;
    const qint64 id = v.toString().toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace Dbtc::Sim
