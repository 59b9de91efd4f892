// SPDX-License-Identifier: GPL-3.0-or-later
// The account administration calls against the simulator over real loopback HTTP: each call's
// happy path, a 400's field errors, a 403 that names the permission set it needs, and a 404.
#include "apitestutil.h"
#include "loopbacksubscriber.h"

using namespace Dbtc;
using namespace Dbtc::Api;
using Dbtc::Test::await;

namespace {

QVariantMap snowflakeConfig()
{
    return { { QStringLiteral("account"), QStringLiteral("xy12345") },
        { QStringLiteral("database"), QStringLiteral("ANALYTICS") },
        { QStringLiteral("warehouse"), QStringLiteral("TRANSFORMING") },
        { QStringLiteral("role"), QStringLiteral("TRANSFORMER") } };
}

} // namespace

class TestApiAdmin final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Server> m_server;
    std::unique_ptr<Client> m_admin;

    std::unique_ptr<Client> clientAs(const char *permissionSet) const
    {
        return std::make_unique<Client>(Test::optionsFor(
            *m_server, m_server->serviceToken(QString::fromLatin1(permissionSet))));
    }

    qint64 firstProject()
    {
        const auto projects = await<QList<Project>>([&](auto cb) {
            m_admin->fetchAllProjects(this, cb);
        });
        return projects && projects->ok() && !projects->value().isEmpty()
            ? projects->value().constFirst().id
            : 0;
    }

    //! A 403 that says which set would do, in the message the user reads.
    template <typename T>
    static bool isForbiddenNaming(const std::optional<Result<T>> &r, const QString &set)
    {
        return r && !r->ok() && r->error().kind == ApiError::Kind::Forbidden
            && r->error().neededPermissionSets.contains(set) && r->error().message.contains(set);
    }

