// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Sim {

//! The part of the account a route touches; a permission set grants read and/or write per area.
enum class Area {
    Account, // the account object itself
    Projects,
    Environments,
    Jobs, // job definitions
    Runs, // runs, steps, artifacts; write = trigger, rerun, retry, cancel
    Connections, // account and project connections, credentials
    Repositories,
    Users, // users and groups
    ServiceTokens,
    Webhooks,
    AuditLog,
};

//! A predefined dbt Cloud permission set, by its API key ("job_admin") and display name.
struct PermissionSetInfo
{
    const char *key;
    const char *display;
};

//! Every set the simulator knows, in the order the seeded tokens are made.
const QList<PermissionSetInfo> &permissionSets();
bool isPermissionSet(const QString &key);
QString permissionSetDisplay(const QString &key);
//! True when any of `sets` grants `area` for reading (write=false) or writing.
bool allows(const QStringList &sets, Area area, bool write);
//! The user message of the 403: what the token has and which sets would do.
QString forbiddenMessage(const QStringList &sets, Area area, bool write);

} // namespace Dbtc::Sim
