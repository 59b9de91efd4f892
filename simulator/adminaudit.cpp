// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/adminaudit.h"

#include "simulator/world.h"

#include <QUuid>

namespace Dbtc::Sim {

void audit(
    Context &ctx, const char *event, const QString &objectKind, qint64 id, const QString &name)
{
    AuditLogEntry e;
    e.id = ctx.world.allocAdminId();
    e.accountId = ctx.accountId;
    e.routingKey = QStringLiteral("v1.events.") + QLatin1String(event);
    e.actorType = QStringLiteral("ACTOR_SERVICE_TOKEN");
    e.actorName = ctx.actorName;
    e.actorId = ctx.tokenId;
    e.source = QStringLiteral("SOURCE_API");
    // Name-based (v5) uuid from the entry id: deterministic across runs of the same scenario.
    e.uuid = QUuid::createUuidV5(QUuid(), QString::number(e.id)).toString(QUuid::WithoutBraces);
    e.metadata = QJsonObject { { objectKind,
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } } } };
    e.loggedAt = ctx.now;
    ctx.world.auditLog.append(e);
}

} // namespace Dbtc::Sim
