// SPDX-License-Identifier: GPL-3.0-or-later
// Job create/update/delete over HTTP: dbt Cloud's field errors, permission sets, 404/405, soft
// delete, and dbt-cloud-cli's exact job create and export -> import round trip.
#include "simadmin.h"

#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;
using SimTest::clientAs;
using SimTest::fieldErrors;

class TestSimAdminJobs final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    const QString jobs = QStringLiteral("/api/v2/accounts/1/jobs/");
    qint64 m_project = 0;
    qint64 m_prodEnv = 0;
    qint64 m_devEnv = 0;
    qint64 m_otherProjectEnv = 0;

    // What dbt-cloud-cli `job create` sends with its defaults (dbt_cloud/command/job/create.py).
    QJsonObject cliCreateBody(const QString &name) const
    {
        return { { QStringLiteral("api_token"), QJsonValue() }, // excluded by the CLI; harmless
            { QStringLiteral("account_id"), 1 },
            { QStringLiteral("id"), QJsonValue() },
            { QStringLiteral("project_id"), m_project },
            { QStringLiteral("environment_id"), m_prodEnv },
            { QStringLiteral("name"), name },
            { QStringLiteral("execute_steps"),
                QJsonArray { QStringLiteral("dbt seed"), QStringLiteral("dbt run") } },
            { QStringLiteral("dbt_version"), QJsonValue() },
            { QStringLiteral("triggers"),
                QJsonObject { { QStringLiteral("github_webhook"), false },
                    { QStringLiteral("schedule"), false },
                    { QStringLiteral("custom_branch_only"), false } } },
            { QStringLiteral("settings"),
                QJsonObject { { QStringLiteral("threads"), 1 },
                    { QStringLiteral("target_name"), QStringLiteral("default") } } },
            { QStringLiteral("state"), 1 },
            { QStringLiteral("generate_docs"), false },
            { QStringLiteral("schedule"),
                QJsonObject { { QStringLiteral("cron"), QStringLiteral("0 * * * *") },
                    { QStringLiteral("date"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("every_day") } } },
                    { QStringLiteral("time"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("every_hour") },
                            { QStringLiteral("interval"), 1 } } } } } };
    }

    qint64 createJob(Client &c, const QString &name)
    {
        const auto r = c.post(jobs, cliCreateBody(name));
        return r.status == 201 ? r.data()[QStringLiteral("id")].toInteger() : 0;
    }

