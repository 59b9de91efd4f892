// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/serialize_admin.h"
#include "simulator/timefmt.h"

namespace Dbtc::Sim {

namespace {

QJsonValue nullable(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray strings(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l) {
        a.append(s);
    }
    return a;
}

} // namespace

QString epochMicros(const QDateTime &t)
{
    return t.isValid() ? QString::number(t.toMSecsSinceEpoch() * 1000) : QString();
}

QJsonObject accountConnectionJson(const World &w, const Connection &c)
{
    int environments = 0;
    for (const Environment &e : w.environments) {
        const Project *p = w.project(e.projectId);
        environments += p && p->connectionId == c.id && e.state == 1 ? 1 : 0;
    }
    return { { QStringLiteral("id"), c.id },
        { QStringLiteral("created_at"), runTimestamp(c.createdAt) },
        { QStringLiteral("updated_at"), runTimestamp(c.updatedAt) },
        { QStringLiteral("account_id"), c.accountId },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("adapter_version"), c.adapterVersion },
        { QStringLiteral("private_link_endpoint_id"), QJsonValue::Null },
        { QStringLiteral("is_ssh_tunnel_enabled"), false },
        { QStringLiteral("oauth_redirect_uri"), QJsonValue::Null },
        { QStringLiteral("oauth_configuration_id"), QJsonValue::Null },
        { QStringLiteral("is_configured_for_native_oauth"), false },
        { QStringLiteral("environment__count"), environments },
        { QStringLiteral("platform_metadata_credentials_id"), QJsonValue::Null },
        { QStringLiteral("analytics_credentials_id"), QJsonValue::Null },
        { QStringLiteral("state"), c.state },
        { QStringLiteral("config"), c.config } };
}

QJsonObject projectConnectionJson(const Connection &c, qint64 projectId)
{
    return { { QStringLiteral("id"), c.id },
        { QStringLiteral("account_id"), c.accountId },
        { QStringLiteral("project_id"), projectId ? projectId : c.projectId },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("type"), c.type() },
        { QStringLiteral("adapter_version"), c.adapterVersion },
        { QStringLiteral("created_by_id"),
            c.createdByServiceTokenId ? QJsonValue::Null : QJsonValue(18599) },
        { QStringLiteral("created_by_service_token_id"), nullable(c.createdByServiceTokenId) },
        { QStringLiteral("details"), c.config },
        { QStringLiteral("state"), c.state },
        { QStringLiteral("created_at"), runTimestamp(c.createdAt) },
        { QStringLiteral("updated_at"), runTimestamp(c.updatedAt) },
        { QStringLiteral("private_link_endpoint_id"), QJsonValue::Null },
        { QStringLiteral("oauth_redirect_uri"), QJsonValue::Null },
        { QStringLiteral("oauth_configuration_id"), QJsonValue::Null } };
}

