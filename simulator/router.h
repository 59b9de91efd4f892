// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/http.h"
#include "simulator/permissions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace Dbtc::Sim {

class Lifecycle;
class WebhookSender;
class World;

//! What a controller sees: the request, its path captures and the world as of `now`.
struct Context
{
    const Request &request;
    QRegularExpressionMatch match;
    World &world;
    Lifecycle &life;
    QDateTime now;
    qint64 accountId = 0;
    qint64 tokenId = 0; // the calling service token (audit log actor)
    QString actorName;
    WebhookSender *webhooks = nullptr; // delivers webhook test events (null: not sent)

    qint64 id(const QString &name) const { return match.captured(name).toLongLong(); }
};

//! limit/offset of a list call, already validated (limit <= 100 like multi-tenant dbt Cloud).
struct PageParams
{
    int limit = 100;
    int offset = 0;
};

std::optional<PageParams> pageParams(const Request &request, Response *error);
//! The base of extra.filters the real service echoes (limit, offset, state, account_id).
QJsonObject baseFilters(const PageParams &page, qint64 accountId, const QString &state);
//! Parses an int list param in any client encoding; false when an element is not an integer.
bool intList(const Request &request, const QString &key, QList<qint64> *out, Response *error);
Response badRequest(const QString &message);

using Handler = std::function<Response(Context &)>;

class Router
{
public:
    //! `pattern` is a path regex without the trailing slash; one is accepted either way.
    //! Named groups (?<account>\d+) carry ids. `area` is what the permission check looks at:
    //! GET reads it, every other method writes it.
    //! `exactPath` refuses the trailing slash (the webhook API has none: with one it is a 404).
    void add(const QByteArray &method,
        const QString &pattern,
        Handler handler,
        Area area,
        bool exactPath = false);

    struct Match
    {
        const Handler *handler = nullptr;
        QRegularExpressionMatch match;
        Area area = Area::Account;
        bool write = false;
        bool pathMatched = false; // some route has this path, but not for this method
    };

    Match find(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression regex;
        Handler handler;
        Area area;
    };

    QList<Route> m_routes;
};

void registerAccountRoutes(Router &router);
void registerJobRoutes(Router &router);
void registerRunRoutes(Router &router);
void registerArtifactRoutes(Router &router);
void registerProjectRoutes(Router &router);
void registerEnvironmentRoutes(Router &router);
void registerConnectionRoutes(Router &router);
void registerRepositoryRoutes(Router &router);
void registerCredentialRoutes(Router &router);
void registerUserRoutes(Router &router);
void registerServiceTokenRoutes(Router &router);
void registerWebhookRoutes(Router &router);
void registerAuditLogRoutes(Router &router);

} // namespace Dbtc::Sim
