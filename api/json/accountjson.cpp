// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/json.h"
#include "api/json/reader.h"

namespace Dbtc::Api::Json {

Result<Account> accountFromJson(const QJsonObject &object)
{
    Reader r(object);
    Account a;
    a.id = r.id("id");
    a.name = r.string("name");
    a.plan = r.optionalString("plan");
    a.state = r.state();
    a.runSlots = static_cast<int>(r.integer("run_slots"));
    a.locked = r.boolean("locked");
    a.lockReason = r.optionalString("lock_reason");
    a.runDurationLimitSeconds = r.integer("run_duration_limit_seconds");
    a.queueLimit = static_cast<int>(r.integer("queue_limit"));
    a.identifier = r.optionalString("identifier");
    a.staticSubdomain = r.optionalString("static_subdomain");
    a.vanitySubdomain = r.optionalString("vanity_subdomain");
    a.createdAt = r.optionalTimestamp("created_at");
    a.updatedAt = r.optionalTimestamp("updated_at");
    if (!r.ok()) {
        return r.error();
    }
    return a;
}

Result<Project> projectFromJson(const QJsonObject &object)
{
    Reader r(object);
    Project p;
    p.id = r.id("id");
    p.accountId = r.id("account_id");
    p.name = r.string("name");
    p.description = r.optionalString("description");
    p.connectionId = r.optionalId("connection_id");
    p.repositoryId = r.optionalId("repository_id");
    p.docsJobId = r.optionalId("docs_job_id");
    p.freshnessJobId = r.optionalId("freshness_job_id");
    p.dbtProjectSubdirectory = r.optionalString("dbt_project_subdirectory");
    p.repositoryName = r.object("repository").value(u"full_name").toString();
    p.connectionType = r.object("connection").value(u"type").toString();
    p.state = r.state();
    p.createdAt = r.optionalTimestamp("created_at");
    p.updatedAt = r.optionalTimestamp("updated_at");
    if (!r.ok()) {
        return r.error();
    }
    return p;
}

Result<Environment> environmentFromJson(const QJsonObject &object)
{
    Reader r(object);
    Environment e;
    e.id = r.id("id");
    e.accountId = r.id("account_id");
    e.projectId = r.id("project_id");
    e.name = r.string("name");
    const QString type = r.optionalString("type");
    e.type = type == u"development" ? EnvironmentType::Development
        : type == u"deployment"     ? EnvironmentType::Deployment
                                    : EnvironmentType::Unknown;
    const QString deployment = r.optionalString("deployment_type");
    e.deploymentType = deployment.isEmpty() ? DeploymentType::None
        : deployment == u"production"       ? DeploymentType::Production
        : deployment == u"staging"          ? DeploymentType::Staging
                                            : DeploymentType::Other;
    e.dbtVersion = r.optionalString("dbt_version");
    e.useCustomBranch = r.boolean("use_custom_branch");
    e.customBranch = r.optionalString("custom_branch");
    e.credentialsId = r.optionalId("credentials_id");
    e.connectionId = r.optionalId("connection_id");
    e.supportsDocs = r.boolean("supports_docs");
    e.state = r.state();
    e.createdAt = r.optionalTimestamp("created_at");
    e.updatedAt = r.optionalTimestamp("updated_at");
    if (!r.ok()) {
        return r.error();
    }
    return e;
}

} // namespace Dbtc::Api::Json

namespace Dbtc::Api {

QString environmentTypeText(EnvironmentType type)
{
    switch (type) {
    case EnvironmentType::Development:
        return QStringLiteral("Development");
    case EnvironmentType::Deployment:
        return QStringLiteral("Deployment");
    case EnvironmentType::Unknown:
        break;
    }
    return QString();
}

} // namespace Dbtc::Api
