// SPDX-License-Identifier: GPL-3.0-or-later
// Connections, repositories, credentials, users, groups, service tokens and the audit log over
// HTTP, with the requests dbt-cloud-cli and the Terraform provider send: happy paths, field
// errors, permission sets, 404/405, soft delete and the token secret shown once.
#include "simadmin.h"

#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;
using SimTest::clientAs;
using SimTest::fieldErrors;

namespace {

const QString kAccount = QStringLiteral("/api/v3/accounts/1");

QJsonObject snowflakeDetails()
{
    return { { QStringLiteral("account"), QStringLiteral("snowflake_account") },
        { QStringLiteral("database"), QStringLiteral("snowflake_database") },
        { QStringLiteral("warehouse"), QStringLiteral("snowflake_warehouse") },
        { QStringLiteral("allow_sso"), false },
        { QStringLiteral("client_session_keep_alive"), false },
        { QStringLiteral("role"), QStringLiteral("snowflake_role") } };
}

} // namespace

class TestSimAdminAccess final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;

private slots:

    void initTestCase()
    {
        m_server = std::make_unique<Server>(SimTest::quietOptions(100));
        QVERIFY(m_server->start());
    }

    // dbt-cloud-cli `connection list` / `get` (account-level), `create` / `delete` (project).
    void connections_cliCommands()
    {
        Client c(*m_server);
        const auto list = c.get(kAccount + QStringLiteral("/connections/?limit=100&offset=0"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.data().toArray().size() >= 4); // one per seeded project + the sandbox
        const QJsonObject first = list.data()[0].toObject();
        QVERIFY(first.contains(QStringLiteral("adapter_version")));
        QVERIFY(first[QStringLiteral("config")].isObject());
        QCOMPARE(
            c.get(kAccount
                 + QStringLiteral("/connections/%1/").arg(first[QStringLiteral("id")].toInteger()))
                .status,
            200);
        const auto made = c.post(kAccount + QStringLiteral("/projects/101/connections/"),
            { { QStringLiteral("account_id"), 1 },
                { QStringLiteral("project_id"), 101 },
                { QStringLiteral("name"), QStringLiteral("pytest connection") },
                { QStringLiteral("type"), QStringLiteral("snowflake") },
                { QStringLiteral("id"), QJsonValue() },
                { QStringLiteral("created_by_id"), QJsonValue() },
                { QStringLiteral("created_by_service_token_id"), QJsonValue() },
                { QStringLiteral("state"), 1 },
                { QStringLiteral("details"), snowflakeDetails() } });
        QCOMPARE(made.status, 201);
        QVERIFY(SimTest::shapeProblems(
            QStringLiteral("datamie_connection_create_response.json"), made.json())
                    .isEmpty());
        const qint64 id = made.data()[QStringLiteral("id")].toInteger();
        const auto deleted =
            c.send("DELETE", kAccount + QStringLiteral("/projects/101/connections/%1/").arg(id));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.data()[QStringLiteral("state")].toInt(), 2);
        QVERIFY(SimTest::shapeProblems(
            QStringLiteral("datamie_connection_delete_response.json"), deleted.json())
                    .isEmpty());
        QCOMPARE(
            c.send("DELETE", kAccount + QStringLiteral("/projects/101/connections/%1/").arg(id))
                .status,
            404);
    }

    // The Terraform provider's global connection: POST with adapter_version + config, PATCH.
    void connections_accountLevelCreatePatchDelete()
    {
        Client c(*m_server);
        const auto made = c.post(kAccount + QStringLiteral("/connections/"),
            { { QStringLiteral("account_id"), 1 },
                { QStringLiteral("name"), QStringLiteral("Warehouse EU") },
                { QStringLiteral("adapter_version"), QStringLiteral("snowflake_v0") },
                { QStringLiteral("config"), [] {
                     QJsonObject o = snowflakeDetails();
                     o.insert(QStringLiteral("oauth_client_secret"), QStringLiteral("s3cr3t"));
                     return o;
                 }() } });
        QCOMPARE(made.status, 201);
        QVERIFY(!made.body.contains("s3cr3t"));
        const qint64 id = made.data()[QStringLiteral("id")].toInteger();
        const auto patched = c.send("PATCH",
            kAccount + QStringLiteral("/connections/%1/").arg(id),
            R"({"name": "Warehouse EU 2", "config": {"warehouse": "BIG_WH"}})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(
            patched.data()[QStringLiteral("name")].toString(), QStringLiteral("Warehouse EU 2"));
        QCOMPARE(patched.data()[QStringLiteral("config")][QStringLiteral("warehouse")].toString(),
            QStringLiteral("BIG_WH"));
        QCOMPARE(patched.data()[QStringLiteral("config")][QStringLiteral("database")].toString(),
            QStringLiteral("snowflake_database")); // a PATCH keeps what it does not name
        QCOMPARE(
            c.send("DELETE", kAccount + QStringLiteral("/connections/%1/").arg(id)).status, 200);
        QCOMPARE(c.send("POST", kAccount + QStringLiteral("/connections/%1/").arg(id), "{}").status,
            405);
    }

    void connections_errors()
    {
        Client c(*m_server);
        QJsonObject errors = fieldErrors(c.post(kAccount + QStringLiteral("/connections/"),
            { { QStringLiteral("name"), QStringLiteral("x") },
                { QStringLiteral("adapter_version"), QStringLiteral("snowflake_v0") },
                { QStringLiteral("config"),
                    QJsonObject { { QStringLiteral("account"), QStringLiteral("a") } } } }));
        QVERIFY(errors.contains(QStringLiteral("config.database")));
        QVERIFY(errors.contains(QStringLiteral("config.warehouse")));
        errors = fieldErrors(c.post(kAccount + QStringLiteral("/connections/"),
            { { QStringLiteral("adapter_version"), QStringLiteral("oracle_v9") } }));
        QVERIFY(errors.contains(QStringLiteral("name")));
        QVERIFY(errors.contains(QStringLiteral("adapter_version")));
        QVERIFY(fieldErrors(c.post(kAccount + QStringLiteral("/projects/101/connections/"),
                                { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("type"), QStringLiteral("excel") } }))
                    .contains(QStringLiteral("type")));
        // The seeded project connection is in use by its environments.
        QVERIFY(fieldErrors(c.send("DELETE", kAccount + QStringLiteral("/connections/102/")))
                    .contains(QStringLiteral("id")));
        QCOMPARE(c.get(kAccount + QStringLiteral("/connections/999999/")).status, 404);
    }

    void connections_permissions()
    {
        QCOMPARE(clientAs(*m_server, "database_admin")
                     ->get(kAccount + QStringLiteral("/connections/"))
                     .status,
            200);
        QCOMPARE(clientAs(*m_server, "job_admin")
                     ->get(kAccount + QStringLiteral("/connections/"))
                     .status,
            200);
        QCOMPARE(clientAs(*m_server, "job_admin")
                     ->post(kAccount + QStringLiteral("/connections/"), {})
                     .status,
            403);
        QCOMPARE(clientAs(*m_server, "job_viewer")
                     ->get(kAccount + QStringLiteral("/connections/"))
                     .status,
            403);
        QCOMPARE(clientAs(*m_server, "git_admin")
                     ->get(kAccount + QStringLiteral("/projects/101/credentials/"))
                     .status,
            403);
        const auto db =
            clientAs(*m_server, "database_admin")
                ->post(kAccount + QStringLiteral("/connections/"),
                    { { QStringLiteral("name"), QStringLiteral("DBA made") },
                        { QStringLiteral("adapter_version"), QStringLiteral("postgres_v0") },
                        { QStringLiteral("config"),
                            QJsonObject {
                                { QStringLiteral("hostname"), QStringLiteral("db.internal") },
                                { QStringLiteral("port"), 5432 } } } });
        QCOMPARE(db.status, 201);
    }

    void repositories_terraformFlow()
    {
        Client c(*m_server);
        const QString repos = kAccount + QStringLiteral("/projects/101/repositories/");
        const auto made = c.post(repos,
            { { QStringLiteral("account_id"), 1 },
                { QStringLiteral("project_id"), 101 },
                { QStringLiteral("remote_url"),
                    QStringLiteral("git@gitlab.example.com:data/jaffle.git") },
                { QStringLiteral("state"), 1 },
                { QStringLiteral("git_clone_strategy"), QStringLiteral("deploy_key") } });
        QCOMPARE(made.status, 201);
        const QJsonObject repo = made.data().toObject();
        QCOMPARE(repo[QStringLiteral("full_name")].toString(), QStringLiteral("data/jaffle"));
        QVERIFY(
            repo[QStringLiteral("deploy_key")][QStringLiteral("public_key")].toString().startsWith(
                QLatin1String("ssh-")));
        QVERIFY(
            !repo[QStringLiteral("deploy_key")].toObject().contains(QStringLiteral("private_key")));
        const qint64 id = repo[QStringLiteral("id")].toInteger();
        // Terraform then posts the pull-request template with the returned deploy_key_id.
        const auto updated = c.post(repos + QString::number(id) + QLatin1Char('/'),
            { { QStringLiteral("pull_request_url_template"),
                  QStringLiteral("https://gitlab.example.com/mr/{{source}}") },
                { QStringLiteral("deploy_key_id"), repo[QStringLiteral("deploy_key_id")] } });
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.data()[QStringLiteral("pull_request_url_template")].toString(),
            QStringLiteral("https://gitlab.example.com/mr/{{source}}"));
        QCOMPARE(c.send("DELETE", repos + QString::number(id) + QLatin1Char('/'))
                     .data()[QStringLiteral("state")]
                     .toInt(),
            2);
        QCOMPARE(c.get(repos + QString::number(id) + QLatin1Char('/'))
                     .data()[QStringLiteral("state")]
                     .toInt(),
            2);
        QCOMPARE(c.get(repos).data().toArray().size(), 1); // the seeded one; deleted ones hidden
    }

    void repositories_errorsAndPermissions()
    {
        Client c(*m_server);
        const QString repos = kAccount + QStringLiteral("/projects/101/repositories/");
        QJsonObject errors = fieldErrors(
            c.post(repos, { { QStringLiteral("git_clone_strategy"), QStringLiteral("ftp") } }));
        QVERIFY(errors.contains(QStringLiteral("remote_url")));
        QVERIFY(errors.contains(QStringLiteral("git_clone_strategy")));
        errors = fieldErrors(c.post(repos,
            { { QStringLiteral("remote_url"), QStringLiteral("https://github.com/a/b.git") },
                { QStringLiteral("git_clone_strategy"), QStringLiteral("github_app") } }));
        QVERIFY(errors.contains(QStringLiteral("github_installation_id")));
        QVERIFY(fieldErrors(
            c.post(repos, { { QStringLiteral("remote_url"), QStringLiteral("not a url") } }))
                    .contains(QStringLiteral("remote_url")));
        QCOMPARE(c.get(kAccount + QStringLiteral("/projects/999999/repositories/")).status, 404);
        const QJsonObject ok { { QStringLiteral("remote_url"),
            QStringLiteral("git@github.com:jaffle-labs/extra.git") } };
        QCOMPARE(clientAs(*m_server, "git_admin")->post(repos, ok).status, 201);
        QCOMPARE(clientAs(*m_server, "job_admin")->post(repos, ok).status, 403);
        QCOMPARE(clientAs(*m_server, "database_admin")->get(repos).status, 403);
    }

    void credentials_createUpdateDelete()
    {
        Client c(*m_server);
        const QString creds = kAccount + QStringLiteral("/projects/101/credentials/");
        QVERIFY(fieldErrors(c.post(creds, { { QStringLiteral("schema"), QStringLiteral("x") } }))
                    .contains(QStringLiteral("type")));
        QVERIFY(fieldErrors(c.post(creds,
                                { { QStringLiteral("type"), QStringLiteral("snowflake") },
                                    { QStringLiteral("schema"), QStringLiteral("x") },
                                    { QStringLiteral("threads"), 0 } }))
                    .contains(QStringLiteral("threads")));
        const auto made = c.post(creds,
            { { QStringLiteral("type"), QStringLiteral("snowflake") },
                { QStringLiteral("schema"), QStringLiteral("dbt_ci") },
                { QStringLiteral("user"), QStringLiteral("CI") },
                { QStringLiteral("private_key"), QStringLiteral("-----BEGIN KEY-----") } });
        QCOMPARE(made.status, 201);
        QVERIFY(!made.body.contains("BEGIN KEY"));
        const QString one = creds + QString::number(made.data()[QStringLiteral("id")].toInteger())
            + QLatin1Char('/');
        QCOMPARE(
            c.send("PATCH", one, R"({"threads": 16})").data()[QStringLiteral("threads")].toInt(),
            16);
        QCOMPARE(c.post(one, { { QStringLiteral("schema"), QStringLiteral("dbt_ci2") } })
                     .data()[QStringLiteral("schema")]
                     .toString(),
            QStringLiteral("dbt_ci2"));
        QCOMPARE(c.send("DELETE", one).data()[QStringLiteral("state")].toInt(), 2);
        QCOMPARE(c.send("DELETE", one).status, 404);
    }

    void users_v3AndV2Lists()
    {
        Client c(*m_server);
        const auto v3 = c.get(kAccount + QStringLiteral("/users/"));
        QCOMPARE(v3.status, 200);
        const QJsonArray users = v3.data().toArray();
        QCOMPARE(users.size(), 6);
        QCOMPARE(
            users[0][QStringLiteral("email")].toString(), QStringLiteral("ana@jaffleshop.com"));
        QCOMPARE(users[0][QStringLiteral("licenses")][QStringLiteral("1")]
                      [QStringLiteral("license_type")]
                          .toString(),
            QStringLiteral("developer"));
        QVERIFY(!users[0][QStringLiteral("permissions")].toArray().isEmpty());
        // The Terraform provider finds a user by email in the v2 list.
        const QJsonArray v2 = c.get(QStringLiteral("/api/v2/accounts/1/users/")).data().toArray();
        QCOMPARE(v2.size(), 6);
        QVERIFY(v2[4][QStringLiteral("id")].isDouble());
        const qint64 id = users[1][QStringLiteral("id")].toInteger();
        QCOMPARE(c.get(kAccount + QStringLiteral("/users/%1/").arg(id))
                     .data()[QStringLiteral("first_name")]
                     .toString(),
            QStringLiteral("Ben"));
        QCOMPARE(c.get(kAccount + QStringLiteral("/users/999999/")).status, 404);
        QCOMPARE(c.post(kAccount + QStringLiteral("/users/"), {}).status, 405); // users are invited
        QCOMPARE(
            c.get(QStringLiteral("/api/v3/accounts/70403103922125/users/")).data().toArray().size(),
            2);
        QCOMPARE(
            clientAs(*m_server, "job_viewer")->get(kAccount + QStringLiteral("/users/")).status,
            403);
        QCOMPARE(
            clientAs(*m_server, "security_admin")->get(kAccount + QStringLiteral("/users/")).status,
            200);
    }

    void groups_createUpdatePermissionsAssign()
    {
        Client c(*m_server);
        const QString groups = kAccount + QStringLiteral("/groups/");
        // Terraform: create with name/assign_by_default/sso_mapping_groups/state.
        const auto made = c.post(groups,
            { { QStringLiteral("id"), QJsonValue() },
                { QStringLiteral("account_id"), 1 },
                { QStringLiteral("name"), QStringLiteral("Finance analysts") },
                { QStringLiteral("assign_by_default"), false },
                { QStringLiteral("sso_mapping_groups"),
                    QJsonArray { QStringLiteral("okta-finance") } },
                { QStringLiteral("state"), 1 } });
        QCOMPARE(made.status, 201);
        const qint64 id = made.data()[QStringLiteral("id")].toInteger();
        QCOMPARE(
            fieldErrors(
                c.post(groups, { { QStringLiteral("name"), QStringLiteral("Finance analysts") } }))
                .size(),
            1);
        const auto perms = c.post(kAccount + QStringLiteral("/group-permissions/%1/").arg(id),
            QJsonObject()); // not a list
        QCOMPARE(perms.status, 400);
        const auto set = c.send("POST",
            kAccount + QStringLiteral("/group-permissions/%1/").arg(id),
            R"([{"account_id": 1, "group_id": 0, "project_id": 102, "all_projects": false, "permission_set": "job_viewer"},
                {"account_id": 1, "all_projects": true, "permission_set": "analyst"}])");
        QCOMPARE(set.status, 400); // "analyst" is not a set the simulator grants
        const qint64 project = c.get(kAccount + QStringLiteral("/projects/"))
                                   .data()[1][QStringLiteral("id")]
                                   .toInteger();
        const auto ok = c.send("POST",
            kAccount + QStringLiteral("/group-permissions/%1/").arg(id),
            QStringLiteral(
                R"([{"account_id": 1, "project_id": %1, "all_projects": false, "permission_set": "job_viewer"}])")
                .arg(project)
                .toUtf8());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.data()[0][QStringLiteral("project_id")].toInteger(), project);
        QCOMPARE(c.get(groups + QString::number(id))
                     .data()[QStringLiteral("group_permissions")]
                     .toArray()
                     .size(),
            1);
        const qint64 user =
            c.get(kAccount + QStringLiteral("/users/")).data()[4][QStringLiteral("id")].toInteger();
        const auto assigned = c.post(kAccount + QStringLiteral("/assign-groups/"),
            { { QStringLiteral("user_id"), user },
                { QStringLiteral("desired_group_ids"), QJsonArray { id } } });
        QCOMPARE(assigned.status, 200);
        QCOMPARE(
            c.get(groups + QString::number(id)).data()[QStringLiteral("member_count")].toInt(), 1);
        // Deleting a group is an update to state 2 (Terraform); DELETE is not a route.
        QCOMPARE(c.send("DELETE", groups + QString::number(id) + QLatin1Char('/')).status, 405);
        QCOMPARE(c.post(groups + QString::number(id) + QLatin1Char('/'),
                      { { QStringLiteral("state"), 2 } })
                     .data()[QStringLiteral("state")]
                     .toInt(),
            2);
        QCOMPARE(c.post(groups + QStringLiteral("999999/"), {}).status, 404);
        QCOMPARE(clientAs(*m_server, "job_admin")
                     ->post(groups, { { QStringLiteral("name"), QStringLiteral("x") } })
                     .status,
            403);
    }

    void serviceToken_secretShownOnceAndWorksUntilDeleted()
    {
        auto security = clientAs(*m_server, "security_admin");
        const QString tokens = kAccount + QStringLiteral("/service-tokens/");
        const auto made = security->post(tokens,
            { { QStringLiteral("name"), QStringLiteral("Airflow runner") },
                { QStringLiteral("permission_grants"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("permission_set"), QStringLiteral("job_runner") } } } } });
        QCOMPARE(made.status, 201);
        const QString secret = made.data()[QStringLiteral("token_string")].toString();
        QVERIFY(secret.startsWith(QLatin1String("dbtc_")) && secret.size() > 30);
        const qint64 id = made.data()[QStringLiteral("id")].toInteger();
        // Never again: not in the list, not in a get.
        QVERIFY(!security->get(tokens).body.contains(secret.toUtf8()));
        const auto got = security->get(tokens + QString::number(id) + QLatin1Char('/'));
        QVERIFY(!got.data().toObject().contains(QStringLiteral("token_string")));
        QVERIFY(!got.body.contains(secret.toUtf8()));
        // The new token authenticates with its grants: it may trigger, not edit.
        Client runner(*m_server);
        runner.setToken(secret);
        const QString job =
            QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(m_server->anyJobId(1));
        QCOMPARE(runner.get(job).status, 200);
        QCOMPARE(runner
                     .post(job + QStringLiteral("run/"),
                         { { QStringLiteral("cause"), QStringLiteral("new token") } })
                     .status,
            200);
        QCOMPARE(runner.post(job, { { QStringLiteral("name"), QStringLiteral("x") } }).status, 403);
        QCOMPARE(runner.get(QStringLiteral("/api/v2/accounts/70403103922125/runs/")).status,
            403); // other account
        QVERIFY(!security->get(tokens + QString::number(id))
                     .data()[QStringLiteral("last_used")]
                     .isNull());
        // Terraform's permission update replaces the grants.
        const auto perms = security->send("POST",
            tokens + QString::number(id) + QStringLiteral("/permissions/"),
            R"([{"account_id": 1, "service_token_id": 0, "all_projects": true, "permission_set": "job_admin"}])");
        QCOMPARE(perms.status, 200);
        QCOMPARE(
            runner
                .post(job,
                    { { QStringLiteral("name"), runner.get(job).data()[QStringLiteral("name")] } })
                .status,
            200);
        const auto deleted =
            security->send("DELETE", tokens + QString::number(id) + QLatin1Char('/'));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.data()[QStringLiteral("state")].toInt(), 2);
        QCOMPARE(runner.get(job).status, 401);
        QCOMPARE(
            security->get(tokens + QString::number(id)).data()[QStringLiteral("state")].toInt(), 2);
    }

    void serviceToken_errorsAndPermissions()
    {
        Client c(*m_server);
        const QString tokens = kAccount + QStringLiteral("/service-tokens/");
        QVERIFY(fieldErrors(c.post(tokens, {})).contains(QStringLiteral("name")));
        QVERIFY(fieldErrors(
            c.post(tokens,
                { { QStringLiteral("name"), QStringLiteral("x") },
                    { QStringLiteral("permission_grants"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("permission_set"), QStringLiteral("god") } } } } }))
                    .contains(QStringLiteral("permission_grants[0].permission_set")));
        QCOMPARE(c.get(tokens + QStringLiteral("999999/")).status, 404);
        QCOMPARE(c.send("PATCH", tokens + QStringLiteral("1/"), "{}").status, 405);
        // The Terraform update is a POST; the spec's is a PUT: both rename.
        const qint64 seeded = c.get(tokens).data()[2][QStringLiteral("id")].toInteger();
        QCOMPARE(c.send("PUT",
                      tokens + QString::number(seeded) + QLatin1Char('/'),
                      R"({"name": "Renamed"})")
                     .data()[QStringLiteral("name")]
                     .toString(),
            QStringLiteral("Renamed"));
        QCOMPARE(clientAs(*m_server, "account_viewer")->get(tokens).status, 200);
        QCOMPARE(clientAs(*m_server, "account_viewer")
                     ->post(tokens, { { QStringLiteral("name"), QStringLiteral("x") } })
                     .status,
            403);
        QCOMPARE(clientAs(*m_server, "job_admin")->get(tokens).status, 403);
        // The seeded tokens: one per permission set, secrets never listed.
        const QJsonArray all = c.get(tokens + QStringLiteral("?state=all")).data().toArray();
        QVERIFY(all.size() >= 15);
        QVERIFY(!c.get(tokens).body.contains(m_server->adminToken().toUtf8()));
    }

    void auditLog_cliQueryAndApiChanges()
    {
        Client c(*m_server);
        // What this test file changed through the API shows up, newest first.
        const auto r = c.get(kAccount
            + QStringLiteral("/audit-logs/?logged_at_start=2000-01-01&offset=0&limit=100"));
        QCOMPARE(r.status, 200);
        // The capture holds login events: compare with the simulator's login events.
        QJsonObject logins = r.json();
        QJsonArray loginEntries;
        for (const QJsonValue &e : r.data().toArray()) {
            if (e[QStringLiteral("routing_key")].toString().endsWith(
                    QLatin1String("credentialsloginsucceeded"))) {
                loginEntries.append(e);
            }
        }
        QVERIFY(!loginEntries.isEmpty());
        logins[QStringLiteral("data")] = loginEntries;
        const QStringList problems =
            SimTest::shapeProblems(QStringLiteral("datamie_audit_log_get_response.json"), logins);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QJsonArray entries = r.data().toArray();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(r.json()[QStringLiteral("extra")][QStringLiteral("order_by")].toString(),
            QStringLiteral("-logged_at"));
        bool sawApiChange = false;
        for (const QJsonValue &e : entries) {
            sawApiChange = sawApiChange
                || (e[QStringLiteral("source")].toString() == QLatin1String("SOURCE_API"));
        }
        QVERIFY(sawApiChange);
        QCOMPARE(c.get(kAccount
                      + QStringLiteral(
                          "/audit-logs/?logged_at_start=2000-01-01&logged_at_end=2000-01-02"))
                     .data()
                     .toArray()
                     .size(),
            0);
        QVERIFY(
            fieldErrors(c.get(kAccount + QStringLiteral("/audit-logs/?logged_at_start=yesterday")))
                .contains(QStringLiteral("logged_at_start")));
        QCOMPARE(clientAs(*m_server, "security_admin")
                     ->get(kAccount + QStringLiteral("/audit-logs/"))
                     .status,
            200);
        QCOMPARE(
            clientAs(*m_server, "job_admin")->get(kAccount + QStringLiteral("/audit-logs/")).status,
            403);
    }
};

QTEST_MAIN(TestSimAdminAccess)
#include "tst_simadminaccess.moc"