QJsonObject repositoryV3Json(const Repository &r)
{
    const bool github = r.gitCloneStrategy == QLatin1String("github_app");
    const QJsonValue deployKey = r.deployKeyId
        ? QJsonValue(QJsonObject { { QStringLiteral("id"), r.deployKeyId },
            { QStringLiteral("account_id"), r.accountId },
            { QStringLiteral("state"), 1 },
            // Only the public half exists on the wire, as in the real service.
            { QStringLiteral("public_key"),
                QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%1 dbt-cloud-%2")
                    .arg(QString::number(r.deployKeyId, 36).rightJustified(8, QLatin1Char('0')))
                    .arg(r.id) } })
        : QJsonValue(QJsonValue::Null);
    return { { QStringLiteral("id"), r.id },
        { QStringLiteral("account_id"), r.accountId },
        { QStringLiteral("project_id"), r.projectId },
        { QStringLiteral("full_name"), nullable(r.fullName) },
        { QStringLiteral("remote_url"), r.remoteUrl },
        { QStringLiteral("remote_backend"), r.remoteBackend },
        { QStringLiteral("git_clone_strategy"), r.gitCloneStrategy },
        { QStringLiteral("deploy_key_id"), nullable(r.deployKeyId) },
        { QStringLiteral("repository_credentials_id"), QJsonValue::Null },
        { QStringLiteral("github_installation_id"), nullable(r.githubInstallationId) },
        { QStringLiteral("github_webhook_id"), QJsonValue::Null },
        { QStringLiteral("pull_request_url_template"), nullable(r.pullRequestUrlTemplate) },
        { QStringLiteral("state"), r.state },
        { QStringLiteral("private_link_endpoint_id"), QJsonValue::Null },
        { QStringLiteral("git_provider_id"), github ? QJsonValue(9437) : QJsonValue::Null },
        { QStringLiteral("github_repo"), github ? nullable(r.fullName) : QJsonValue::Null },
        { QStringLiteral("name"), r.fullName.section(QLatin1Char('/'), -1) },
        { QStringLiteral("web_url"),
            github ? QJsonValue(QStringLiteral("https://github.com/") + r.fullName)
                   : QJsonValue::Null },
        { QStringLiteral("created_at"), isoTimestamp(r.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(r.updatedAt) },
        { QStringLiteral("deploy_key"), deployKey },
        { QStringLiteral("git_provider"), QJsonValue::Null },
        { QStringLiteral("gitlab"), QJsonValue::Null },
        { QStringLiteral("is_private_link_enabled"), false } };
}

QJsonObject credentialsJson(const Credentials &c)
{
    QJsonObject o { { QStringLiteral("id"), c.id },
        { QStringLiteral("account_id"), c.accountId },
        { QStringLiteral("project_id"), c.projectId },
        { QStringLiteral("type"), c.type },
        { QStringLiteral("state"), c.state },
        { QStringLiteral("threads"), c.threads },
        { QStringLiteral("schema"), c.schema },
        { QStringLiteral("target_name"), QStringLiteral("default") },
        { QStringLiteral("created_at"), isoTimestamp(c.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(c.updatedAt) } };
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonObject grantJson(
    const PermissionGrant &g, qint64 accountId, const char *ownerKey, qint64 ownerId)
{
    return { { QStringLiteral("id"), g.id },
        { QStringLiteral("account_id"), accountId },
        { QLatin1String(ownerKey), ownerId },
        { QStringLiteral("project_id"), nullable(g.projectId) },
        { QStringLiteral("all_projects"), g.projectId == 0 },
        { QStringLiteral("permission_set"), g.permissionSet },
        { QStringLiteral("permission_level"), QJsonValue::Null },
        { QStringLiteral("state"), 1 },
        { QStringLiteral("writable_environment_categories"),
            strings(g.writableEnvironmentCategories) } };
}

QJsonObject userJson(const World &w, const User &u)
{
    QJsonArray permissions;
    QJsonArray groups;
    for (qint64 gid : u.groupIds) {
        const auto g = w.groups.constFind(gid);
        if (g == w.groups.cend() || g->state != 1) {
            continue;
        }
        groups.append(
            QJsonObject { { QStringLiteral("id"), g->id }, { QStringLiteral("name"), g->name } });
        for (const PermissionGrant &p : g->permissions) {
            permissions.append(grantJson(p, u.accountId, "group_id", g->id));
        }
    }
    const QJsonObject license { { QStringLiteral("license_type"), u.licenseType },
        { QStringLiteral("state"), 1 } };
    return { { QStringLiteral("id"), u.id },
        { QStringLiteral("first_name"), u.firstName },
        { QStringLiteral("last_name"), u.lastName },
        { QStringLiteral("email"), u.email },
        { QStringLiteral("apitoken_last_used"), QJsonValue::Null },
        { QStringLiteral("azure_active_directory_connected"), false },
        { QStringLiteral("azure_active_directory_token_retrieval_failure"), false },
        { QStringLiteral("azure_active_directory_username"), QJsonValue::Null },
        { QStringLiteral("email_connected"), true },
        { QStringLiteral("email_verified"), true },
        { QStringLiteral("enterprise_connected"), false },
        { QStringLiteral("enterprise_authentication_method"), QJsonValue::Null },
        { QStringLiteral("github_connected"), u.licenseType == QLatin1String("developer") },
        { QStringLiteral("github_username"), QJsonValue::Null },
        { QStringLiteral("gitlab_connected"), false },
        { QStringLiteral("gitlab_username"), QJsonValue::Null },
        { QStringLiteral("is_active"), u.isActive },
        { QStringLiteral("is_staff"), false },
        { QStringLiteral("last_login"), isoTimestamp(u.lastLogin) },
        { QStringLiteral("sso_only_user"), false },
        { QStringLiteral("github_token_retrieval_failure"), false },
        { QStringLiteral("gitlab_token_retrieval_failure"), false },
        { QStringLiteral("created_at"), isoTimestamp(u.createdAt) },
        { QStringLiteral("permissions"), permissions },
        { QStringLiteral("groups"), groups },
        { QStringLiteral("auth_provider_infos"), QJsonObject() },
        { QStringLiteral("licenses"), QJsonObject { { QString::number(u.accountId), license } } } };
}

QJsonObject groupJson(const World &w, const Group &g)
{
    QJsonArray permissions;
    for (const PermissionGrant &p : g.permissions) {
        permissions.append(grantJson(p, g.accountId, "group_id", g.id));
    }
    int members = 0;
    for (const User &u : w.users) {
        members += u.accountId == g.accountId && u.groupIds.contains(g.id) ? 1 : 0;
    }
    return { { QStringLiteral("id"), g.id },
        { QStringLiteral("account_id"), g.accountId },
        { QStringLiteral("name"), g.name },
        { QStringLiteral("state"), g.state },
        { QStringLiteral("assign_by_default"), g.assignByDefault },
        { QStringLiteral("sso_mapping_groups"), strings(g.ssoMappingGroups) },
        { QStringLiteral("created_at"), isoTimestamp(g.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(g.updatedAt) },
        { QStringLiteral("group_permissions"), permissions },
        { QStringLiteral("member_count"), members },
        { QStringLiteral("scim_managed"), false } };
}

QJsonObject serviceTokenJson(const ServiceToken &t, qint64 accountId)
{
    QJsonArray permissions;
    QJsonArray grants;
    for (const PermissionGrant &p : t.permissions) {
        permissions.append(grantJson(p, accountId, "service_token_id", t.id));
        grants.append(QJsonObject { { QStringLiteral("permission_set"), p.permissionSet },
            { QStringLiteral("project_id"), nullable(p.projectId) },
            { QStringLiteral("writable_environment_categories"),
                strings(p.writableEnvironmentCategories) } });
    }
    const QStringList sets = t.sets();
    return { { QStringLiteral("id"), t.id },
        { QStringLiteral("created_at"), isoTimestamp(t.createdAt) },
        { QStringLiteral("updated_at"), isoTimestamp(t.updatedAt) },
        { QStringLiteral("account_id"), accountId },
        { QStringLiteral("uid"), t.uid },
        { QStringLiteral("name"), t.name },
        { QStringLiteral("state"), t.state },
        { QStringLiteral("permission_grants"), grants },
        { QStringLiteral("last_used"), isoTimestamp(t.lastUsed) },
        { QStringLiteral("semantic_layer_credentials"), QJsonArray() },
        { QStringLiteral("metadata_only"),
            sets == QStringList { QStringLiteral("metadata_only") } },
        { QStringLiteral("webhooks_only"),
            sets == QStringList { QStringLiteral("webhooks_only") } },
        { QStringLiteral("service_token_permissions"), permissions } };
}

QJsonObject webhookJson(const WebhookSubscription &s)
{
    QJsonArray jobs;
    for (qint64 id : s.jobIds) {
        jobs.append(QString::number(id)); // strings on the wire, like the real service
    }
    QJsonObject o { { QStringLiteral("id"), s.id },
        { QStringLiteral("account_identifier"), QStringLiteral("act_%1").arg(s.accountId) },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("description"), s.description },
        { QStringLiteral("job_ids"), jobs },
        { QStringLiteral("event_types"), strings(s.eventTypes) },
        { QStringLiteral("client_url"), s.clientUrl },
        { QStringLiteral("active"), s.active },
        { QStringLiteral("created_at"), epochMicros(s.createdAt) },
        { QStringLiteral("updated_at"), epochMicros(s.updatedAt) },
        { QStringLiteral("account_id"), QString::number(s.accountId) },
        { QStringLiteral("http_status_code"), s.httpStatusCode } };
    if (s.dispatchedAt.isValid()) {
        o.insert(QStringLiteral("dispatched_at"), epochMicros(s.dispatchedAt));
    }
    if (!s.deactivateReason.isEmpty()) {
        o.insert(QStringLiteral("deactivate_reason"), s.deactivateReason);
    }
    return o;
}

QJsonObject webhookEventJson(const WebhookEvent &e)
{
    return { { QStringLiteral("id"), e.id },
        { QStringLiteral("subscription_id"), e.subscriptionId },
        { QStringLiteral("account_identifier"), QStringLiteral("act_%1").arg(e.accountId) },
        { QStringLiteral("job_id"), e.jobId ? QString::number(e.jobId) : QString() },
        { QStringLiteral("trigger_event_type"), e.eventType },
        { QStringLiteral("payload"), e.payload },
        { QStringLiteral("http_status_code"), e.httpStatusCode },
        { QStringLiteral("account_id"), QString::number(e.accountId) },
        { QStringLiteral("created_at"), epochMicros(e.createdAt) } };
}

QJsonObject webhookReceiptJson(const WebhookReceipt &r)
{
    return { { QStringLiteral("id"), r.id },
        { QStringLiteral("event_id"), r.eventId },
        { QStringLiteral("subscription_id"), r.subscriptionId },
        { QStringLiteral("dispatched_at"), epochMicros(r.dispatchedAt) },
        { QStringLiteral("http_status_code"), r.httpStatusCode },
        { QStringLiteral("error_info"), r.errorInfo },
        { QStringLiteral("request_body"), r.requestBody },
        { QStringLiteral("request_headers"), r.requestHeaders },
        { QStringLiteral("response_body"), r.responseBody } };
}

QJsonObject auditLogJson(const AuditLogEntry &e)
{
    const QString loggedAt = e.loggedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral("+00:00");
    return { { QStringLiteral("account_id"), e.accountId },
        { QStringLiteral("service"), QStringLiteral("SERVICE_DBT_CLOUD") },
        { QStringLiteral("source"), e.source },
        { QStringLiteral("routing_key"), e.routingKey },
        { QStringLiteral("actor_type"), e.actorType },
        { QStringLiteral("actor_name"), e.actorName },
        { QStringLiteral("actor_id"), e.actorId },
        { QStringLiteral("logged_at"), loggedAt },
        { QStringLiteral("uuid"), e.uuid },
        { QStringLiteral("actor_ip"), QStringLiteral("203.0.113.%1").arg(10 + e.actorId % 200) },
        { QStringLiteral("metadata"), e.metadata },
        { QStringLiteral("internal"), false },
        { QStringLiteral("id"), e.id },
        { QStringLiteral("state"), 1 },
        { QStringLiteral("created_at"), runTimestamp(e.loggedAt.addMSecs(1200)) },
        { QStringLiteral("updated_at"), runTimestamp(e.loggedAt.addMSecs(1200)) } };
}

} // namespace Dbtc::Sim
