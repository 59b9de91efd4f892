// SPDX-License-Identifier: GPL-3.0-or-later
// Projects and environments (v3) create/update/delete over HTTP with dbt-cloud-cli's exact
// payloads: field errors, permission sets, 404, 405, soft delete and the captured shapes.
#include "simadmin.h"

#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;
using SimTest::clientAs;
using SimTest::fieldErrors;

class TestSimAdminProjects final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    const QString projects = QStringLiteral("/api/v3/accounts/1/projects");

    // dbt-cloud-cli `project create` (all fields, unset ones as null; POST without a slash).
    static QJsonObject cliProject(const QString &name)
    {
        return { { QStringLiteral("account_id"), 1 },
            { QStringLiteral("name"), name },
            { QStringLiteral("connection_id"), QJsonValue() },
            { QStringLiteral("repository_id"), QJsonValue() },
            { QStringLiteral("semantic_layer_config_id"), QJsonValue() },
            { QStringLiteral("skipped_setup"), QJsonValue() },
            { QStringLiteral("state"), 1 },
            { QStringLiteral("dbt_project_subdirectory"), QStringLiteral("dbt/") },
            { QStringLiteral("docs_job_id"), QJsonValue() },
            { QStringLiteral("freshness_job_id"), QJsonValue() } };
    }

    // dbt-cloud-cli `environment create` (get_payload(exclude_empty=True): no nulls).
    static QJsonObject cliEnvironment(qint64 project, const QString &name)
    {
        return { { QStringLiteral("account_id"), 1 },
            { QStringLiteral("project_id"), project },
            { QStringLiteral("name"), name },
            { QStringLiteral("use_custom_branch"), false },
            { QStringLiteral("dbt_version"), QStringLiteral("1.6.0-latest") },
            { QStringLiteral("supports_docs"), false },
            { QStringLiteral("state"), 1 } };
    }

    qint64 newProject(Client &c, const QString &name)
    {
        return c.post(projects, cliProject(name)).data()[QStringLiteral("id")].toInteger();
    }

