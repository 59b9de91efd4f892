// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! \file The account's administrative objects (projects and environments live in project.h and
//! environment.h): what the views list, and the drafts the writes send. Secrets that dbt Cloud
//! accepts (passwords, keys) are never kept here; a new token's secret only in its create answer.

#include "api/types/common.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Dbtc::Api {

//! \brief A warehouse connection. Account-level (v3 /connections/, `adapter_version` + `config`)
//! or the older project-level form (`type` + `details`).
struct WarehouseConnection
{
    qint64 id = 0;
    qint64 accountId = 0;
    std::optional<qint64> projectId; //!< set for the project-level form
    bool accountLevel = true;
    QString name;
    QString adapterVersion; //!< "snowflake_v0", ...
    QString type; //!< "snowflake", "bigquery", ...: the adapter without its version
    int environmentCount = -1; //!< environments using it; -1 when the answer does not say
    ObjectState state = ObjectState::Unknown;
    QVariantMap config; //!< non-secret settings (account, database, warehouse, ...)
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Repository
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    QString fullName; //!< "org/repo" when the provider says
    QString remoteUrl;
    QString remoteBackend; //!< "github", "gitlab", "azure_active_directory", "git"
    QString gitCloneStrategy; //!< "github_app", "deploy_key", "deploy_token",
                              //!< "azure_active_directory_app"
    std::optional<qint64> deployKeyId;
    QString deployKeyPublic; //!< the public half; the views mask it
    QString pullRequestUrlTemplate;
    ObjectState state = ObjectState::Unknown;
    QDateTime createdAt;
    QDateTime updatedAt;
};

//! \brief A project's warehouse credentials (read only here; secrets are never answered).
struct Credential
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    QString type;
    QString schema;
    int threads = 0;
    ObjectState state = ObjectState::Unknown;
};

//! \brief One grant: a permission set on every project or one.
struct PermissionGrant
{
    QString permissionSet; //!< wire key: "account_admin", "job_admin", ...
    std::optional<qint64> projectId; //!< empty = all projects
    bool operator==(const PermissionGrant &) const = default;
};

struct User
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString licenseType; //!< licenses[account].license_type: "developer", "read_only", "it"
    QStringList groupNames;
    QList<qint64> groupIds;
    bool isActive = true;
    QDateTime lastLogin;
    QDateTime createdAt;

    QString displayName() const;
};

struct Group
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    bool assignByDefault = false;
    QStringList ssoMappingGroups;
    QList<PermissionGrant> permissions;
    int memberCount = 0;
    ObjectState state = ObjectState::Unknown;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct GroupDraft
{
    QString name;
    bool assignByDefault = false;
    QStringList ssoMappingGroups;
};

struct ServiceToken
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString uid;
    QString name;
    ObjectState state = ObjectState::Unknown;
    QList<PermissionGrant> grants;
    QDateTime lastUsed; //!< invalid when never used
    QDateTime createdAt;
};

//! \brief The answer to creating a token: the only time dbt Cloud shows its secret.
struct CreatedServiceToken
{
    ServiceToken token;
    QString secret;
};

struct ServiceTokenDraft
{
    QString name;
    QList<PermissionGrant> grants;
};

struct ProjectDraft
{
    QString name;
    QString description;
    QString dbtProjectSubdirectory;
};

struct EnvironmentDraft
{
    QString name;
    QString type = QStringLiteral("deployment"); //!< "development" or "deployment"
    QString deploymentType; //!< "production", "staging" or empty (general)
    QString dbtVersion = QStringLiteral("latest");
    bool useCustomBranch = false;
    QString customBranch;
    std::optional<qint64> connectionId;
    std::optional<qint64> credentialsId;
};

//! \brief An account-level connection to create or change; \a config holds the adapter's
//! settings (secrets in it are sent, never kept or logged).
struct ConnectionDraft
{
    QString name;
    QString adapterVersion;
    QVariantMap config;
};

//! \brief A project-level connection (the older form dbt-cloud-cli uses).
struct ProjectConnectionDraft
{
    QString name;
    QString type;
    QVariantMap details;
};

struct RepositoryDraft
{
    QString remoteUrl;
    QString gitCloneStrategy = QStringLiteral("deploy_key");
    QString pullRequestUrlTemplate;
};

//! \brief A webhook subscription (v3 /webhooks/): string ids ("wsu_..."), job ids as strings on
//! the wire, timestamps as epoch microseconds.
struct WebhookSubscription
{
    QString id;
    QString name;
    QString description;
    QList<qint64> jobIds; //!< empty = every job
    QStringList eventTypes; //!< "job.run.started", "job.run.completed", "job.run.errored"
    QString clientUrl;
    bool active = true;
    QString lastStatusCode; //!< http_status_code of the last delivery; "0" = none yet
    QDateTime lastDispatchedAt;
    QString deactivateReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString hmacSecret; //!< only in the create answer
};

struct WebhookDraft
{
    QString name;
    QString description;
    QString clientUrl;
    QStringList eventTypes;
    QList<qint64> jobIds;
    bool active = true;
};

//! \brief One event sent to a subscription (test or real) and its delivery.
struct WebhookEvent
{
    QString id;
    QString subscriptionId;
    QString eventType;
    std::optional<qint64> jobId;
    QString httpStatusCode; //!< "0" while not delivered
    QDateTime createdAt;
};

struct WebhookReceipt
{
    QString id;
    QString eventId;
    QString httpStatusCode;
    QString errorInfo;
    QString responseBody;
    QDateTime dispatchedAt;
};

//! \brief "Account Admin" for "account_admin"; the key itself when unknown.
QString permissionSetText(const QString &key);

} // namespace Dbtc::Api
