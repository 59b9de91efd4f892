// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Sim {

// The administrative side of an account: connections, repositories, credentials, users, groups,
// service tokens, webhook subscriptions and the audit log. Ids are 64-bit like the real ones;
// webhook objects have string ids ("wsu_...", "wev_...", "wre_...") like the real service.

//! A warehouse connection. Account-level (v3 "global") connections have projectId 0; the
//! project-level (legacy) API shows the same object as `details` under a project.
struct Connection
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0; // the project that made it through the project API (0 = account)
    QString name;
    QString adapterVersion; // "snowflake_v0", "bigquery_v0", ...
    QJsonObject config; // adapter fields without secrets
    qint64 createdByServiceTokenId = 0;
    int state = 1;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString type() const { return adapterVersion.section(QLatin1Char('_'), 0, 0); }
};

struct Repository
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    QString remoteUrl;
    QString gitCloneStrategy; // github_app | deploy_key | git_token | azure_active_directory_app
    QString remoteBackend; // github | gitlab | azure_active_directory | git
    QString fullName; // "org/repo"
    QString pullRequestUrlTemplate;
    qint64 githubInstallationId = 0;
    qint64 deployKeyId = 0;
    int state = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! Deployment credentials of an environment (schema, threads and the adapter's user fields).
struct Credentials
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    QString type; // adapter type
    QString schema;
    int threads = 4;
    QJsonObject fields; // user, role, warehouse, target_name ... (never a password)
    int state = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct User
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString licenseType; // developer | read_only | it | analyst
    QList<qint64> groupIds;
    bool isActive = true;
    QDateTime createdAt;
    QDateTime lastLogin;
};

//! One permission set granted to a group or a service token, on all projects or one.
struct PermissionGrant
{
    qint64 id = 0;
    QString permissionSet;
    qint64 projectId = 0; // 0 = all projects
    QStringList writableEnvironmentCategories; // e.g. "development", "production", "all"
};

struct Group
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    bool assignByDefault = false;
    QStringList ssoMappingGroups;
    QList<PermissionGrant> permissions;
    int state = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ServiceToken
{
    qint64 id = 0;
    qint64 accountId = 0; // 0 = a simulator-wide seeded token valid on every seeded account
    QString uid; // short public id shown in the UI
    QString name;
    QByteArray secretHash; // SHA-256 of the token string: the secret itself is never stored
    QList<PermissionGrant> permissions;
    int state = 1; // 1 active, 2 deleted/deactivated
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastUsed;

    QStringList sets() const
    {
        QStringList s;
        for (const PermissionGrant &g : permissions) {
            s << g.permissionSet;
        }
        return s;
    }
};

struct WebhookSubscription
{
    QString id; // "wsu_..."
    qint64 accountId = 0;
    QString name;
    QString description;
    QStringList eventTypes;
    QList<qint64> jobIds; // empty = every job
    QString clientUrl;
    bool active = true;
    QString hmacSecret;
    QString httpStatusCode = QStringLiteral("0"); // "0" = never dispatched
    QDateTime dispatchedAt;
    QString deactivateReason;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct WebhookEvent
{
    QString id; // "wev_..."
    QString subscriptionId;
    qint64 accountId = 0;
    qint64 jobId = 0;
    QString eventType;
    QString payload; // the JSON body sent
    QString httpStatusCode;
    QDateTime createdAt;
};

struct WebhookReceipt
{
    QString id; // "wre_..."
    QString eventId;
    QString subscriptionId;
    QDateTime dispatchedAt;
    QString httpStatusCode;
    QString errorInfo;
    QString requestBody;
    QString requestHeaders;
    QString responseBody;
};

struct AuditLogEntry
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString routingKey; // "v1.events.job_definition.Changed"
    QString actorType; // ACTOR_USER | ACTOR_SERVICE_TOKEN
    QString actorName;
    qint64 actorId = 0;
    QString source; // SOURCE_CLOUD_UI | SOURCE_API
    QString uuid;
    QJsonObject metadata;
    QDateTime loggedAt;
};

} // namespace Dbtc::Sim
