// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Dbtc::Sim {

// JSON of the administrative objects with the real field names and types (openapi-v3 schemas and
// the data-mie/dbt-cloud-cli captures in fixtures/). Secrets never appear, except the one place
// the real service shows them: the token string in the answer to a service-token create.

//! Account-level (v3 "global") connection: adapter_version + config.
QJsonObject accountConnectionJson(const World &w, const Connection &c);
//! Project-level connection: type + details (the shape projects and dbt-cloud-cli show).
QJsonObject projectConnectionJson(const Connection &c, qint64 projectId);
QJsonObject repositoryV3Json(const Repository &r);
QJsonObject credentialsJson(const Credentials &c);
QJsonObject userJson(const World &w, const User &u);
QJsonObject grantJson(
    const PermissionGrant &g, qint64 accountId, const char *ownerKey, qint64 ownerId);
QJsonObject groupJson(const World &w, const Group &g);
QJsonObject serviceTokenJson(const ServiceToken &t, qint64 accountId);
QJsonObject webhookJson(const WebhookSubscription &s);
QJsonObject webhookEventJson(const WebhookEvent &e);
QJsonObject webhookReceiptJson(const WebhookReceipt &r);
QJsonObject auditLogJson(const AuditLogEntry &e);
//! Microseconds since the epoch as a string: how webhook objects write time.
QString epochMicros(const QDateTime &t);

} // namespace Dbtc::Sim
