// SPDX-License-Identifier: GPL-3.0-or-later
// The account administration calls: projects, environments, connections, repositories,
// credentials, users, groups and service tokens (webhooks are in clientwebhooks.cpp).
#include "api/client.h"
#include "api/clientadmincall.h"
#include "api/clientcall.h"

namespace Dbtc::Api {

namespace {

QJsonObject projectBody(const ProjectDraft &d, qint64 accountId)
{
    return { { QStringLiteral("account_id"), accountId },
        { QStringLiteral("name"), d.name },
        { QStringLiteral("description"), d.description },
        { QStringLiteral("dbt_project_subdirectory"),
            d.dbtProjectSubdirectory.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(d.dbtProjectSubdirectory) },
        { QStringLiteral("state"), 1 } };
}

QJsonObject groupBody(const GroupDraft &d, qint64 accountId)
{
    return { { QStringLiteral("account_id"), accountId },
        { QStringLiteral("name"), d.name },
        { QStringLiteral("assign_by_default"), d.assignByDefault },
        { QStringLiteral("sso_mapping_groups"), QJsonArray::fromStringList(d.ssoMappingGroups) },
        { QStringLiteral("state"), 1 } };
}

QJsonObject tokenBody(const ServiceTokenDraft &d, qint64 accountId)
{
    return { { QStringLiteral("account_id"), accountId },
        { QStringLiteral("name"), d.name },
        { QStringLiteral("state"), 1 },
        { QStringLiteral("permission_grants"), Json::grantsToJson(d.grants, accountId) } };
}

} // namespace

// --- projects and environments -------------------------------------------------------------

ApiJob *Client::createProject(const ProjectDraft &draft, QObject *context, Callback<Project> done)
{
    return call<Project>(Request::post(v3(QStringLiteral("projects/")),
                             jsonBody(projectBody(draft, options().accountId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::projectFromJson));
}

ApiJob *Client::updateProject(
    qint64 projectId, const ProjectDraft &draft, QObject *context, Callback<Project> done)
{
    QJsonObject body = projectBody(draft, options().accountId);
    body.insert(QStringLiteral("id"), projectId);
    return call<Project>(
        Request::post(v3(QStringLiteral("projects/%1/").arg(projectId)), jsonBody(body)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::projectFromJson));
}

ApiJob *Client::deleteProject(qint64 projectId, QObject *context, Callback<Project> done)
{
    return call<Project>(Request::del(v3(QStringLiteral("projects/%1/").arg(projectId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::projectFromJson));
}

ApiJob *Client::createEnvironment(
    qint64 projectId, const EnvironmentDraft &draft, QObject *context, Callback<Environment> done)
{
    return call<Environment>(
        Request::post(v3(QStringLiteral("projects/%1/environments/").arg(projectId)),
            jsonBody(Json::environmentToJson(draft, options().accountId, projectId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::environmentFromJson));
}

ApiJob *Client::updateEnvironment(qint64 projectId,
    qint64 environmentId,
    const EnvironmentDraft &draft,
    QObject *context,
    Callback<Environment> done)
{
    QJsonObject body = Json::environmentToJson(draft, options().accountId, projectId);
    body.insert(QStringLiteral("id"), environmentId);
    return call<Environment>(
        Request::post(
            v3(QStringLiteral("projects/%1/environments/%2/").arg(projectId).arg(environmentId)),
            jsonBody(body)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::environmentFromJson));
}

ApiJob *Client::deleteEnvironment(
    qint64 projectId, qint64 environmentId, QObject *context, Callback<Environment> done)
{
    return call<Environment>(
        Request::del(
            v3(QStringLiteral("projects/%1/environments/%2/").arg(projectId).arg(environmentId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::environmentFromJson));
}

// --- connections, repositories, credentials ------------------------------------------------

ApiJob *Client::listConnections(QObject *context, Callback<QList<WarehouseConnection>> done)
{
    return fetchAll<WarehouseConnection>(allPages(v3(QStringLiteral("connections/"))),
        &Json::connectionFromJson,
        context,
        std::move(done));
}

ApiJob *Client::getConnection(
    qint64 connectionId, QObject *context, Callback<WarehouseConnection> done)
{
    return call<WarehouseConnection>(
        Request::get(v3(QStringLiteral("connections/%1/").arg(connectionId))),
        context,
        std::move(done),
        objectDecoder(&Json::connectionFromJson));
}

ApiJob *Client::createConnection(
    const ConnectionDraft &draft, QObject *context, Callback<WarehouseConnection> done)
{
    const QJsonObject body { { QStringLiteral("account_id"), options().accountId },
        { QStringLiteral("name"), draft.name },
        { QStringLiteral("adapter_version"), draft.adapterVersion },
        { QStringLiteral("config"), QJsonObject::fromVariantMap(draft.config) } };
    return call<WarehouseConnection>(
        Request::post(v3(QStringLiteral("connections/")), jsonBody(body)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::connectionFromJson));
}

ApiJob *Client::updateConnection(qint64 connectionId,
    const ConnectionDraft &draft,
    QObject *context,
    Callback<WarehouseConnection> done)
{
    QJsonObject body { { QStringLiteral("config"), QJsonObject::fromVariantMap(draft.config) } };
    if (!draft.name.isEmpty()) {
        body.insert(QStringLiteral("name"), draft.name);
    }
    if (!draft.adapterVersion.isEmpty()) {
        body.insert(QStringLiteral("adapter_version"), draft.adapterVersion);
    }
    return call<WarehouseConnection>(
        Request::patch(v3(QStringLiteral("connections/%1/").arg(connectionId)), jsonBody(body)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::connectionFromJson));
}

ApiJob *Client::deleteConnection(
    qint64 connectionId, QObject *context, Callback<WarehouseConnection> done)
{
    return call<WarehouseConnection>(
        Request::del(v3(QStringLiteral("connections/%1/").arg(connectionId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::connectionFromJson));
}

ApiJob *Client::listProjectConnections(
    qint64 projectId, QObject *context, Callback<QList<WarehouseConnection>> done)
{
    return fetchAll<WarehouseConnection>(
        allPages(v3(QStringLiteral("projects/%1/connections/").arg(projectId))),
        &Json::connectionFromJson,
        context,
        std::move(done));
}

ApiJob *Client::createProjectConnection(qint64 projectId,
    const ProjectConnectionDraft &draft,
    QObject *context,
    Callback<WarehouseConnection> done)
{
    const QJsonObject body { { QStringLiteral("account_id"), options().accountId },
        { QStringLiteral("project_id"), projectId },
        { QStringLiteral("name"), draft.name },
        { QStringLiteral("type"), draft.type },
        { QStringLiteral("state"), 1 },
        { QStringLiteral("details"), QJsonObject::fromVariantMap(draft.details) } };
    return call<WarehouseConnection>(
        Request::post(
            v3(QStringLiteral("projects/%1/connections/").arg(projectId)), jsonBody(body)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::connectionFromJson));
}

ApiJob *Client::listRepositories(
    qint64 projectId, QObject *context, Callback<QList<Repository>> done)
{
    return fetchAll<Repository>(
        allPages(v3(QStringLiteral("projects/%1/repositories/").arg(projectId))),
        &Json::repositoryFromJson,
        context,
        std::move(done));
}

ApiJob *Client::getRepository(
    qint64 projectId, qint64 repositoryId, QObject *context, Callback<Repository> done)
{
    return call<Repository>(
        Request::get(
            v3(QStringLiteral("projects/%1/repositories/%2/").arg(projectId).arg(repositoryId))),
        context,
        std::move(done),
        objectDecoder(&Json::repositoryFromJson));
}

ApiJob *Client::createRepository(
    qint64 projectId, const RepositoryDraft &draft, QObject *context, Callback<Repository> done)
{
    QJsonObject body { { QStringLiteral("account_id"), options().accountId },
        { QStringLiteral("project_id"), projectId },
        { QStringLiteral("remote_url"), draft.remoteUrl },
        { QStringLiteral("git_clone_strategy"), draft.gitCloneStrategy } };
    if (!draft.pullRequestUrlTemplate.isEmpty()) {
        body.insert(QStringLiteral("pull_request_url_template"), draft.pullRequestUrlTemplate);
    }
    return call<Repository>(
        Request::post(
            v3(QStringLiteral("projects/%1/repositories/").arg(projectId)), jsonBody(body)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::repositoryFromJson));
}

ApiJob *Client::deleteRepository(
    qint64 projectId, qint64 repositoryId, QObject *context, Callback<Repository> done)
{
    return call<Repository>(
        Request::del(
            v3(QStringLiteral("projects/%1/repositories/%2/").arg(projectId).arg(repositoryId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::repositoryFromJson));
}

ApiJob *Client::listCredentials(
    qint64 projectId, QObject *context, Callback<QList<Credential>> done)
{
    return fetchAll<Credential>(
        allPages(v3(QStringLiteral("projects/%1/credentials/").arg(projectId))),
        &Json::credentialFromJson,
        context,
        std::move(done));
}

ApiJob *Client::getCredential(
    qint64 projectId, qint64 credentialId, QObject *context, Callback<Credential> done)
{
    return call<Credential>(
        Request::get(
            v3(QStringLiteral("projects/%1/credentials/%2/").arg(projectId).arg(credentialId))),
        context,
        std::move(done),
        objectDecoder(&Json::credentialFromJson));
}

// --- users, groups, service tokens ---------------------------------------------------------

ApiJob *Client::listUsers(QObject *context, Callback<QList<User>> done)
{
    return fetchAll<User>(
        allPages(v3(QStringLiteral("users/"))), &Json::userFromJson, context, std::move(done));
}

ApiJob *Client::getUser(qint64 userId, QObject *context, Callback<User> done)
{
    return call<User>(Request::get(v3(QStringLiteral("users/%1/").arg(userId))),
        context,
        std::move(done),
        objectDecoder(&Json::userFromJson));
}

ApiJob *Client::listGroups(QObject *context, Callback<QList<Group>> done)
{
    return fetchAll<Group>(
        allPages(v3(QStringLiteral("groups/"))), &Json::groupFromJson, context, std::move(done));
}

ApiJob *Client::createGroup(const GroupDraft &draft, QObject *context, Callback<Group> done)
{
    return call<Group>(Request::post(v3(QStringLiteral("groups/")),
                           jsonBody(groupBody(draft, options().accountId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::groupFromJson));
}

ApiJob *Client::updateGroup(
    qint64 groupId, const GroupDraft &draft, QObject *context, Callback<Group> done)
{
    QJsonObject body = groupBody(draft, options().accountId);
    body.insert(QStringLiteral("id"), groupId);
    return call<Group>(Request::post(v3(QStringLiteral("groups/%1/").arg(groupId)), jsonBody(body)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::groupFromJson));
}

ApiJob *Client::listServiceTokens(QObject *context, Callback<QList<ServiceToken>> done)
{
    return fetchAll<ServiceToken>(allPages(v3(QStringLiteral("service-tokens/"))),
        &Json::serviceTokenFromJson,
        context,
        std::move(done));
}

ApiJob *Client::createServiceToken(
    const ServiceTokenDraft &draft, QObject *context, Callback<CreatedServiceToken> done)
{
    return call<CreatedServiceToken>(Request::post(v3(QStringLiteral("service-tokens/")),
                                         jsonBody(tokenBody(draft, options().accountId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::createdServiceTokenFromJson));
}

ApiJob *Client::updateServiceToken(
    qint64 tokenId, const ServiceTokenDraft &draft, QObject *context, Callback<ServiceToken> done)
{
    return call<ServiceToken>(Request::put(v3(QStringLiteral("service-tokens/%1/").arg(tokenId)),
                                  jsonBody(tokenBody(draft, options().accountId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::serviceTokenFromJson));
}

ApiJob *Client::deleteServiceToken(qint64 tokenId, QObject *context, Callback<ServiceToken> done)
{
    return call<ServiceToken>(Request::del(v3(QStringLiteral("service-tokens/%1/").arg(tokenId))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::serviceTokenFromJson));
}

} // namespace Dbtc::Api
