// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/admin/admincolumns.h"

#include "models/common/timetext.h"

#include <QCoreApplication>

namespace Dbtc::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dbtc::Models", text); // the context lupdate records here
}

AdminCell cell(const QString &text, const QVariant &sort = {}, const QString &toolTip = {})
{
    return { text, sort, toolTip };
}

//! "3 hours ago", sorted by the time itself; "Never" sorts first.
AdminCell whenCell(const QDateTime &when, const QDateTime &now, const QString &never)
{
    if (!when.isValid()) {
        return cell(never, QVariant::fromValue(qint64(0)));
    }
    return cell(relativeTimeText(when, now),
        QVariant::fromValue(when.toMSecsSinceEpoch()),
        exactTimeText(when));
}

QString nameOr(const QHash<qint64, QString> &names, std::optional<qint64> id)
{
    if (!id) {
        return tr("None");
    }
    return names.value(*id, QStringLiteral("#%1").arg(*id));
}

QString stateText(Api::ObjectState state)
{
    switch (state) {
    case Api::ObjectState::Active:
        return tr("Active");
    case Api::ObjectState::Deleted:
        return tr("Revoked");
    case Api::ObjectState::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace

QStringList adminHeaders(AdminArea area)
{
    switch (area) {
    case AdminArea::Environments:
        return { tr("Name"),
            tr("Project"),
            tr("Type"),
            tr("Deployment"),
            tr("dbt version"),
            tr("Custom branch"),
            tr("Connection"),
            tr("Credentials") };
    case AdminArea::Connections:
        return { tr("Name"), tr("Adapter"), tr("Level"), tr("Environments"), tr("Settings") };
    case AdminArea::Repositories:
        return { tr("Repository"),
            tr("Project"),
            tr("Remote"),
            tr("Provider"),
            tr("Clone strategy"),
            tr("Deploy key") };
    case AdminArea::Users:
        return { tr("Name"), tr("Email"), tr("Licence"), tr("Groups"), tr("Last login") };
    case AdminArea::Groups:
        return { tr("Name"),
            tr("Permission sets"),
            tr("Projects"),
            tr("SSO groups"),
            tr("Assigned by default") };
    case AdminArea::ServiceTokens:
        return { tr("Name"), tr("Permission sets"), tr("State"), tr("Last used"), tr("Created") };
    case AdminArea::Webhooks:
        return { tr("Name"),
            tr("Events"),
            tr("URL"),
            tr("Jobs"),
            tr("Active"),
            tr("Last delivery"),
            tr("Last sent") };
    }
    return {};
}

QStringList receiptHeaders()
{
    return { tr("Sent"), tr("Event"), tr("Status"), tr("Error"), tr("Response") };
}

QString maskedDeployKey(const QString &publicKey)
{
    const QString key = publicKey.trimmed();
    if (key.isEmpty()) {
        return {};
    }
    const QString type = key.section(QLatin1Char(' '), 0, 0);
    const QString body = key.section(QLatin1Char(' '), 1, 1);
    const QString tail = body.size() > 8 ? body.right(4) : QString();
    return type + QStringLiteral(" ••••••••") + tail;
}

QString grantsText(const QList<Api::PermissionGrant> &grants, const AdminLookups &names)
{
    QStringList out;
    for (const Api::PermissionGrant &g : grants) {
        QString text = Api::permissionSetText(g.permissionSet);
        if (g.projectId && *g.projectId != 0) {
            text += QStringLiteral(" (%1)").arg(nameOr(names.projects, g.projectId));
        }
        if (!out.contains(text)) {
            out << text;
        }
    }
    return out.join(QStringLiteral(", "));
}

QString deliveryStatusText(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("0")) {
        return tr("Not sent yet");
    }
    static const QHash<QString, const char *> reasons { { QStringLiteral("200"), "OK" },
        { QStringLiteral("201"), "Created" },
        { QStringLiteral("202"), "Accepted" },
        { QStringLiteral("204"), "No Content" },
        { QStringLiteral("400"), "Bad Request" },
        { QStringLiteral("401"), "Unauthorized" },
        { QStringLiteral("403"), "Forbidden" },
        { QStringLiteral("404"), "Not Found" },
        { QStringLiteral("410"), "Gone" },
        { QStringLiteral("500"), "Internal Server Error" },
        { QStringLiteral("502"), "Bad Gateway" },
        { QStringLiteral("503"), "Service Unavailable" } };
    const char *reason = reasons.value(code);
    return reason ? code + QLatin1Char(' ') + QLatin1String(reason) : code;
}

AdminRow environmentRow(const Api::Environment &e, const AdminLookups &names)
{
    QString deployment;
    switch (e.deploymentType) {
    case Api::DeploymentType::Production:
        deployment = tr("Production");
        break;
    case Api::DeploymentType::Staging:
        deployment = tr("Staging");
        break;
    case Api::DeploymentType::Other:
        deployment = tr("Other");
        break;
    case Api::DeploymentType::None:
        deployment = e.type == Api::EnvironmentType::Deployment ? tr("General") : QString();
        break;
    }
    return { QString::number(e.id),
        { cell(e.name),
            cell(names.projects.value(e.projectId, QStringLiteral("#%1").arg(e.projectId))),
            cell(Api::environmentTypeText(e.type)),
            cell(deployment),
            cell(e.dbtVersion),
            cell(e.useCustomBranch ? e.customBranch : tr("Default branch")),
            cell(nameOr(names.connections, e.connectionId)),
            cell(nameOr(names.credentials, e.credentialsId)) } };
}

AdminRow connectionRow(const Api::WarehouseConnection &c, const QString &scope)
{
    QStringList settings;
    for (const char *key : { "account", "database", "warehouse", "project_id", "host" }) {
        const QString value = c.config.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            settings << QStringLiteral("%1: %2").arg(QLatin1String(key), value);
        }
    }
    const QString adapter = c.adapterVersion.isEmpty() ? c.type : c.adapterVersion;
    return { QString::number(c.id),
        { cell(c.name),
            cell(adapter),
            cell(scope),
            c.environmentCount < 0 ? cell(QString(), QVariant::fromValue(-1))
                                   : cell(QString::number(c.environmentCount), c.environmentCount),
            cell(settings.join(QStringLiteral(" · ")), {}, settings.join(QLatin1Char('\n'))) } };
}