private slots:

    void initTestCase()
    {
        m_server = std::make_unique<Server>(SimTest::quietOptions(200));
        QVERIFY(m_server->start());
        Client c(*m_server);
        const QJsonArray projects =
            c.get(QStringLiteral("/api/v3/accounts/1/projects/")).data().toArray();
        m_project = projects[0][QStringLiteral("id")].toInteger();
        const qint64 other = projects[1][QStringLiteral("id")].toInteger();
        const QJsonArray envs =
            c.get(QStringLiteral("/api/v3/accounts/1/projects/%1/environments/").arg(m_project))
                .data()
                .toArray();
        for (const QJsonValue &e : envs) {
            if (e[QStringLiteral("deployment_type")].toString() == QLatin1String("production")) {
                m_prodEnv = e[QStringLiteral("id")].toInteger();
            } else if (e[QStringLiteral("type")].toString() == QLatin1String("development")) {
                m_devEnv = e[QStringLiteral("id")].toInteger();
            }
        }
        m_otherProjectEnv =
            c.get(QStringLiteral("/api/v3/accounts/1/projects/%1/environments/").arg(other))
                .data()[1][QStringLiteral("id")]
                .toInteger();
        QVERIFY(m_prodEnv && m_devEnv && m_otherProjectEnv);
    }

    void create_cliPayload_isCreatedWithItsFields()
    {
        Client c(*m_server);
        const auto r = c.post(jobs, cliCreateBody(QStringLiteral("CLI made")));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[QStringLiteral("status")][QStringLiteral("code")].toInt(), 201);
        const QJsonObject job = r.data().toObject();
        QCOMPARE(job[QStringLiteral("name")].toString(), QStringLiteral("CLI made"));
        QCOMPARE(job[QStringLiteral("execute_steps")].toArray().size(), 2);
        QCOMPARE(job[QStringLiteral("settings")][QStringLiteral("threads")].toInt(), 1);
        QCOMPARE(job[QStringLiteral("triggers")][QStringLiteral("schedule")].toBool(), false);
        QVERIFY(job[QStringLiteral("next_run")].isNull()); // not scheduled
        QVERIFY(SimTest::shapeProblems(QStringLiteral("datamie_job_create_response.json"), r.json())
                    .isEmpty());
        // Newer CLI versions post the same body under /api/v3.
        QCOMPARE(
            c.post(QStringLiteral("/api/v3/accounts/1/jobs"), cliCreateBody(QStringLiteral("v3")))
                .status,
            201);
    }

    void create_missingFields_are400WithEachFieldNamed()
    {
        Client c(*m_server);
        const auto r = c.post(jobs, { { QStringLiteral("name"), QStringLiteral("") } });
        QCOMPARE(r.status, 400);
        const QJsonObject status = r.json()[QStringLiteral("status")].toObject();
        QCOMPARE(status[QStringLiteral("is_success")].toBool(), false);
        QCOMPARE(status[QStringLiteral("user_message")].toString(),
            QStringLiteral(
                "The request was invalid. Please double check the provided data and try again."));
        const QJsonObject errors = r.data().toObject();
        QCOMPARE(errors[QStringLiteral("project_id")].toString(),
            QStringLiteral("This field is required."));
        QCOMPARE(errors[QStringLiteral("environment_id")].toString(),
            QStringLiteral("This field is required."));
        QCOMPARE(errors[QStringLiteral("name")].toString(),
            QStringLiteral("This field may not be blank."));
        QCOMPARE(errors[QStringLiteral("execute_steps")].toString(),
            QStringLiteral("This field is required."));
    }

    void create_badValues_nameTheirField_data()
    {
        QTest::addColumn<QString>("path"); // "key" or "object.key" to change in the CLI body
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("cron") << "schedule.cron" << QJsonValue(QStringLiteral("61 * * * *"))
                              << "schedule.cron";
        QTest::newRow("threads 0") << "settings.threads" << QJsonValue(0) << "settings.threads";
        QTest::newRow("threads 65") << "settings.threads" << QJsonValue(65) << "settings.threads";
        QTest::newRow("timeout") << "execution.timeout_seconds" << QJsonValue(-5)
                                 << "execution.timeout_seconds";
        QTest::newRow("step") << "execute_steps"
                              << QJsonValue(QJsonArray { QStringLiteral("rm -rf /") })
                              << "execute_steps";
        QTest::newRow("no steps") << "execute_steps" << QJsonValue(QJsonArray()) << "execute_steps";
        QTest::newRow("job type") << "job_type" << QJsonValue(QStringLiteral("weekly"))
                                  << "job_type";
        QTest::newRow("state") << "state" << QJsonValue(7) << "state";
        QTest::newRow("docs flag")
            << "generate_docs" << QJsonValue(QStringLiteral("yes")) << "generate_docs";
        QTest::newRow("id on create") << "id" << QJsonValue(5) << "id";
    }

    void create_badValues_nameTheirField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        Client c(*m_server);
        QJsonObject body = cliCreateBody(QStringLiteral("bad"));
        if (path.contains(QLatin1Char('.'))) {
            const QString outer = path.section(QLatin1Char('.'), 0, 0);
            QJsonObject o = body[outer].toObject();
            o[path.section(QLatin1Char('.'), 1)] = value;
            body[outer] = o;
        } else {
            body[path] = value;
        }
        const auto r = c.post(jobs, body);
        QCOMPARE(r.status, 400);
        QVERIFY2(fieldErrors(r).contains(field), r.body.constData());
    }

    void create_environmentOutsideTheProjectOrDevelopment_is400()
    {
        Client c(*m_server);
        QJsonObject body = cliCreateBody(QStringLiteral("elsewhere"));
        body[QStringLiteral("environment_id")] = m_otherProjectEnv;
        QVERIFY(fieldErrors(c.post(jobs, body)).contains(QStringLiteral("environment_id")));
        body[QStringLiteral("environment_id")] = m_devEnv;
        QVERIFY(fieldErrors(c.post(jobs, body)).contains(QStringLiteral("environment_id")));
        body[QStringLiteral("project_id")] = 999999;
        QVERIFY(fieldErrors(c.post(jobs, body)).contains(QStringLiteral("project_id")));
    }

    void update_everyEditorField_survivesTheRoundTrip()
    {
        Client c(*m_server);
        const qint64 upstream = createJob(c, QStringLiteral("Upstream"));
        const qint64 id = createJob(c, QStringLiteral("Editable"));
        QVERIFY(upstream && id);
        QJsonObject body = c.get(jobs + QString::number(id)).data().toObject();
        body[QStringLiteral("description")] = QStringLiteral("Nightly marts");
        body[QStringLiteral("schedule")] =
            QJsonObject { { QStringLiteral("cron"), QStringLiteral("0 7 * * 1-5") } };
        body[QStringLiteral("triggers")] = QJsonObject { { QStringLiteral("schedule"), true },
            { QStringLiteral("github_webhook"), true },
            { QStringLiteral("git_provider_webhook"), true },
            { QStringLiteral("on_merge"), true } };
        body[QStringLiteral("triggers_on_draft_pr")] = true;
        body[QStringLiteral("settings")] = QJsonObject { { QStringLiteral("threads"), 12 },
            { QStringLiteral("target_name"), QStringLiteral("prod") } };
        body[QStringLiteral("execution")] =
            QJsonObject { { QStringLiteral("timeout_seconds"), 3600 } };
        body[QStringLiteral("generate_docs")] = true;
        body[QStringLiteral("run_generate_sources")] = true;
        body[QStringLiteral("run_compare_changes")] = true;
        body[QStringLiteral("compare_changes_flags")] = QStringLiteral("--select state:modified+");
        body[QStringLiteral("deferring_environment_id")] = m_prodEnv;
        body[QStringLiteral("job_type")] = QStringLiteral("other");
        body[QStringLiteral("dbt_version")] = QStringLiteral("1.9.0-latest");
        body[QStringLiteral("job_completion_trigger_condition")] =
            QJsonObject { { QStringLiteral("condition"),
                QJsonObject { { QStringLiteral("job_id"), upstream },
                    { QStringLiteral("project_id"), m_project },
                    { QStringLiteral("statuses"), QJsonArray { 10, 20 } } } } };
        const auto saved = c.post(jobs + QString::number(id) + QLatin1Char('/'), body);
        QCOMPARE(saved.status, 200);
        const QJsonObject j = c.get(jobs + QString::number(id)).data().toObject();
        QCOMPARE(j[QStringLiteral("description")].toString(), QStringLiteral("Nightly marts"));
        QCOMPARE(j[QStringLiteral("schedule")][QStringLiteral("cron")].toString(),
            QStringLiteral("0 7 * * 1-5"));
        QCOMPARE(j[QStringLiteral("triggers")][QStringLiteral("on_merge")].toBool(), true);
        QCOMPARE(
            j[QStringLiteral("triggers")][QStringLiteral("git_provider_webhook")].toBool(), true);
        QCOMPARE(j[QStringLiteral("triggers_on_draft_pr")].toBool(), true);
        QCOMPARE(j[QStringLiteral("settings")][QStringLiteral("threads")].toInt(), 12);
        QCOMPARE(j[QStringLiteral("settings")][QStringLiteral("target_name")].toString(),
            QStringLiteral("prod"));
        QCOMPARE(j[QStringLiteral("execution")][QStringLiteral("timeout_seconds")].toInt(), 3600);
        QCOMPARE(j[QStringLiteral("run_generate_sources")].toBool(), true);
        QCOMPARE(j[QStringLiteral("run_compare_changes")].toBool(), true);
        QCOMPARE(j[QStringLiteral("compare_changes_flags")].toString(),
            QStringLiteral("--select state:modified+"));
        QCOMPARE(j[QStringLiteral("deferring_environment_id")].toInteger(), m_prodEnv);
        QCOMPARE(j[QStringLiteral("job_type")].toString(), QStringLiteral("other"));
        QCOMPARE(j[QStringLiteral("dbt_version")].toString(), QStringLiteral("1.9.0-latest"));
        const QJsonObject cond =
            j[QStringLiteral("job_completion_trigger_condition")][QStringLiteral("condition")]
                .toObject();
        QCOMPARE(cond[QStringLiteral("job_id")].toInteger(), upstream);
        QCOMPARE(cond[QStringLiteral("statuses")].toArray(), (QJsonArray { 10, 20 }));
        QVERIFY(!j[QStringLiteral("next_run")].isNull()); // the schedule is on now
        // Clearing the completion trigger with null.
        body[QStringLiteral("job_completion_trigger_condition")] = QJsonValue();
        QVERIFY(c.post(jobs + QString::number(id), body)
                    .data()[QStringLiteral("job_completion_trigger_condition")]
                    .isNull());
    }

    void update_completionTriggerCycle_is400()
    {
        Client c(*m_server);
        const qint64 a = createJob(c, QStringLiteral("A"));
        const qint64 b = createJob(c, QStringLiteral("B"));
        const auto after = [&](qint64 upstream) {
            return QJsonObject { { QStringLiteral("job_completion_trigger_condition"),
                QJsonObject { { QStringLiteral("condition"),
                    QJsonObject { { QStringLiteral("job_id"), upstream },
                        { QStringLiteral("statuses"), QJsonArray { 10 } } } } } } };
        };
        QCOMPARE(c.post(jobs + QString::number(b), after(a)).status, 200); // B runs after A
        const auto cycle = c.post(jobs + QString::number(a), after(b)); // A after B: a cycle
        QCOMPARE(cycle.status, 400);
        QVERIFY(fieldErrors(cycle)[QStringLiteral("job_completion_trigger_condition")]
                    .toString()
                    .contains(QStringLiteral("cycle")));
        QCOMPARE(fieldErrors(c.post(jobs + QString::number(a), after(a))).size(), 1); // itself
        QVERIFY(fieldErrors(c.post(jobs + QString::number(a), after(123456789)))
                    .contains(QStringLiteral("job_completion_trigger_condition.condition.job_id")));
    }

    void exportThenImport_likeTheCli_makesAnEqualJob()
    {
        Client c(*m_server);
        // `job export`: GET data minus id. `job import`: that dict merged with the account
        // fields, through the create command's model, POSTed to jobs/.
        QJsonObject exported =
            c.get(jobs + QString::number(m_server->anyJobId(1))).data().toObject();
        exported.remove(QStringLiteral("id"));
        QJsonObject body = cliCreateBody(QString());
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (exported.contains(it.key())) {
                it.value() = exported.value(it.key());
            }
        }
        const auto r = c.post(jobs, body);
        QCOMPARE(r.status, 201);
        const QJsonObject imported = r.data().toObject();
        for (const char *k :
            { "name", "execute_steps", "settings", "project_id", "environment_id", "triggers" }) {
            QCOMPARE(imported[QLatin1String(k)], exported[QLatin1String(k)]);
        }
        QCOMPARE(imported[QStringLiteral("schedule")][QStringLiteral("cron")],
            exported[QStringLiteral("schedule")][QStringLiteral("cron")]);
    }

    void delete_isSoftAndTheSecondTimeA404()
    {
        Client c(*m_server);
        const qint64 id = createJob(c, QStringLiteral("Short-lived"));
        // dbt-cloud-cli `job delete` sends DELETE without the trailing slash.
        const auto r = c.send("DELETE", QStringLiteral("/api/v2/accounts/1/jobs/%1").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()[QStringLiteral("state")].toInt(), 2);
        QVERIFY(SimTest::shapeProblems(QStringLiteral("datamie_job_delete_response.json"), r.json())
                    .isEmpty());
        QCOMPARE(c.get(jobs + QString::number(id)).data()[QStringLiteral("state")].toInt(), 2);
        QCOMPARE(c.send("DELETE", jobs + QString::number(id)).status, 404);
        QCOMPARE(c.post(QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(id),
                      { { QStringLiteral("cause"), QStringLiteral("x") } })
                     .status,
            404);
    }

    void unknownJob_is404_andPut_is405()
    {
        Client c(*m_server);
        QCOMPARE(c.get(jobs + QStringLiteral("987654321/")).status, 404);
        QCOMPARE(
            c.post(jobs + QStringLiteral("987654321/"), cliCreateBody(QStringLiteral("x"))).status,
            404);
        const auto put =
            c.send("PUT", jobs + QString::number(m_server->anyJobId(1)) + QLatin1Char('/'), "{}");
        QCOMPARE(put.status, 405);
        QCOMPARE(put.json()[QStringLiteral("detail")].toString(),
            QStringLiteral("Method \"PUT\" not allowed."));
    }

    void permissions_eachSetGetsWhatItMay_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("create");
        QTest::addColumn<int>("trigger");
        QTest::newRow("account admin") << "account_admin" << 200 << 201 << 200;
        QTest::newRow("job admin") << "job_admin" << 200 << 201 << 200;
        QTest::newRow("developer") << "developer" << 200 << 201 << 200;
        QTest::newRow("job runner") << "job_runner" << 200 << 403 << 200;
        QTest::newRow("job viewer") << "job_viewer" << 200 << 403 << 403;
        QTest::newRow("account viewer") << "account_viewer" << 200 << 403 << 403;
        QTest::newRow("git admin") << "git_admin" << 403 << 403 << 403;
        QTest::newRow("security admin") << "security_admin" << 403 << 403 << 403;
        QTest::newRow("metadata only") << "metadata_only" << 403 << 403 << 403;
        QTest::newRow("webhooks only") << "webhooks_only" << 403 << 403 << 403;
    }

    void permissions_eachSetGetsWhatItMay()
    {
        QFETCH(QString, set);
        QFETCH(int, read);
        QFETCH(int, create);
        QFETCH(int, trigger);
        auto c = clientAs(*m_server, set.toLatin1().constData());
        const qint64 job = m_server->anyJobId(1);
        QCOMPARE(c->get(jobs + QString::number(job)).status, read);
        const auto made = c->post(jobs, cliCreateBody(QStringLiteral("by ") + set));
        QCOMPARE(made.status, create);
        if (create == 403) {
            const QString message =
                made.json()[QStringLiteral("status")][QStringLiteral("user_message")].toString();
            QVERIFY2(message.contains(QStringLiteral("Job Admin")),
                qPrintable(message)); // names who may
        }
        QCOMPARE(c->post(jobs + QString::number(job) + QStringLiteral("/run/"),
                      { { QStringLiteral("cause"), QStringLiteral("permission test") } })
                     .status,
            trigger);
    }

    void unknownToken_is401()
    {
        Client c(*m_server);
        c.setToken(QStringLiteral("dbtc_not_a_token"));
        QCOMPARE(c.get(jobs).status, 401);
    }
};

QTEST_MAIN(TestSimAdminJobs)
#include "tst_simadminjobs.moc"
