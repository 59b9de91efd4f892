// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/router.h"

#include "simulator/envelope.h"

namespace Dbtc::Sim {

Response badRequest(const QString &message)
{
    return Response::error(400, message);
}

std::optional<PageParams> pageParams(const Request &request, Response *error)
{
    PageParams page;
    bool ok = true;
    if (const auto limit = request.value(QStringLiteral("limit"))) {
        page.limit = limit->toInt(&ok);
        if (!ok || page.limit < 0) {
            *error = badRequest(QStringLiteral("Invalid limit: must be a non-negative integer."));
            return std::nullopt;
        }
        if (page.limit > 100) {
            *error = badRequest(
                QStringLiteral("The limit parameter must be less than or equal to 100."));
            return std::nullopt;
        }
    }
    if (const auto offset = request.value(QStringLiteral("offset"))) {
        page.offset = offset->toInt(&ok);
        if (!ok || page.offset < 0) {
            *error = badRequest(QStringLiteral("Invalid offset: must be a non-negative integer."));
            return std::nullopt;
        }
    }
    return page;
}

QJsonObject baseFilters(const PageParams &page, qint64 accountId, const QString &state)
{
    QJsonObject f { { QStringLiteral("limit"), page.limit },
        { QStringLiteral("offset"), page.offset } };
    if (!state.isEmpty()) {
        f.insert(QStringLiteral("state"), state);
    }
    if (accountId) {
        f.insert(QStringLiteral("account_id"), accountId);
    }
    return f;
}

bool intList(const Request &request, const QString &key, QList<qint64> *out, Response *error)
{
    const QStringList values = request.list(key);
    for (const QString &v : values) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok) {
            *error = badRequest(
                QStringLiteral("Invalid value for %1: '%2' is not an integer.").arg(key, v));
            return false;
        }
        out->append(n);
    }
    return true;
}

void Router::add(
    const QByteArray &method, const QString &pattern, Handler handler, Area area, bool exactPath)
{
    m_routes.append({ method,
        QRegularExpression(QStringLiteral("^") + pattern
            + (exactPath ? QStringLiteral("$") : QStringLiteral("/?$"))),
        std::move(handler),
        area });
}

Router::Match Router::find(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &r : m_routes) {
        QRegularExpressionMatch m = r.regex.match(path);
        if (!m.hasMatch()) {
            continue;
        }
        if (r.method != method) {
            result.pathMatched = true;
            continue;
        }
        result.handler = &r.handler;
        result.match = m;
        result.area = r.area;
        result.write = method != "GET";
        result.pathMatched = true;
        return result;
    }
    return result;
}

} // namespace Dbtc::Sim