AdminRow repositoryRow(const Api::Repository &r, const AdminLookups &names)
{
    QString key = maskedDeployKey(r.deployKeyPublic);
    if (key.isEmpty() && r.deployKeyId) {
        key = tr("Key #%1 (not shown)").arg(*r.deployKeyId);
    }
    return { QString::number(r.id),
        { cell(r.fullName.isEmpty() ? r.remoteUrl : r.fullName),
            cell(names.projects.value(r.projectId, QStringLiteral("#%1").arg(r.projectId))),
            cell(r.remoteUrl),
            cell(r.remoteBackend),
            cell(r.gitCloneStrategy),
            cell(key, {}, tr("Deploy keys are masked: copy them in dbt Cloud")) } };
}

static QString licenceText(const QString &key)
{
    if (key == QLatin1String("developer")) {
        return tr("Developer");
    }
    if (key == QLatin1String("read_only")) {
        return tr("Read-only");
    }
    if (key == QLatin1String("it")) {
        return tr("IT");
    }
    return key;
}

AdminRow userRow(const Api::User &u, const QDateTime &now)
{
    return { QString::number(u.id),
        { cell(u.displayName()),
            cell(u.email),
            cell(licenceText(u.licenseType), {}, u.licenseType),
            cell(u.groupNames.join(QStringLiteral(", "))),
            whenCell(u.lastLogin, now, tr("Never")) } };
}

AdminRow groupRow(const Api::Group &g, const AdminLookups &names)
{
    QStringList projects;
    bool all = false;
    for (const Api::PermissionGrant &p : g.permissions) {
        if (!p.projectId || *p.projectId == 0) {
            all = true;
        } else {
            projects << nameOr(names.projects, p.projectId);
        }
    }
    projects.removeDuplicates();
    QStringList sets;
    for (const Api::PermissionGrant &p : g.permissions) {
        sets << Api::permissionSetText(p.permissionSet);
    }
    sets.removeDuplicates();
    return { QString::number(g.id),
        { cell(g.name),
            cell(sets.join(QStringLiteral(", "))),
            cell(all ? tr("All projects") : projects.join(QStringLiteral(", "))),
            cell(g.ssoMappingGroups.join(QStringLiteral(", "))),
            cell(g.assignByDefault ? tr("Yes") : tr("No")) } };
}

AdminRow tokenRow(const Api::ServiceToken &t, const QDateTime &now)
{
    return { QString::number(t.id),
        { cell(t.name),
            cell(grantsText(t.grants, {})),
            cell(stateText(t.state)),
            whenCell(t.lastUsed, now, tr("Never")),
            whenCell(t.createdAt, now, tr("Unknown")) } };
}

AdminRow webhookRow(
    const Api::WebhookSubscription &w, const AdminLookups &names, const QDateTime &now)
{
    QStringList jobs;
    for (qint64 id : w.jobIds) {
        jobs << names.jobs.value(id, QStringLiteral("#%1").arg(id));
    }
    const QString status = deliveryStatusText(w.lastStatusCode);
    return { w.id,
        { cell(w.name, {}, w.description),
            cell(w.eventTypes.join(QStringLiteral(", "))),
            cell(w.clientUrl),
            cell(jobs.isEmpty() ? tr("All jobs") : jobs.join(QStringLiteral(", "))),
            cell(w.active ? tr("Yes") : tr("No"), {}, w.deactivateReason),
            cell(status, w.lastStatusCode.toInt()),
            whenCell(w.lastDispatchedAt, now, tr("Never")) } };
}

AdminRow receiptRow(
    const Api::WebhookEvent &event, const Api::WebhookReceipt *receipt, const QDateTime &now)
{
    const QDateTime when = receipt ? receipt->dispatchedAt : event.createdAt;
    return { receipt ? receipt->id : event.id,
        { whenCell(when, now, tr("Not sent yet")),
            cell(event.eventType, {}, event.id),
            cell(receipt ? deliveryStatusText(receipt->httpStatusCode) : tr("Not delivered yet")),
            cell(receipt ? receipt->errorInfo : QString()),
            cell(receipt ? receipt->responseBody.left(200) : QString(),
                {},
                receipt ? receipt->responseBody.left(2000) : QString()) } };
}

} // namespace Dbtc::Models
