// SPDX-License-Identifier: GPL-3.0-or-later
// Decoders and request bodies of the account's administrative objects.
#include "api/json/json.h"
#include "api/json/reader.h"

#include <QHash>
#include <QTimeZone>

namespace Dbtc::Api::Json {

namespace {

//! Webhook timestamps: epoch microseconds as a string (or a number).
QDateTime fromEpochMicros(const QJsonValue &v)
{
    bool ok = false;
    const qint64 micros = v.isString() ? v.toString().toLongLong(&ok) : v.toInteger(0);
    ok = ok || (v.isDouble() && micros != 0);
    return ok && micros > 0 ? QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC) : QDateTime();
}

QString stringOrNumber(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QList<PermissionGrant> grantsFrom(const QJsonArray &array)
{
    QList<PermissionGrant> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        PermissionGrant g;
        g.permissionSet = o.value(u"permission_set").toString();
        const QJsonValue project = o.value(u"project_id");
        if (!project.isNull() && !project.isUndefined() && !o.value(u"all_projects").toBool()) {
            g.projectId = project.toInteger();
        }
        if (!g.permissionSet.isEmpty()) {
            out.append(g);
        }
    }
    return out;
}

} // namespace

Result<WarehouseConnection> connectionFromJson(const QJsonObject &object)
{
    Reader r(object);
    WarehouseConnection c;
    c.id = r.id("id");
    c.accountId = r.id("account_id");
    c.name = r.string("name");
    c.adapterVersion = r.optionalString("adapter_version");
    // The project-level form says "type" and keeps its settings in "details".
    c.accountLevel = !object.contains(u"details");
    c.projectId = c.accountLevel ? std::nullopt : r.optionalId("project_id");
    c.type = r.optionalString("type");
    if (c.type.isEmpty()) {
        c.type = c.adapterVersion.section(u'_', 0, -2);
        if (c.type.isEmpty()) {
            c.type = c.adapterVersion;
        }
    }
    c.environmentCount = static_cast<int>(r.integer("environment__count", -1));
    c.state = r.state();
    c.config = r.object(c.accountLevel ? "config" : "details").toVariantMap();
    c.createdAt = r.optionalTimestamp("created_at");
    c.updatedAt = r.optionalTimestamp("updated_at");
    if (!r.ok()) {
        return r.error();
    }
    return c;
}

Result<Repository> repositoryFromJson(const QJsonObject &object)
{
    Reader r(object);
    Repository p;
    p.id = r.id("id");
    p.accountId = r.id("account_id");
    p.projectId = r.integer("project_id");
    p.fullName = r.optionalString("full_name");
    p.remoteUrl = r.string("remote_url");
    p.remoteBackend = r.optionalString("remote_backend");
    p.gitCloneStrategy = r.optionalString("git_clone_strategy");
    p.deployKeyId = r.optionalId("deploy_key_id");
    p.deployKeyPublic = r.object("deploy_key").value(u"public_key").toString();
    p.pullRequestUrlTemplate = r.optionalString("pull_request_url_template");
    p.state = r.state();
    p.createdAt = r.optionalTimestamp("created_at");
    p.updatedAt = r.optionalTimestamp("updated_at");
    if (!r.ok()) {
        return r.error();
    }
    return p;
}

Result<Credential> credentialFromJson(const QJsonObject &object)
{
    Reader r(object);
    Credential c;
    c.id = r.id("id");
    c.accountId = r.id("account_id");
    c.projectId = r.integer("project_id");
    c.type = r.optionalString("type");
    c.schema = r.optionalString("schema");
    c.threads = static_cast<int>(r.integer("threads"));
    c.state = r.state();
    if (!r.ok()) {
        return r.error();
    }
    return c;
}