private Q_SLOTS:

    void initTestCase()
    {
        m_server = Test::startServer(false, 50);
        m_admin = std::make_unique<Client>(Test::optionsFor(*m_server, m_server->adminToken()));
    }

    void errorBody_fieldErrorsAndPermissionSets()
    {
        ApiError e = ApiError::make(ApiError::Kind::BadRequest, {}, 400);
        readErrorBody("{\"status\": {\"code\": 400, \"is_success\": false, \"user_message\": \"The "
                      "request was invalid.\"}, \"data\": {\"name\": \"This field is required.\", "
                      "\"settings\": {\"threads\": [\"Too many.\", \"Odd.\"]}, "
                      "\"permission_grants\": [{\"permission_set\": \"'god' is not valid.\"}]}}",
            &e);
        QCOMPARE(e.fieldMessage(QStringLiteral("name")), QStringLiteral("This field is required."));
        QCOMPARE(
            e.fieldMessage(QStringLiteral("settings.threads")), QStringLiteral("Too many.; Odd."));
        QCOMPARE(e.fieldMessage(QStringLiteral("permission_grants[0].permission_set")),
            QStringLiteral("'god' is not valid."));
        QVERIFY(e.message.contains(QStringLiteral("name: This field is required.")));

        ApiError f = ApiError::make(ApiError::Kind::Forbidden, {}, 403);
        readErrorBody(
            "{\"status\": {\"code\": 403, \"is_success\": false, \"user_message\": \"You do not "
            "have permission. The token's permission set (Job Viewer) cannot change webhooks; it "
            "needs one of: Account Admin, Webhooks Only.\"}, \"data\": null}",
            &f);
        QCOMPARE(f.neededPermissionSets,
            QStringList({ QStringLiteral("Account Admin"), QStringLiteral("Webhooks Only") }));
        QVERIFY(f.message.contains(QStringLiteral("it needs Account Admin or Webhooks Only.")));
        QVERIFY(f.message.contains(QStringLiteral("(Job Viewer)"))); // the server's own words

        // A 403 that names nothing keeps the general advice; a non-JSON body changes nothing.
        ApiError g = ApiError::make(ApiError::Kind::Forbidden, {}, 403);
        readErrorBody("{\"detail\": \"You do not have permission to perform this action.\"}", &g);
        QVERIFY(g.neededPermissionSets.isEmpty());
        QVERIFY(g.message.contains(QStringLiteral("permission set does not allow this")));
        ApiError h = ApiError::make(ApiError::Kind::BadRequest, {}, 400);
        const QString before = h.message;
        readErrorBody("<html>oops</html>", &h);
        QCOMPARE(h.message, before);
        QVERIFY(h.fieldErrors.isEmpty());
    }

    void projects_createUpdateDelete()
    {
        ProjectDraft draft;
        draft.name = QStringLiteral("Finance marts");
        draft.description = QStringLiteral("Monthly close");
        draft.dbtProjectSubdirectory = QStringLiteral("finance/");
        const auto made = await<Project>([&](auto cb) {
            m_admin->createProject(draft, this, cb);
        });
        DBTC_VERIFY_OK(made);
        QCOMPARE(made->value().name, draft.name);
        QCOMPARE(made->value().dbtProjectSubdirectory, draft.dbtProjectSubdirectory);
        const qint64 id = made->value().id;

        draft.name = QStringLiteral("Finance marts (EU)");
        const auto updated = await<Project>([&](auto cb) {
            m_admin->updateProject(id, draft, this, cb);
        });
        DBTC_VERIFY_OK(updated);
        const auto reread = await<Project>([&](auto cb) {
            m_admin->getProject(id, this, cb);
        });
        DBTC_VERIFY_OK(reread);
        QCOMPARE(reread->value().name, QStringLiteral("Finance marts (EU)"));

        // Same name twice: a 400 that names the field.
        const auto duplicate = await<Project>([&](auto cb) {
            m_admin->createProject(draft, this, cb);
        });
        QVERIFY(duplicate && !duplicate->ok());
        QCOMPARE(duplicate->error().kind, ApiError::Kind::BadRequest);
        QVERIFY(!duplicate->error().fieldMessage(QStringLiteral("name")).isEmpty());

        const auto deleted = await<Project>([&](auto cb) {
            m_admin->deleteProject(id, this, cb);
        });
        DBTC_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().state, ObjectState::Deleted);

        const auto missing = await<Project>([&](auto cb) {
            m_admin->updateProject(987654321, draft, this, cb);
        });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);

        auto viewer = clientAs("job_viewer");
        const auto refused = await<Project>([&](auto cb) {
            viewer->createProject(draft, this, cb);
        });
        QVERIFY(isForbiddenNaming(refused, QStringLiteral("Account Admin")));
    }

    void environments_createUpdateDelete()
    {
        const qint64 project = firstProject();
        QVERIFY(project > 0);
        EnvironmentDraft draft;
        draft.name = QStringLiteral("Staging");
        draft.deploymentType = QStringLiteral("staging");
        draft.dbtVersion = QStringLiteral("1.7.0-latest");
        const auto made = await<Environment>([&](auto cb) {
            m_admin->createEnvironment(project, draft, this, cb);
        });
        DBTC_VERIFY_OK(made);
        QCOMPARE(made->value().deploymentType, DeploymentType::Staging);
        const qint64 id = made->value().id;

        draft.useCustomBranch = true;
        draft.customBranch = QStringLiteral("release");
        const auto updated = await<Environment>([&](auto cb) {
            m_admin->updateEnvironment(project, id, draft, this, cb);
        });
        DBTC_VERIFY_OK(updated);
        QCOMPARE(updated->value().customBranch, QStringLiteral("release"));
        QVERIFY(updated->value().useCustomBranch);

        EnvironmentDraft bad = draft;
        bad.type = QStringLiteral("sideways");
        const auto invalid = await<Environment>([&](auto cb) {
            m_admin->createEnvironment(project, bad, this, cb);
        });
        QVERIFY(invalid && !invalid->ok());
        QVERIFY(!invalid->error().fieldMessage(QStringLiteral("type")).isEmpty());

        // Job Admin may change environments, Job Viewer and Git Admin may not.
        auto jobAdmin = clientAs("job_admin");
        draft.name = QStringLiteral("Staging 2");
        draft.deploymentType.clear();
        const auto byJobAdmin = await<Environment>([&](auto cb) {
            jobAdmin->updateEnvironment(project, id, draft, this, cb);
        });
        DBTC_VERIFY_OK(byJobAdmin);
        for (const char *set : { "job_viewer", "git_admin", "job_runner" }) {
            auto c = clientAs(set);
            const auto refused = await<Environment>([&](auto cb) {
                c->deleteEnvironment(project, id, this, cb);
            });
            QVERIFY2(isForbiddenNaming(refused, QStringLiteral("Job Admin")), set);
        }
        const auto deleted = await<Environment>([&](auto cb) {
            m_admin->deleteEnvironment(project, id, this, cb);
        });
        DBTC_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().state, ObjectState::Deleted);
        const auto missing = await<Environment>([&](auto cb) {
            m_admin->deleteEnvironment(project, 987654321, this, cb);
        });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);
    }

    void connections_accountAndProjectLevel()
    {
        const auto list = await<QList<WarehouseConnection>>([&](auto cb) {
            m_admin->listConnections(this, cb);
        });
        DBTC_VERIFY_OK(list);
        QVERIFY(std::any_of(list->value().cbegin(), list->value().cend(), [](const auto &c) {
            return c.name == QStringLiteral("Snowflake sandbox") && c.accountLevel
                && c.type == QStringLiteral("snowflake");
        }));
        ConnectionDraft draft;
        draft.name = QStringLiteral("Warehouse EU");
        draft.adapterVersion = QStringLiteral("snowflake_v0");
        draft.config = snowflakeConfig();
        const auto made = await<WarehouseConnection>([&](auto cb) {
            m_admin->createConnection(draft, this, cb);
        });
        DBTC_VERIFY_OK(made);
        QCOMPARE(made->value().config.value(QStringLiteral("warehouse")).toString(),
            QStringLiteral("TRANSFORMING"));
        const qint64 id = made->value().id;

        ConnectionDraft patch;
        patch.config = { { QStringLiteral("warehouse"), QStringLiteral("BIG_WH") } };
        const auto patched = await<WarehouseConnection>([&](auto cb) {
            m_admin->updateConnection(id, patch, this, cb);
        });
        DBTC_VERIFY_OK(patched);
        QCOMPARE(patched->value().name, QStringLiteral("Warehouse EU")); // PATCH keeps the rest
        QCOMPARE(patched->value().config.value(QStringLiteral("warehouse")).toString(),
            QStringLiteral("BIG_WH"));
        QCOMPARE(patched->value().config.value(QStringLiteral("database")).toString(),
            QStringLiteral("ANALYTICS"));

        ConnectionDraft incomplete = draft;
        incomplete.config = { { QStringLiteral("account"), QStringLiteral("a") } };
        const auto invalid = await<WarehouseConnection>([&](auto cb) {
            m_admin->createConnection(incomplete, this, cb);
        });
        QVERIFY(invalid && !invalid->ok());
        QVERIFY(!invalid->error().fieldMessage(QStringLiteral("config.warehouse")).isEmpty());

        auto gitAdmin = clientAs("git_admin");
        const auto refused = await<WarehouseConnection>([&](auto cb) {
            gitAdmin->createConnection(draft, this, cb);
        });
        QVERIFY(isForbiddenNaming(refused, QStringLiteral("Database Admin")));
        const auto got = await<WarehouseConnection>([&](auto cb) {
            m_admin->getConnection(id, this, cb);
        });
        DBTC_VERIFY_OK(got);
        const auto deleted = await<WarehouseConnection>([&](auto cb) {
            m_admin->deleteConnection(id, this, cb);
        });
        DBTC_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().state, ObjectState::Deleted);
        const auto missing = await<WarehouseConnection>([&](auto cb) {
            m_admin->getConnection(987654321, this, cb);
        });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);

        // The project-level form.
        const qint64 project = firstProject();
        ProjectConnectionDraft old;
        old.name = QStringLiteral("cli connection");
        old.type = QStringLiteral("snowflake");
        old.details = snowflakeConfig();
        const auto madeOld = await<WarehouseConnection>([&](auto cb) {
            m_admin->createProjectConnection(project, old, this, cb);
        });
        DBTC_VERIFY_OK(madeOld);
        QVERIFY(!madeOld->value().accountLevel);
        QCOMPARE(madeOld->value().projectId.value_or(0), project);
        const auto projectList = await<QList<WarehouseConnection>>([&](auto cb) {
            m_admin->listProjectConnections(project, this, cb);
        });
        DBTC_VERIFY_OK(projectList);
        QVERIFY(!projectList->value().isEmpty());
    }

    void repositoriesAndCredentials()
    {
        const qint64 project = firstProject();
        const auto repos = await<QList<Repository>>([&](auto cb) {
            m_admin->listRepositories(project, this, cb);
        });
        DBTC_VERIFY_OK(repos);
        QVERIFY(!repos->value().isEmpty());
        QVERIFY(!repos->value().constFirst().remoteUrl.isEmpty());

        RepositoryDraft draft;
        draft.remoteUrl = QStringLiteral("git@gitlab.example.com:data/jaffle.git");
        const auto made = await<Repository>([&](auto cb) {
            m_admin->createRepository(project, draft, this, cb);
        });
        DBTC_VERIFY_OK(made);
        QCOMPARE(made->value().fullName, QStringLiteral("data/jaffle"));
        QVERIFY(made->value().deployKeyPublic.startsWith(QStringLiteral("ssh-")));
        const auto got = await<Repository>([&](auto cb) {
            m_admin->getRepository(project, made->value().id, this, cb);
        });
        DBTC_VERIFY_OK(got);
        QCOMPARE(got->value().gitCloneStrategy, QStringLiteral("deploy_key"));

        RepositoryDraft bad;
        bad.remoteUrl = QStringLiteral("not a url");
        const auto invalid = await<Repository>([&](auto cb) {
            m_admin->createRepository(project, bad, this, cb);
        });
        QVERIFY(invalid && !invalid->ok());
        QVERIFY(!invalid->error().fieldMessage(QStringLiteral("remote_url")).isEmpty());
        auto jobAdmin = clientAs("job_admin");
        const auto refused = await<Repository>([&](auto cb) {
            jobAdmin->createRepository(project, draft, this, cb);
        });
        QVERIFY(isForbiddenNaming(refused, QStringLiteral("Git Admin")));
        const auto deleted = await<Repository>([&](auto cb) {
            m_admin->deleteRepository(project, made->value().id, this, cb);
        });
        DBTC_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().state, ObjectState::Deleted);
        const auto missing = await<Repository>([&](auto cb) {
            m_admin->getRepository(project, 987654321, this, cb);
        });
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);

        const auto creds = await<QList<Credential>>([&](auto cb) {
            m_admin->listCredentials(project, this, cb);
        });
        DBTC_VERIFY_OK(creds);
        QVERIFY(!creds->value().isEmpty());
        const Credential first = creds->value().constFirst();
        QVERIFY(first.threads > 0);
        const auto one = await<Credential>([&](auto cb) {
            m_admin->getCredential(project, first.id, this, cb);
        });
        DBTC_VERIFY_OK(one);
        QCOMPARE(one->value().schema, first.schema);
        auto runner = clientAs("job_runner");
        const auto hidden = await<QList<Credential>>([&](auto cb) {
            runner->listCredentials(project, this, cb);
        });
        QVERIFY(isForbiddenNaming(hidden, QStringLiteral("Database Admin")));
    }

    void usersAndGroups()
    {
        const auto users = await<QList<User>>([&](auto cb) {
            m_admin->listUsers(this, cb);
        });
        DBTC_VERIFY_OK(users);
        QCOMPARE(users->value().size(), 6);
        const User u = users->value().constFirst();
        QVERIFY(!u.email.isEmpty());
        QVERIFY(!u.licenseType.isEmpty());
        QVERIFY(!u.groupNames.isEmpty());
        const auto one = await<User>([&](auto cb) {
            m_admin->getUser(u.id, this, cb);
        });
        DBTC_VERIFY_OK(one);
        QCOMPARE(one->value().email, u.email);
        const auto noUser = await<User>([&](auto cb) {
            m_admin->getUser(987654321, this, cb);
        });
        QCOMPARE(noUser->error().kind, ApiError::Kind::NotFound);
        auto viewer = clientAs("job_viewer");
        const auto hidden = await<QList<User>>([&](auto cb) {
            viewer->listUsers(this, cb);
        });
        QVERIFY(isForbiddenNaming(hidden, QStringLiteral("Security Admin")));

        const auto groups = await<QList<Group>>([&](auto cb) {
            m_admin->listGroups(this, cb);
        });
        DBTC_VERIFY_OK(groups);
        QVERIFY(std::any_of(groups->value().cbegin(), groups->value().cend(), [](const Group &g) {
            return g.name == QStringLiteral("Owner") && !g.permissions.isEmpty();
        }));
        GroupDraft draft;
        draft.name = QStringLiteral("Finance analysts");
        draft.ssoMappingGroups = { QStringLiteral("okta-finance") };
        auto security = clientAs("security_admin");
        const auto made = await<Group>([&](auto cb) {
            security->createGroup(draft, this, cb);
        });
        DBTC_VERIFY_OK(made);
        QCOMPARE(made->value().ssoMappingGroups, draft.ssoMappingGroups);
        const auto duplicate = await<Group>([&](auto cb) {
            m_admin->createGroup(draft, this, cb);
        });
        QVERIFY(!duplicate->ok());
        QVERIFY(!duplicate->error().fieldMessage(QStringLiteral("name")).isEmpty());
        draft.name = QStringLiteral("Finance");
        draft.assignByDefault = true;
        const auto updated = await<Group>([&](auto cb) {
            m_admin->updateGroup(made->value().id, draft, this, cb);
        });
        DBTC_VERIFY_OK(updated);
        QCOMPARE(updated->value().name, QStringLiteral("Finance"));
        QVERIFY(updated->value().assignByDefault);
        const auto noGroup = await<Group>([&](auto cb) {
            m_admin->updateGroup(987654321, draft, this, cb);
        });
        QCOMPARE(noGroup->error().kind, ApiError::Kind::NotFound);
        auto jobAdmin = clientAs("job_admin");
        const auto refused = await<Group>([&](auto cb) {
            jobAdmin->createGroup(draft, this, cb);
        });
        QVERIFY(isForbiddenNaming(refused, QStringLiteral("Security Admin")));
    }

    void serviceTokens_secretOnceThenNever()
    {
        auto security = clientAs("security_admin");
        ServiceTokenDraft draft;
        draft.name = QStringLiteral("Airflow runner");
        draft.grants = { { QStringLiteral("job_runner"), std::nullopt } };
        const auto made = await<CreatedServiceToken>([&](auto cb) {
            security->createServiceToken(draft, this, cb);
        });
        DBTC_VERIFY_OK(made);
        const QString secret = made->value().secret;
        QVERIFY(secret.size() > 30);
        QCOMPARE(made->value().token.grants, draft.grants);

        // The secret works, with the grants it was given.
        auto fresh = std::make_unique<Client>(Test::optionsFor(*m_server, secret));
        const auto jobs = await<QList<Job>>([&](auto cb) {
            fresh->fetchAllJobs(JobQuery {}, this, cb);
        });
        DBTC_VERIFY_OK(jobs);

        const auto list = await<QList<ServiceToken>>([&](auto cb) {
            security->listServiceTokens(this, cb);
        });
        DBTC_VERIFY_OK(list);
        const auto listed =
            std::find_if(list->value().cbegin(), list->value().cend(), [&](const ServiceToken &t) {
                return t.id == made->value().token.id;
            });
        QVERIFY(listed != list->value().cend());
        QVERIFY(listed->lastUsed.isValid());

        draft.name = QStringLiteral("Airflow admin");
        draft.grants = { { QStringLiteral("job_admin"), std::nullopt } };
        const auto updated = await<ServiceToken>([&](auto cb) {
            security->updateServiceToken(made->value().token.id, draft, this, cb);
        });
        DBTC_VERIFY_OK(updated);
        QCOMPARE(updated->value().name, QStringLiteral("Airflow admin"));
        QCOMPARE(updated->value().grants.constFirst().permissionSet, QStringLiteral("job_admin"));

        ServiceTokenDraft bad;
        bad.name = QStringLiteral("x");
        bad.grants = { { QStringLiteral("god"), std::nullopt } };
        const auto invalid = await<CreatedServiceToken>([&](auto cb) {
            security->createServiceToken(bad, this, cb);
        });
        QVERIFY(!invalid->ok());
        QVERIFY(!invalid->error()
                     .fieldMessage(QStringLiteral("permission_grants[0].permission_set"))
                     .isEmpty());
        auto viewer = clientAs("account_viewer");
        const auto refused = await<CreatedServiceToken>([&](auto cb) {
            viewer->createServiceToken(draft, this, cb);
        });
        QVERIFY(isForbiddenNaming(refused, QStringLiteral("Security Admin")));
        const auto deleted = await<ServiceToken>([&](auto cb) {
            security->deleteServiceToken(made->value().token.id, this, cb);
        });
        DBTC_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().state, ObjectState::Deleted);
        const auto afterDelete = await<QList<Job>>([&](auto cb) {
            fresh->fetchAllJobs(JobQuery {}, this, cb);
        });
        QCOMPARE(afterDelete->error().kind, ApiError::Kind::Unauthorized);
        const auto missing = await<ServiceToken>([&](auto cb) {
            security->deleteServiceToken(987654321, this, cb);
        });
        QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);
    }

    void webhooks_crudAndTest()
    {
        const auto seeded = await<QList<WebhookSubscription>>([&](auto cb) {
            m_admin->listWebhooks(this, cb);
        });
        DBTC_VERIFY_OK(seeded);
        QCOMPARE(seeded->value().size(), 3);
        QVERIFY(seeded->value().constFirst().id.startsWith(QStringLiteral("wsu_")));
        QVERIFY(seeded->value().constFirst().hmacSecret.isEmpty());

        LoopbackSubscriber subscriber;
        QVERIFY(subscriber.isListening());
        WebhookDraft draft;
        draft.name = QStringLiteral("Ops alerts");
        draft.clientUrl = subscriber.url();
        draft.eventTypes = { QStringLiteral("job.run.errored") };
        draft.jobIds = { m_server->anyJobId(m_server->accountIds().constFirst()) };
        const auto made = await<WebhookSubscription>([&](auto cb) {
            m_admin->createWebhook(draft, this, cb);
        });
        DBTC_VERIFY_OK(made);
        QVERIFY(!made->value().hmacSecret.isEmpty());
        QCOMPARE(made->value().jobIds, draft.jobIds);
        const QString id = made->value().id;

        draft.active = false;
        draft.eventTypes << QStringLiteral("job.run.completed");
        const auto updated = await<WebhookSubscription>([&](auto cb) {
            m_admin->updateWebhook(id, draft, this, cb);
        });
        DBTC_VERIFY_OK(updated);
        QVERIFY(!updated->value().active);
        QCOMPARE(updated->value().eventTypes.size(), 2);
        const auto got = await<WebhookSubscription>([&](auto cb) {
            m_admin->getWebhook(id, this, cb);
        });
        DBTC_VERIFY_OK(got);
        QVERIFY(got->value().hmacSecret.isEmpty()); // shown once, at create

        const auto event = await<QString>([&](auto cb) {
            m_admin->testWebhook(id, this, cb);
        });
        DBTC_VERIFY_OK(event);
        QVERIFY(event->value().startsWith(QStringLiteral("wev_")));
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.requests, 1, 5000);
        // The receipt is recorded when the subscriber has answered.
        std::optional<Result<QList<WebhookReceipt>>> receipts;
        QTRY_VERIFY_WITH_TIMEOUT((receipts = await<QList<WebhookReceipt>>([&](auto cb) {
            m_admin->listWebhookReceipts(id, event->value(), this, cb);
        }),
                                     receipts && receipts->ok() && !receipts->value().isEmpty()),
            5000);
        QCOMPARE(receipts->value().constFirst().httpStatusCode, QStringLiteral("200"));
        QCOMPARE(receipts->value().constFirst().eventId, event->value());
        const auto events = await<QList<WebhookEvent>>([&](auto cb) {
            m_admin->listWebhookEvents(id, this, cb);
        });
        DBTC_VERIFY_OK(events);
        QCOMPARE(events->value().constFirst().id, event->value());

        WebhookDraft bad;
        bad.name = QStringLiteral("x");
        bad.clientUrl = QStringLiteral("ftp://example.com");
        const auto invalid = await<WebhookSubscription>([&](auto cb) {
            m_admin->createWebhook(bad, this, cb);
        });
        QVERIFY(!invalid->ok());
        QVERIFY(!invalid->error().fieldMessage(QStringLiteral("client_url")).isEmpty());
        QVERIFY(!invalid->error().fieldMessage(QStringLiteral("event_types")).isEmpty());
        auto viewer = clientAs("account_viewer");
        const auto refused = await<WebhookSubscription>([&](auto cb) {
            viewer->updateWebhook(id, draft, this, cb);
        });
        QVERIFY(isForbiddenNaming(refused, QStringLiteral("Webhooks Only")));
        auto hooksOnly = clientAs("webhooks_only");
        const auto allowed = await<QList<WebhookSubscription>>([&](auto cb) {
            hooksOnly->listWebhooks(this, cb);
        });
        DBTC_VERIFY_OK(allowed);

        const auto deleted = await<QString>([&](auto cb) {
            m_admin->deleteWebhook(id, this, cb);
        });
        DBTC_VERIFY_OK(deleted);
        QCOMPARE(deleted->value(), id);
        const auto gone = await<WebhookSubscription>([&](auto cb) {
            m_admin->getWebhook(id, this, cb);
        });
        QCOMPARE(gone->error().kind, ApiError::Kind::NotFound);
    }

    void readOnlyConnection_sendsNothing()
    {
        Api::ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.readOnly = true;
        Client readOnly(o);
        const auto test = await<QString>([&](auto cb) {
            readOnly.testWebhook(QStringLiteral("wsu_1"), this, cb);
        });
        QCOMPARE(test->error().kind, ApiError::Kind::ReadOnly);
        const auto token = await<CreatedServiceToken>([&](auto cb) {
            readOnly.createServiceToken(ServiceTokenDraft { QStringLiteral("x"), {} }, this, cb);
        });
        QCOMPARE(token->error().kind, ApiError::Kind::ReadOnly);
        const auto del = await<Project>([&](auto cb) {
            readOnly.deleteProject(1, this, cb);
        });
        QCOMPARE(del->error().kind, ApiError::Kind::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestApiAdmin)
#include "tst_apiadmin.moc"
