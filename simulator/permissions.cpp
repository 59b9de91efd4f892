// SPDX-License-Identifier: GPL-3.0-or-later
// What each permission set may do, after docs.getdbt.com "Enterprise permissions" (account- and
// project-level sets). Project scoping is not modelled: a grant applies to every project.
#include "simulator/permissions.h"

namespace Dbtc::Sim {

namespace {

struct Grant
{
    const char *set;
    QList<Area> read;
    QList<Area> write;
};

const QList<Area> kAll { Area::Account,
    Area::Projects,
    Area::Environments,
    Area::Jobs,
    Area::Runs,
    Area::Connections,
    Area::Repositories,
    Area::Users,
    Area::ServiceTokens,
    Area::Webhooks,
    Area::AuditLog };

// What every project-level set reads (the console's monitoring needs exactly this).
const QList<Area> kProjectRead {
    Area::Account, Area::Projects, Area::Environments, Area::Jobs, Area::Runs
};

const QList<Grant> &grants()
{
    static const QList<Grant> g {
        { "account_admin", kAll, kAll },
        { "owner", kAll, kAll },
        { "account_viewer", kAll, {} },
        { "admin",
            kProjectRead + QList<Area> { Area::Connections, Area::Repositories, Area::Users },
            { Area::Environments, Area::Jobs, Area::Runs, Area::Connections, Area::Repositories } },
        { "project_creator",
            kProjectRead + QList<Area> { Area::Connections, Area::Repositories, Area::Users },
            { Area::Projects,
                Area::Environments,
                Area::Jobs,
                Area::Runs,
                Area::Connections,
                Area::Repositories } },
        { "security_admin",
            { Area::Account, Area::Users, Area::ServiceTokens, Area::AuditLog },
            { Area::Users, Area::ServiceTokens } },
        { "job_admin",
            kProjectRead + QList<Area> { Area::Connections, Area::Repositories },
            { Area::Environments, Area::Jobs, Area::Runs } },
        { "job_runner", kProjectRead, { Area::Runs } },
        { "job_viewer", kProjectRead, {} },
        { "git_admin",
            { Area::Account, Area::Projects, Area::Environments, Area::Repositories },
            { Area::Repositories } },
        { "database_admin",
            { Area::Account, Area::Projects, Area::Environments, Area::Connections },
            { Area::Connections } },
        { "developer", kProjectRead, { Area::Jobs, Area::Runs } },
        { "webhooks_only", { Area::Webhooks }, { Area::Webhooks } },
        { "metadata_only", {}, {} }, // Discovery API only: every Admin API route is a 403
    };
    return g;
}

const char *areaText(Area a)
{
    switch (a) {
    case Area::Account:
        return "the account";
    case Area::Projects:
        return "projects";
    case Area::Environments:
        return "environments";
    case Area::Jobs:
        return "jobs";
    case Area::Runs:
        return "runs";
    case Area::Connections:
        return "connections and credentials";
    case Area::Repositories:
        return "repositories";
    case Area::Users:
        return "users and groups";
    case Area::ServiceTokens:
        return "service tokens";
    case Area::Webhooks:
        return "webhooks";
    case Area::AuditLog:
        return "the audit log";
    }
    return "";
}

} // namespace

const QList<PermissionSetInfo> &permissionSets()
{
    static const QList<PermissionSetInfo> s {
        { "account_admin", "Account Admin" },
        { "account_viewer", "Account Viewer" },
        { "admin", "Admin" },
        { "project_creator", "Project Creator" },
        { "security_admin", "Security Admin" },
        { "job_admin", "Job Admin" },
        { "job_runner", "Job Runner" },
        { "job_viewer", "Job Viewer" },
        { "git_admin", "Git Admin" },
        { "database_admin", "Database Admin" },
        { "developer", "Developer" },
        { "webhooks_only", "Webhooks Only" },
        { "metadata_only", "Metadata Only" },
        { "owner", "Owner" },
    };
    return s;
}

bool isPermissionSet(const QString &key)
{
    for (const PermissionSetInfo &p : permissionSets()) {
        if (key == QLatin1String(p.key)) {
            return true;
        }
    }
    return false;
}

QString permissionSetDisplay(const QString &key)
{
    for (const PermissionSetInfo &p : permissionSets()) {
        if (key == QLatin1String(p.key)) {
            return QLatin1String(p.display);
        }
    }
    return key;
}

bool allows(const QStringList &sets, Area area, bool write)
{
    for (const Grant &g : grants()) {
        if (sets.contains(QLatin1String(g.set))
            && (write ? g.write.contains(area) : g.read.contains(area))) {
            return true;
        }
    }
    return false;
}

QString forbiddenMessage(const QStringList &sets, Area area, bool write)
{
    QStringList have;
    for (const QString &s : sets) {
        have << permissionSetDisplay(s);
    }
    QStringList would;
    for (const Grant &g : grants()) {
        const QString key = QLatin1String(g.set);
        if (key != QLatin1String("owner")
            && (write ? g.write.contains(area) : g.read.contains(area))) {
            would << permissionSetDisplay(key);
        }
    }
    return QStringLiteral("You do not have permission to perform this action. The token's "
                          "permission set (%1) cannot %2 %3; it needs one of: %4.")
        .arg(have.isEmpty() ? QStringLiteral("none") : have.join(QStringLiteral(", ")),
            write ? QStringLiteral("change") : QStringLiteral("read"),
            QLatin1String(areaText(area)),
            would.join(QStringLiteral(", ")));
}

} // namespace Dbtc::Sim
