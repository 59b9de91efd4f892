// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! \file The column spec of each admin area: its headers and how one API object becomes a
//! row of AdminTableModel. Plain functions so the directory stays about loading.

#include "api/types/admin.h"
#include "api/types/environment.h"
#include "models/admin/admintablemodel.h"
#include "models/common/adminarea.h"

#include <QDateTime>
#include <QHash>

namespace Dbtc::Models {

//! Names of the objects an area's rows point at, so rows say "Snowflake prod", not "#42".
struct AdminLookups
{
    QHash<qint64, QString> projects;
    QHash<qint64, QString> connections;
    QHash<qint64, QString> credentials;
    QHash<qint64, QString> jobs;
};

QStringList adminHeaders(AdminArea area);
QStringList receiptHeaders();

AdminRow environmentRow(const Api::Environment &e, const AdminLookups &names);
//! \a scope: "Account" for the v3 list, else the project it belongs to.
AdminRow connectionRow(const Api::WarehouseConnection &c, const QString &scope);
AdminRow repositoryRow(const Api::Repository &r, const AdminLookups &names);
AdminRow userRow(const Api::User &u, const QDateTime &now);
AdminRow groupRow(const Api::Group &g, const AdminLookups &names);
AdminRow tokenRow(const Api::ServiceToken &t, const QDateTime &now);
AdminRow webhookRow(
    const Api::WebhookSubscription &w, const AdminLookups &names, const QDateTime &now);
//! One delivery of \a event; \a receipt null while it has not been delivered.
AdminRow receiptRow(
    const Api::WebhookEvent &event, const Api::WebhookReceipt *receipt, const QDateTime &now);

//! "ssh-rsa ••••••••1x9Q": the key type and its last four characters, never the key.
QString maskedDeployKey(const QString &publicKey);
//! "Account Admin, Job Viewer (project 12)".
QString grantsText(const QList<Api::PermissionGrant> &grants, const AdminLookups &names);
//! "200 OK", "410 Gone", "Not sent yet" for a webhook's http_status_code.
QString deliveryStatusText(const QString &httpStatusCode);

} // namespace Dbtc::Models