Result<User> userFromJson(const QJsonObject &object)
{
    Reader r(object);
    User u;
    u.id = r.id("id");
    u.firstName = r.optionalString("first_name");
    u.lastName = r.optionalString("last_name");
    u.email = r.string("email");
    u.isActive = r.boolean("is_active", true);
    u.lastLogin = r.optionalTimestamp("last_login");
    u.createdAt = r.optionalTimestamp("created_at");
    // licenses is keyed by account id; a user listed for one account has one entry here.
    const QJsonObject licenses = r.object("licenses");
    for (auto it = licenses.begin(); it != licenses.end(); ++it) {
        const QJsonObject license = it.value().toObject();
        if (license.value(u"state").toInt(1) == 1) {
            u.licenseType = license.value(u"license_type").toString();
            break;
        }
    }
    const QJsonArray groups = object.value(u"groups").toArray();
    for (const QJsonValue &g : groups) {
        u.groupIds << g.toObject().value(u"id").toInteger();
        u.groupNames << g.toObject().value(u"name").toString();
    }
    if (!r.ok()) {
        return r.error();
    }
    return u;
}

Result<Group> groupFromJson(const QJsonObject &object)
{
    Reader r(object);
    Group g;
    g.id = r.id("id");
    g.accountId = r.id("account_id");
    g.name = r.string("name");
    g.assignByDefault = r.boolean("assign_by_default");
    g.ssoMappingGroups = r.stringList("sso_mapping_groups");
    g.permissions = grantsFrom(object.value(u"group_permissions").toArray());
    g.memberCount = static_cast<int>(r.integer("member_count"));
    g.state = r.state();
    g.createdAt = r.optionalTimestamp("created_at");
    g.updatedAt = r.optionalTimestamp("updated_at");
    if (!r.ok()) {
        return r.error();
    }
    return g;
}

Result<ServiceToken> serviceTokenFromJson(const QJsonObject &object)
{
    Reader r(object);
    ServiceToken t;
    t.id = r.id("id");
    t.accountId = r.id("account_id");
    t.uid = r.optionalString("uid");
    t.name = r.string("name");
    t.state = r.state();
    // permission_grants in newer answers, service_token_permissions in older ones.
    const QJsonArray grants = object.value(u"permission_grants").toArray();
    t.grants = grantsFrom(
        grants.isEmpty() ? object.value(u"service_token_permissions").toArray() : grants);
    t.lastUsed = r.optionalTimestamp("last_used");
    t.createdAt = r.optionalTimestamp("created_at");
    if (!r.ok()) {
        return r.error();
    }
    return t;
}

Result<CreatedServiceToken> createdServiceTokenFromJson(const QJsonObject &object)
{
    Result<ServiceToken> token = serviceTokenFromJson(object);
    if (!token) {
        return token.error();
    }
    CreatedServiceToken created { token.value(), object.value(u"token_string").toString() };
    if (created.secret.isEmpty()) {
        return decodeError(QStringLiteral("token_string: missing from the create answer"));
    }
    return created;
}

Result<WebhookSubscription> webhookFromJson(const QJsonObject &object)
{
    Reader r(object);
    WebhookSubscription s;
    s.id = r.string("id");
    s.name = r.string("name");
    s.description = r.optionalString("description");
    s.jobIds = r.idList("job_ids");
    s.eventTypes = r.stringList("event_types");
    s.clientUrl = r.string("client_url");
    s.active = r.boolean("active", true);
    s.lastStatusCode = stringOrNumber(object.value(u"http_status_code"));
    s.lastDispatchedAt = fromEpochMicros(object.value(u"dispatched_at"));
    s.deactivateReason = r.optionalString("deactivate_reason");
    s.createdAt = fromEpochMicros(object.value(u"created_at"));
    s.updatedAt = fromEpochMicros(object.value(u"updated_at"));
    s.hmacSecret = r.optionalString("hmac_secret");
    if (!r.ok()) {
        return r.error();
    }
    return s;
}

Result<WebhookEvent> webhookEventFromJson(const QJsonObject &object)
{
    Reader r(object);
    WebhookEvent e;
    e.id = r.string("id");
    e.subscriptionId = r.optionalString("subscription_id");
    e.eventType = r.optionalString("trigger_event_type");
    const QString job = stringOrNumber(object.value(u"job_id"));
    if (bool ok = false; job.toLongLong(&ok), ok) {
        e.jobId = job.toLongLong();
    }
    e.httpStatusCode = stringOrNumber(object.value(u"http_status_code"));
    e.createdAt = fromEpochMicros(object.value(u"created_at"));
    if (!r.ok()) {
        return r.error();
    }
    return e;
}