private slots:

    void initTestCase()
    {
        m_server = std::make_unique<Server>(SimTest::quietOptions(100));
        QVERIFY(m_server->start());
    }

    void project_createUpdateDelete_likeTheCli()
    {
        Client c(*m_server);
        const auto made = c.post(projects, cliProject(QStringLiteral("My test project")));
        QCOMPARE(made.status, 201);
        QVERIFY(SimTest::shapeProblems(
            QStringLiteral("datamie_project_create_response.json"), made.json())
                    .isEmpty());
        const qint64 id = made.data()[QStringLiteral("id")].toInteger();
        QCOMPARE(made.data()[QStringLiteral("dbt_project_subdirectory")].toString(),
            QStringLiteral("dbt/"));
        QVERIFY(made.data()[QStringLiteral("connection")].isNull());
        // `project update`: exclude_empty payload, project_id renamed to id, POST .../{id}.
        const auto updated = c.post(projects + QStringLiteral("/%1").arg(id),
            { { QStringLiteral("id"), id },
                { QStringLiteral("account_id"), 1 },
                { QStringLiteral("name"), QStringLiteral("Renamed project") },
                { QStringLiteral("state"), 1 } });
        QCOMPARE(updated.status, 200);
        QVERIFY(SimTest::shapeProblems(
            QStringLiteral("datamie_project_update_response.json"), updated.json())
                    .isEmpty());
        QCOMPARE(c.get(projects + QStringLiteral("/%1/").arg(id))
                     .data()[QStringLiteral("name")]
                     .toString(),
            QStringLiteral("Renamed project"));
        const auto deleted = c.send("DELETE", projects + QStringLiteral("/%1/").arg(id));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.data()[QStringLiteral("state")].toInt(), 2);
        QVERIFY(SimTest::shapeProblems(
            QStringLiteral("datamie_project_delete_response.json"), deleted.json())
                    .isEmpty());
        QCOMPARE(c.send("DELETE", projects + QStringLiteral("/%1/").arg(id)).status, 404);
        const QJsonArray active =
            c.get(projects + QStringLiteral("/?name__icontains=Renamed")).data().toArray();
        QCOMPARE(active.size(), 0);
        QCOMPARE(c.get(projects + QStringLiteral("/?state=deleted&name__icontains=Renamed"))
                     .data()
                     .toArray()
                     .size(),
            1);
    }

    void project_deleteTakesItsJobsAlong()
    {
        Client c(*m_server);
        const qint64 project = newProject(c, QStringLiteral("With a job"));
        const auto env = c.post(projects + QStringLiteral("/%1/environments/").arg(project),
            cliEnvironment(project, QStringLiteral("Prod")));
        QCOMPARE(env.status, 201);
        const auto job = c.post(QStringLiteral("/api/v2/accounts/1/jobs/"),
            { { QStringLiteral("project_id"), project },
                { QStringLiteral("environment_id"), env.data()[QStringLiteral("id")] },
                { QStringLiteral("name"), QStringLiteral("Only job") },
                { QStringLiteral("execute_steps"), QJsonArray { QStringLiteral("dbt build") } } });
        QCOMPARE(job.status, 201);
        QCOMPARE(c.send("DELETE", projects + QStringLiteral("/%1/").arg(project)).status, 200);
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/jobs/%1/")
                           .arg(job.data()[QStringLiteral("id")].toInteger()))
                     .data()[QStringLiteral("state")]
                     .toInt(),
            2);
    }

    void project_badBodies_nameTheField()
    {
        Client c(*m_server);
        QVERIFY(fieldErrors(
            c.post(projects, { { QStringLiteral("description"), QStringLiteral("x") } }))
                    .contains(QStringLiteral("name")));
        QJsonObject body = cliProject(QStringLiteral("jaffle_shop")); // taken by the seed
        QVERIFY(fieldErrors(c.post(projects, body)).contains(QStringLiteral("name")));
        body = cliProject(QStringLiteral("Dangling"));
        body[QStringLiteral("connection_id")] = 424242;
        body[QStringLiteral("type")] = 3;
        const QJsonObject errors = fieldErrors(c.post(projects, body));
        QVERIFY(errors.contains(QStringLiteral("connection_id")));
        QVERIFY(errors.contains(QStringLiteral("type")));
        QCOMPARE(c.send("POST", projects, "{not json").status, 400);
        QCOMPARE(c.send("POST", projects, "[1, 2]").status, 400);
    }

    void project_unknownIs404_putIs405()
    {
        Client c(*m_server);
        QCOMPARE(
            c.post(projects + QStringLiteral("/999999/"), cliProject(QStringLiteral("x"))).status,
            404);
        QCOMPARE(c.send("DELETE", projects + QStringLiteral("/999999/")).status, 404);
        QCOMPARE(c.send("PUT", projects + QStringLiteral("/101/"), "{}").status, 405);
        QCOMPARE(c.send("DELETE", projects).status, 405);
    }

    void project_permissions_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("create");
        QTest::newRow("account admin") << "account_admin" << 201;
        QTest::newRow("project creator") << "project_creator" << 201;
        QTest::newRow("job admin") << "job_admin" << 403;
        QTest::newRow("admin") << "admin" << 403; // project-level: cannot create projects
        QTest::newRow("account viewer") << "account_viewer" << 403;
        QTest::newRow("metadata only") << "metadata_only" << 403;
    }

    void project_permissions()
    {
        QFETCH(QString, set);
        QFETCH(int, create);
        auto c = clientAs(*m_server, set.toLatin1().constData());
        QCOMPARE(c->post(projects, cliProject(QStringLiteral("By ") + set)).status, create);
    }

    void environment_createUpdateDelete_likeTheCli()
    {
        Client c(*m_server);
        // A project on the seeded account-level sandbox connection, with its own credentials.
        QJsonObject body = cliProject(QStringLiteral("Env host"));
        const QJsonArray connections =
            c.get(QStringLiteral("/api/v3/accounts/1/connections/")).data().toArray();
        body[QStringLiteral("connection_id")] = connections.last()[QStringLiteral("id")];
        const qint64 project = c.post(projects, body).data()[QStringLiteral("id")].toInteger();
        const auto creds = c.post(projects + QStringLiteral("/%1/credentials/").arg(project),
            { { QStringLiteral("type"), QStringLiteral("snowflake") },
                { QStringLiteral("schema"), QStringLiteral("dbt_pytest") },
                { QStringLiteral("user"), QStringLiteral("PYTEST") },
                { QStringLiteral("password"), QStringLiteral("hunter2") },
                { QStringLiteral("threads"), 4 } });
        QCOMPARE(creds.status, 201);
        QVERIFY(!creds.body.contains("hunter2")); // a secret is never echoed
        // `environment create` posts to .../environments without a slash and sends no type.
        QJsonObject envBody = cliEnvironment(project, QStringLiteral("pytest environment"));
        envBody[QStringLiteral("credentials_id")] = creds.data()[QStringLiteral("id")];
        const auto made =
            c.post(projects + QStringLiteral("/%1/environments").arg(project), envBody);
        QCOMPARE(made.status, 201);
        const QJsonObject env = made.data().toObject();
        QCOMPARE(env[QStringLiteral("type")].toString(), QStringLiteral("deployment"));
        QCOMPARE(env[QStringLiteral("dbt_version")].toString(), QStringLiteral("1.6.0-latest"));
        QCOMPARE(env[QStringLiteral("project")][QStringLiteral("id")].toInteger(), project);
        const qint64 id = env[QStringLiteral("id")].toInteger();
        // `environment update`: environment_id renamed to id, POST .../environments/{id}.
        QJsonObject update = cliEnvironment(project, QStringLiteral("Production"));
        update[QStringLiteral("id")] = id;
        update[QStringLiteral("deployment_type")] = QStringLiteral("production");
        update[QStringLiteral("use_custom_branch")] = true;
        update[QStringLiteral("custom_branch")] = QStringLiteral("release");
        const auto saved =
            c.post(projects + QStringLiteral("/%1/environments/%2").arg(project).arg(id), update);
        QCOMPARE(saved.status, 200);
        QCOMPARE(
            saved.data()[QStringLiteral("custom_branch")].toString(), QStringLiteral("release"));
        QCOMPARE(saved.data()[QStringLiteral("deployment_type")].toString(),
            QStringLiteral("production"));
        const auto deleted = c.send(
            "DELETE", projects + QStringLiteral("/%1/environments/%2/").arg(project).arg(id));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.data()[QStringLiteral("state")].toInt(), 2);
        const QStringList problems = SimTest::shapeProblems(
            QStringLiteral("datamie_environment_delete_response.json"), deleted.json());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(
            c.send("DELETE", projects + QStringLiteral("/%1/environments/%2/").arg(project).arg(id))
                .status,
            404);
    }

    void environment_rules_are400s()
    {
        Client c(*m_server);
        const qint64 project = 101; // seeded: Development, Production and Staging
        const QString envs = projects + QStringLiteral("/%1/environments/").arg(project);
        QJsonObject body = cliEnvironment(project, QStringLiteral("Second production"));
        body[QStringLiteral("deployment_type")] = QStringLiteral("production");
        QVERIFY(fieldErrors(c.post(envs, body)).contains(QStringLiteral("deployment_type")));
        body = cliEnvironment(project, QStringLiteral("Second IDE"));
        body[QStringLiteral("type")] = QStringLiteral("development");
        QVERIFY(fieldErrors(c.post(envs, body)).contains(QStringLiteral("type")));
        body = cliEnvironment(project, QStringLiteral("Odd"));
        body[QStringLiteral("type")] = QStringLiteral("sandbox");
        body[QStringLiteral("use_custom_branch")] = true;
        body[QStringLiteral("credentials_id")] = 999999;
        body[QStringLiteral("name")] = QString();
        const QJsonObject errors = fieldErrors(c.post(envs, body));
        for (const char *f : { "type", "custom_branch", "credentials_id", "name" }) {
            QVERIFY2(errors.contains(QLatin1String(f)), f);
        }
        // An environment with active jobs cannot go.
        const QJsonArray seeded =
            c.get(envs + QStringLiteral("?deployment_type=production")).data().toArray();
        const qint64 prod = seeded[0][QStringLiteral("id")].toInteger();
        QVERIFY(fieldErrors(c.send("DELETE", envs + QString::number(prod) + QLatin1Char('/')))
                    .contains(QStringLiteral("id")));
    }

    void environment_unknownProjectOrEnvironment_is404()
    {
        Client c(*m_server);
        QCOMPARE(c.post(projects + QStringLiteral("/999999/environments/"),
                      cliEnvironment(999999, QStringLiteral("x")))
                     .status,
            404);
        QCOMPARE(c.post(projects + QStringLiteral("/101/environments/999999/"), {}).status, 404);
        // An environment of another project is not found under this one.
        const qint64 other = c.get(projects + QStringLiteral("/104/environments/"))
                                 .data()[0][QStringLiteral("id")]
                                 .toInteger();
        QCOMPARE(
            c.send("DELETE", projects + QStringLiteral("/101/environments/%1/").arg(other)).status,
            404);
    }

    void environment_permissions_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("create");
        QTest::newRow("job admin") << "job_admin" << 201;
        QTest::newRow("admin") << "admin" << 201;
        QTest::newRow("job runner") << "job_runner" << 403;
        QTest::newRow("git admin") << "git_admin" << 403;
        QTest::newRow("database admin") << "database_admin" << 403;
    }

    void environment_permissions()
    {
        QFETCH(QString, set);
        QFETCH(int, create);
        Client admin(*m_server);
        const qint64 project = newProject(admin, QStringLiteral("Perm ") + set);
        auto c = clientAs(*m_server, set.toLatin1().constData());
        QCOMPARE(c->post(projects + QStringLiteral("/%1/environments/").arg(project),
                      cliEnvironment(project, QStringLiteral("Staging")))
                     .status,
            create);
    }
};

QTEST_MAIN(TestSimAdminProjects)
#include "tst_simadminprojects.moc"