Result<WebhookReceipt> webhookReceiptFromJson(const QJsonObject &object)
{
    Reader r(object);
    WebhookReceipt w;
    w.id = r.string("id");
    w.eventId = r.optionalString("event_id");
    w.httpStatusCode = stringOrNumber(object.value(u"http_status_code"));
    w.errorInfo = r.optionalString("error_info");
    w.responseBody = r.optionalString("response_body");
    w.dispatchedAt = fromEpochMicros(object.value(u"dispatched_at"));
    if (!r.ok()) {
        return r.error();
    }
    return w;
}

QJsonArray grantsToJson(const QList<PermissionGrant> &grants, qint64 accountId)
{
    QJsonArray out;
    for (const PermissionGrant &g : grants) {
        out.append(QJsonObject { { QStringLiteral("account_id"), accountId },
            { QStringLiteral("permission_set"), g.permissionSet },
            { QStringLiteral("all_projects"), !g.projectId.has_value() },
            { QStringLiteral("project_id"),
                g.projectId ? QJsonValue(*g.projectId) : QJsonValue(QJsonValue::Null) } });
    }
    return out;
}

QJsonObject webhookToJson(const WebhookDraft &draft)
{
    QJsonArray jobs;
    for (const qint64 id : draft.jobIds) {
        jobs.append(QString::number(id)); // strings, as the service answers them
    }
    return { { QStringLiteral("name"), draft.name },
        { QStringLiteral("description"), draft.description },
        { QStringLiteral("client_url"), draft.clientUrl },
        { QStringLiteral("event_types"), QJsonArray::fromStringList(draft.eventTypes) },
        { QStringLiteral("job_ids"), jobs },
        { QStringLiteral("active"), draft.active } };
}

QJsonObject environmentToJson(const EnvironmentDraft &d, qint64 accountId, qint64 projectId)
{
    const auto idOrNull = [](const std::optional<qint64> &id) {
        return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
    };
    return { { QStringLiteral("account_id"), accountId },
        { QStringLiteral("project_id"), projectId },
        { QStringLiteral("name"), d.name },
        { QStringLiteral("type"), d.type },
        { QStringLiteral("deployment_type"),
            d.deploymentType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(d.deploymentType) },
        { QStringLiteral("dbt_version"), d.dbtVersion },
        { QStringLiteral("use_custom_branch"), d.useCustomBranch },
        { QStringLiteral("custom_branch"),
            d.customBranch.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.customBranch) },
        { QStringLiteral("connection_id"), idOrNull(d.connectionId) },
        { QStringLiteral("credentials_id"), idOrNull(d.credentialsId) },
        { QStringLiteral("state"), 1 } };
}

} // namespace Dbtc::Api::Json

namespace Dbtc::Api {

QString User::displayName() const
{
    const QString full = QString(firstName + u' ' + lastName).trimmed();
    return full.isEmpty() ? email : full;
}

QString permissionSetText(const QString &key)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("owner"), QStringLiteral("Owner") },
        { QStringLiteral("account_admin"), QStringLiteral("Account Admin") },
        { QStringLiteral("account_viewer"), QStringLiteral("Account Viewer") },
        { QStringLiteral("admin"), QStringLiteral("Admin") },
        { QStringLiteral("project_creator"), QStringLiteral("Project Creator") },
        { QStringLiteral("security_admin"), QStringLiteral("Security Admin") },
        { QStringLiteral("job_admin"), QStringLiteral("Job Admin") },
        { QStringLiteral("developer"), QStringLiteral("Developer") },
        { QStringLiteral("job_runner"), QStringLiteral("Job Runner") },
        { QStringLiteral("job_viewer"), QStringLiteral("Job Viewer") },
        { QStringLiteral("git_admin"), QStringLiteral("Git Admin") },
        { QStringLiteral("database_admin"), QStringLiteral("Database Admin") },
        { QStringLiteral("webhooks_only"), QStringLiteral("Webhooks Only") },
        { QStringLiteral("metadata_only"), QStringLiteral("Metadata Only") },
        { QStringLiteral("analyst"), QStringLiteral("Analyst") },
        { QStringLiteral("member"), QStringLiteral("Member") },
        { QStringLiteral("stakeholder"), QStringLiteral("Stakeholder") },
    };
    return names.value(key, key);
}

} // namespace Dbtc::Api
