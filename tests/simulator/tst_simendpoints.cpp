// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoints, envelopes, pagination, filters, include_related, auth and permissions over HTTP.
#include "simclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;

class TestSimEndpoints final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    const QString runs = QStringLiteral("/api/v2/accounts/1/runs/");

    QJsonArray runIds(Client &c, const QString &query)
    {
        const auto r = c.get(runs + QLatin1Char('?') + query);
        QJsonArray ids;
        const QJsonArray data = r.data().toArray();
        for (const QJsonValue &v : data) {
            ids.append(v[QStringLiteral("id")]);
        }
        return ids;
    }

private slots:

    void initTestCase()
    {
        QElapsedTimer t;
        t.start();
        m_server = std::make_unique<Server>(SimTest::quietOptions());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        qInfo("seed + start of 2,400 runs took %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < 1500); // target < 300 ms on the dev machine; slack for CI load
    }

    void runList_isRealEnvelopeWithTotals()
    {
        Client c(*m_server);
        const auto r = c.get(QStringLiteral("/api/v2/accounts/1/runs/?limit=5"));
        QCOMPARE(r.status, 200);
        const QJsonObject env = r.json();
        const QJsonObject status = env[QStringLiteral("status")].toObject();
        QCOMPARE(status[QStringLiteral("code")].toInt(), 200);
        QCOMPARE(status[QStringLiteral("is_success")].toBool(), true);
        QCOMPARE(status[QStringLiteral("user_message")].toString(), QStringLiteral("Success!"));
        QCOMPARE(status[QStringLiteral("developer_message")].toString(), QString());
        QCOMPARE(env[QStringLiteral("data")].toArray().size(), 5);
        const QJsonObject extra = env[QStringLiteral("extra")].toObject();
        QCOMPARE(extra[QStringLiteral("order_by")].toString(), QStringLiteral("id"));
        QCOMPARE(extra[QStringLiteral("pagination")][QStringLiteral("count")].toInt(), 5);
        QVERIFY(extra[QStringLiteral("pagination")][QStringLiteral("total_count")].toInt() >= 2000);
        const QJsonObject filters = extra[QStringLiteral("filters")].toObject();
        QCOMPARE(filters[QStringLiteral("limit")].toInt(), 5);
        QCOMPARE(filters[QStringLiteral("state")].toString(), QStringLiteral("all"));
        QCOMPARE(filters[QStringLiteral("account_id")].toInteger(), 1);
    }

    void limitOver100_is400WithEnvelope()
    {
        Client c(*m_server);
        const auto r = c.get(runs + QStringLiteral("?limit=101"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("status")][QStringLiteral("is_success")].toBool(), false);
        QVERIFY(r.json().contains(QStringLiteral("data")));
        QVERIFY(r.data().isNull());
    }

    void paging_coversEveryRunOnce()
    {
        Client c(*m_server);
        QSet<qint64> seen;
        int total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += 100) {
            const auto r = c.get(runs + QStringLiteral("?limit=100&offset=%1").arg(offset));
            QCOMPARE(r.status, 200);
            total = r.json()[QStringLiteral("extra")][QStringLiteral("pagination")]
                            [QStringLiteral("total_count")]
                                .toInt();
            const QJsonArray data = r.data().toArray();
            for (const QJsonValue &v : data) {
                seen.insert(v[QStringLiteral("id")].toInteger());
            }
        }
        QCOMPARE(seen.size(), total);
        QVERIFY(total >= 2000);
    }

    void trailingSlash_isOptionalOnGet()
    {
        Client c(*m_server);
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/runs?limit=1")).status, 200);
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/jobs")).status, 200);
        QCOMPARE(c.get(QStringLiteral("/api/v3/accounts/1/projects")).status, 200);
    }

    void filters_statusInAcceptsEveryEncoding_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("comma") << QStringLiteral("status__in=20,30");
        QTest::newRow("json") << QStringLiteral("status__in=%5B20%2C%2030%5D");
        QTest::newRow("python") << QStringLiteral("status__in=%5B'20'%2C'30'%5D");
        QTest::newRow("repeated") << QStringLiteral("status__in=20&status__in=30");
    }

    void filters_statusInAcceptsEveryEncoding()
    {
        QFETCH(QString, query);
        Client c(*m_server);
        const auto r = c.get(runs + QStringLiteral("?limit=100&") + query);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.data().toArray();
        QVERIFY(!data.isEmpty());
        for (const QJsonValue &v : data) {
            const int s = v[QStringLiteral("status")].toInt();
            QVERIFY2(s == 20 || s == 30, qPrintable(QString::number(s)));
        }
        const auto errors = c.get(runs + QStringLiteral("?status=20"));
        const auto both = c.get(runs + QStringLiteral("?") + query);
        const auto cancelled = c.get(runs + QStringLiteral("?status=30"));
        const auto total = [](const SimTest::Reply &x) {
            return x
                .json()[QStringLiteral("extra")][QStringLiteral("pagination")]
                       [QStringLiteral("total_count")]
                .toInt();
        };
        QCOMPARE(total(both), total(errors) + total(cancelled));
        QVERIFY(total(errors) > 50); // a realistic share of red runs
        QVERIFY(total(cancelled) > 5); // and a few cancelled / timed out
    }

    void filters_jobProjectEnvIdGtAndOrder()
    {
        Client c(*m_server);
        const qint64 job = m_server->anyJobId(1);
        const auto r =
            c.get(runs + QStringLiteral("?job_definition_id=%1&order_by=-id&limit=10").arg(job));
        const QJsonArray data = r.data().toArray();
        QCOMPARE(data.size(), 10);
        for (qsizetype i = 0; i < data.size(); ++i) {
            QCOMPARE(data[i][QStringLiteral("job_definition_id")].toInteger(), job);
            if (i > 0) {
                QVERIFY(data[i][QStringLiteral("id")].toInteger()
                    < data[i - 1][QStringLiteral("id")].toInteger());
            }
        }
        const qint64 newest = data[0][QStringLiteral("id")].toInteger();
        QCOMPARE(
            runIds(c, QStringLiteral("job_definition_id=%1&id__gt=%2").arg(job).arg(newest)).size(),
            0);
        const qint64 project = data[0][QStringLiteral("project_id")].toInteger();
        const qint64 env = data[0][QStringLiteral("environment_id")].toInteger();
        const QJsonArray byEnv =
            c.get(runs + QStringLiteral("?environment_id=%1&project_id=%2").arg(env).arg(project))
                .data()
                .toArray();
        QVERIFY(!byEnv.isEmpty());
        for (const QJsonValue &v : byEnv) {
            QCOMPARE(v[QStringLiteral("environment_id")].toInteger(), env);
        }
        QCOMPARE(c.get(runs + QStringLiteral("?order_by=status")).status, 400);
        const QJsonArray byFinished =
            c.get(runs + QStringLiteral("?order_by=-finished_at&status=10&limit=20"))
                .data()
                .toArray();
        for (qsizetype i = 1; i < byFinished.size(); ++i) {
            QVERIFY(byFinished[i][QStringLiteral("finished_at")].toString()
                <= byFinished[i - 1][QStringLiteral("finished_at")].toString());
        }
    }

    void includeRelated_allForms_data()
    {
        QTest::addColumn<QString>("param");
        QTest::newRow("comma") << QStringLiteral(
            "include_related=trigger,job,run_steps,environment");
        QTest::newRow("json") << QStringLiteral("include_related=%5B%22trigger%22%2C%20%22job%22%"
                                                "2C%22run_steps%22%2C%22environment%22%5D");
        QTest::newRow("python") << QStringLiteral(
            "include_related=%5B'trigger'%2C%20'job'%2C'run_steps'%2C'environment'%5D");
        QTest::newRow("repeated") << QStringLiteral(
            "include_related=trigger&include_related=job&include_related=run_steps&include_related="
            "environment");
    }

    void includeRelated_allForms()
    {
        QFETCH(QString, param);
        Client c(*m_server);
        const qint64 id = m_server->failedRunId(1);
        const QJsonObject run =
            c.get(runs + QStringLiteral("%1/?").arg(id) + param).data().toObject();
        QVERIFY(run[QStringLiteral("trigger")].isObject());
        QCOMPARE(run[QStringLiteral("trigger")][QStringLiteral("id")].toInteger(),
            run[QStringLiteral("trigger_id")].toInteger());
        QCOMPARE(run[QStringLiteral("job")][QStringLiteral("id")].toInteger(),
            run[QStringLiteral("job_definition_id")].toInteger());
        QCOMPARE(run[QStringLiteral("environment")][QStringLiteral("id")].toInteger(),
            run[QStringLiteral("environment_id")].toInteger());
        const QJsonArray steps = run[QStringLiteral("run_steps")].toArray();
        QVERIFY(steps.size() >= 4);
        QCOMPARE(steps[0][QStringLiteral("index")].toInt(), 1);
        QCOMPARE(steps.last()[QStringLiteral("status")].toInt(), 20); // the failing step
        QVERIFY(steps.last()[QStringLiteral("logs")].toString().contains(QLatin1String("ERROR")));
        QCOMPARE(steps.last()[QStringLiteral("debug_logs")].toString(),
            QString()); // only with debug_logs
        // Without include_related the related objects are null and steps empty, like the service.
        const QJsonObject bare = c.get(runs + QString::number(id)).data().toObject();
        QVERIFY(bare[QStringLiteral("trigger")].isNull());
        QVERIFY(bare[QStringLiteral("job")].isNull());
        QCOMPARE(bare[QStringLiteral("run_steps")].toArray().size(), 0);
    }

    void debugLogs_fullWhenRequested()
    {
        Client c(*m_server);
        const qint64 id = m_server->failedRunId(1);
        const QJsonObject run =
            c.get(runs + QStringLiteral("%1/?include_related=run_steps,debug_logs").arg(id))
                .data()
                .toObject();
        const QJsonObject step = run[QStringLiteral("run_steps")].toArray().last().toObject();
        QVERIFY(step[QStringLiteral("debug_logs")].toString().contains(QLatin1String("[debug]")));
        const auto single =
            c.get(QStringLiteral("/api/v2/accounts/1/steps/%1/?include_related=debug_logs")
                      .arg(step[QStringLiteral("id")].toInteger()));
        QCOMPARE(single.status, 200);
        QCOMPARE(single.data()[QStringLiteral("name")].toString(),
            step[QStringLiteral("name")].toString());
        QVERIFY(!single.data()[QStringLiteral("debug_logs")].toString().isEmpty());
    }

    void auth_missingOrBadTokenIs401WithRealBody()
    {
        Client c(*m_server);
        c.setToken(QString());
        const auto none = c.get(runs);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json(),
            QJsonDocument::fromJson(
                R"({"status": {"code": 401, "is_success": false, "user_message": "Invalid token.", "developer_message": null}, "data": null})")
                .object());
        c.setToken(QStringLiteral("not-a-token"));
        QCOMPARE(c.get(runs).status, 401);
        c.setToken(m_server->adminToken());
        QCOMPARE(c.send("GET", runs + QStringLiteral("?limit=1"), {}, "Bearer").status, 200);
        QCOMPARE(c.send("GET", runs + QStringLiteral("?limit=1"), {}, "Basic").status, 401);
    }

    void auth_readOnlyTokenReadsButGets403OnEveryWrite()
    {
        Client c(*m_server);
        c.setToken(m_server->readOnlyToken());
        QCOMPARE(c.get(runs + QStringLiteral("?limit=1")).status, 200);
        const qint64 job = m_server->anyJobId(1);
        const qint64 run = m_server->failedRunId(1);
        const QStringList writes { QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(job),
            QStringLiteral("/api/v2/accounts/1/jobs/%1/rerun/").arg(job),
            QStringLiteral("/api/v2/accounts/1/runs/%1/cancel/").arg(run),
            QStringLiteral("/api/v2/accounts/1/runs/%1/retry/").arg(run),
            QStringLiteral("/api/v2/accounts/1/jobs/"),
            QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(job) };
        const int before = c.get(runs + QStringLiteral("?limit=1"))
                               .json()[QStringLiteral("extra")][QStringLiteral("pagination")]
                                      [QStringLiteral("total_count")]
                               .toInt();
        for (const QString &path : writes) {
            const auto r = c.post(path, { { QStringLiteral("cause"), QStringLiteral("x") } });
            QCOMPARE(r.status, 403);
            QCOMPARE(r.json()[QStringLiteral("status")][QStringLiteral("code")].toInt(), 403);
        }
        QCOMPARE(
            c.send("DELETE", QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(job)).status, 403);
        const int after = c.get(runs + QStringLiteral("?limit=1"))
                              .json()[QStringLiteral("extra")][QStringLiteral("pagination")]
                                     [QStringLiteral("total_count")]
                              .toInt();
        QCOMPARE(after, before); // nothing was created
    }

    void auth_wrongAccountIs403()
    {
        Client c(*m_server);
        const auto r = c.get(QStringLiteral("/api/v2/accounts/999/runs/"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QStringLiteral("status")][QStringLiteral("user_message")].toString(),
            QStringLiteral("Access denied: Token is not scoped to account."));
        // A run of account 1 is not visible through the other account.
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/70403103922125/runs/%1/")
                           .arg(m_server->failedRunId(1)))
                     .status,
            404);
    }

    void accounts_v2AndV3()
    {
        Client c(*m_server);
        for (const QString &v : { QStringLiteral("v2"), QStringLiteral("v3") }) {
            const auto list = c.get(QStringLiteral("/api/%1/accounts/").arg(v));
            QCOMPARE(list.data().toArray().size(), 2);
            QCOMPARE(list.data()[0][QStringLiteral("id")].toInteger(), 1);
            QCOMPARE(list.data()[1][QStringLiteral("id")].toInteger(), Q_INT64_C(70403103922125));
            QCOMPARE(c.get(QStringLiteral("/api/%1/accounts/70403103922125/").arg(v))
                         .data()[QStringLiteral("id")]
                         .toInteger(),
                Q_INT64_C(70403103922125));
        }
        QCOMPARE(m_server->accountIds().first(), 1);
    }

    void projectsAndEnvironments_v3()
    {
        Client c(*m_server);
        const QJsonArray projects =
            c.get(QStringLiteral("/api/v3/accounts/1/projects/")).data().toArray();
        QVERIFY(projects.size() >= 3);
        const qint64 p = projects[0][QStringLiteral("id")].toInteger();
        QCOMPARE(c.get(QStringLiteral("/api/v3/accounts/1/projects/?name__icontains=FINANCE"))
                     .data()
                     .toArray()
                     .size(),
            1);
        const QJsonArray envs =
            c.get(QStringLiteral("/api/v3/accounts/1/projects/%1/environments/").arg(p))
                .data()
                .toArray();
        QVERIFY(envs.size() >= 2 && envs.size() <= 3);
        QSet<QString> types;
        for (const QJsonValue &e : envs) {
            types.insert(e[QStringLiteral("type")].toString());
        }
        QVERIFY(types.contains(QStringLiteral("development"))
            && types.contains(QStringLiteral("deployment")));
        const auto prod = c.get(QStringLiteral(
            "/api/v3/accounts/1/projects/%1/environments/?deployment_type=production")
                                    .arg(p));
        QCOMPARE(prod.data().toArray().size(), 1);
        const qint64 e = prod.data()[0][QStringLiteral("id")].toInteger();
        QCOMPARE(
            c.get(QStringLiteral("/api/v3/accounts/1/projects/%1/environments/%2/").arg(p).arg(e))
                .data()[QStringLiteral("deployment_type")]
                .toString(),
            QStringLiteral("production"));
        QCOMPARE(c.get(QStringLiteral("/api/v3/accounts/1/projects/999999/")).status, 404);
    }

    void jobs_listFiltersAndGet()
    {
        Client c(*m_server);
        const auto all = c.get(QStringLiteral("/api/v2/accounts/1/jobs/?limit=100"));
        QVERIFY(all.data().toArray().size() >= 25);
        QCOMPARE(
            all.json()[QStringLiteral("extra")][QStringLiteral("filters")][QStringLiteral("state")]
                .toString(),
            QStringLiteral("active"));
        const QJsonObject job = all.data()[0].toObject();
        QVERIFY(!job[QStringLiteral("schedule")][QStringLiteral("cron")].toString().isEmpty());
        QVERIFY(!job[QStringLiteral("execute_steps")].toArray().isEmpty());
        const qint64 project = job[QStringLiteral("project_id")].toInteger();
        const QJsonArray inProject =
            c.get(QStringLiteral("/api/v2/accounts/1/jobs/?project_id=%1").arg(project))
                .data()
                .toArray();
        QVERIFY(!inProject.isEmpty() && inProject.size() < all.data().toArray().size());
        for (const QJsonValue &j : inProject) {
            QCOMPARE(j[QStringLiteral("project_id")].toInteger(), project);
        }
        const auto one =
            c.get(QStringLiteral("/api/v2/accounts/1/jobs/%1/?include_related=most_recent_run")
                      .arg(job[QStringLiteral("id")].toInteger()));
        QCOMPARE(one.data()[QStringLiteral("most_recent_run")][QStringLiteral("job_definition_id")]
                     .toInteger(),
            job[QStringLiteral("id")].toInteger());
    }

    void extraJobs_addToTheDemoProjects_withoutMovingSeededIds()
    {
        ServerOptions o = SimTest::quietOptions(50);
        const auto jobsOf = [](const Server &server) {
            Client c(server);
            return c.get(QStringLiteral("/api/v2/accounts/1/jobs/?limit=100&order_by=id"))
                .data()
                .toArray();
        };
        Server plain(o);
        QVERIFY(plain.start());
        o.extraJobs = 73;
        Server more(o);
        QVERIFY(more.start());
        const QJsonArray seeded = jobsOf(plain), all = jobsOf(more);
        QCOMPARE(seeded.size(), 27);
        QCOMPARE(all.size(), 100);
        QSet<qint64> projects;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i < seeded.size()) {
                QCOMPARE(all[i][QStringLiteral("id")], seeded[i][QStringLiteral("id")]);
                QCOMPARE(all[i][QStringLiteral("name")], seeded[i][QStringLiteral("name")]);
            } else {
                projects.insert(all[i][QStringLiteral("project_id")].toInteger());
            }
        }
        QCOMPARE(projects.size(), 3);
        Client c(more);
        const qint64 extra = all[99][QStringLiteral("id")].toInteger();
        const auto runsOfExtra = c.get(runs + QStringLiteral("?job_definition_id=%1").arg(extra));
        QCOMPARE(runsOfExtra.data().toArray().size(), 0); // no history
    }

    void jobs_createUpdateDelete()
    {
        Client c(*m_server);
        const QJsonObject proto =
            c.get(QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(m_server->anyJobId(1)))
                .data()
                .toObject();
        QJsonObject body { { QStringLiteral("id"), QJsonValue() },
            { QStringLiteral("account_id"), 1 },
            { QStringLiteral("project_id"), proto[QStringLiteral("project_id")] },
            { QStringLiteral("environment_id"), proto[QStringLiteral("environment_id")] },
            { QStringLiteral("name"), QStringLiteral("Created by test") },
            { QStringLiteral("execute_steps"), QJsonArray { QStringLiteral("dbt build") } },
            { QStringLiteral("settings"),
                QJsonObject { { QStringLiteral("threads"), 8 },
                    { QStringLiteral("target_name"), QStringLiteral("prod") } } },
            { QStringLiteral("triggers"), QJsonObject { { QStringLiteral("schedule"), false } } } };
        const auto created = c.post(QStringLiteral("/api/v2/accounts/1/jobs/"), body);
        QCOMPARE(created.status, 201);
        const qint64 id = created.data()[QStringLiteral("id")].toInteger();
        QCOMPARE(created.data()[QStringLiteral("settings")][QStringLiteral("threads")].toInt(), 8);
        body[QStringLiteral("name")] = QStringLiteral("Renamed");
        QCOMPARE(c.post(QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(id), body)
                     .data()[QStringLiteral("name")]
                     .toString(),
            QStringLiteral("Renamed"));
        QCOMPARE(c.post(QStringLiteral("/api/v2/accounts/1/jobs/"),
                      { { QStringLiteral("name"), QStringLiteral("x") } })
                     .status,
            400);
        const auto deleted =
            c.send("DELETE", QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(id));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.data()[QStringLiteral("state")].toInt(), 2);
        const QJsonArray active =
            c.get(QStringLiteral("/api/v2/accounts/1/jobs/?limit=100&name__icontains=Renamed"))
                .data()
                .toArray();
        QCOMPARE(active.size(), 0);
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/jobs/?state=all&name__icontains=Renamed"))
                     .data()
                     .toArray()
                     .size(),
            1);
    }

    void trigger_overridesComeBackOnTheTrigger()
    {
        Client c(*m_server);
        const qint64 job = m_server->anyJobId(1);
        const QJsonObject body { { QStringLiteral("cause"), QStringLiteral("From the test") },
            { QStringLiteral("git_branch"), QStringLiteral("hotfix") },
            { QStringLiteral("threads_override"), 2 },
            { QStringLiteral("steps_override"),
                QJsonArray { QStringLiteral("dbt run -s orders") } },
            { QStringLiteral("schema_override"), QJsonValue() },
            { QStringLiteral("job_id"), job } };
        const auto r = c.post(QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(job), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()[QStringLiteral("status")].toInt(), 1);
        QCOMPARE(r.data()[QStringLiteral("status_humanized")].toString(), QStringLiteral("Queued"));
        const qint64 id = r.data()[QStringLiteral("id")].toInteger();
        const QJsonObject trig = c.get(runs + QStringLiteral("%1/?include_related=trigger").arg(id))
                                     .data()[QStringLiteral("trigger")]
                                     .toObject();
        QCOMPARE(trig[QStringLiteral("cause")].toString(), QStringLiteral("From the test"));
        QCOMPARE(trig[QStringLiteral("git_branch")].toString(), QStringLiteral("hotfix"));
        QCOMPARE(trig[QStringLiteral("threads_override")].toInt(), 2);
        QCOMPARE(trig[QStringLiteral("steps_override")].toArray().first().toString(),
            QStringLiteral("dbt run -s orders"));
        QVERIFY(trig[QStringLiteral("schema_override")].isNull());
        QCOMPARE(trig[QStringLiteral("cause_category")].toString(), QStringLiteral("api"));
        QCOMPARE(
            c.post(QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(job), {}).status, 400);
        QCOMPARE(c.post(QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(job),
                      { { QStringLiteral("cause"), QString(256, QLatin1Char('x')) } })
                     .status,
            400);
        QCOMPARE(c.post(QStringLiteral("/api/v2/accounts/1/jobs/1/run/"),
                      { { QStringLiteral("cause"), QStringLiteral("x") } })
                     .status,
            404);
    }

    void retry_detailsAndNewRun()
    {
        Client c(*m_server);
        const qint64 failed = m_server->failedRunId(1);
        const QJsonObject run = c.get(runs + QString::number(failed)).data().toObject();
        QCOMPARE(run[QStringLiteral("can_retry")].toBool(), true);
        const auto details = c.get(runs + QStringLiteral("%1/retry/").arg(failed));
        QCOMPARE(details.status, 200);
        QVERIFY(details.data()[QStringLiteral("failed_step")].toString().startsWith(
            QLatin1String("Invoke dbt with")));
        QVERIFY(details.data()[QStringLiteral("skipped_steps")].isArray());
        const auto retried = c.post(runs + QStringLiteral("%1/retry/").arg(failed));
        QCOMPARE(retried.status, 200);
        const qint64 newId = retried.data()[QStringLiteral("id")].toInteger();
        QVERIFY(newId > failed);
        const QJsonObject after = c.get(runs + QString::number(failed)).data().toObject();
        QCOMPARE(after[QStringLiteral("retrying_run_id")].toInteger(), newId);
        QCOMPARE(after[QStringLiteral("can_retry")].toBool(), false);
        QCOMPARE(c.post(runs + QStringLiteral("%1/retry/").arg(failed)).status, 400); // only once
        const QJsonObject trig =
            c.get(runs + QStringLiteral("%1/?include_related=trigger").arg(newId))
                .data()[QStringLiteral("trigger")]
                .toObject();
        QCOMPARE(trig[QStringLiteral("cause_category")].toString(), QStringLiteral("rerun"));
    }

    void artifacts_listAndRawFiles()
    {
        Client c(*m_server);
        const QJsonArray ok =
            c.get(runs + QStringLiteral("?status=10&limit=1&order_by=-id")).data().toArray();
        const qint64 id = ok[0][QStringLiteral("id")].toInteger();
        const auto list = c.get(runs + QStringLiteral("%1/artifacts/").arg(id));
        QVERIFY(list.data().toArray().contains(QStringLiteral("manifest.json")));
        QVERIFY(list.data().toArray().contains(QStringLiteral("run_results.json")));
        const auto manifest = c.get(runs + QStringLiteral("%1/artifacts/manifest.json").arg(id));
        QCOMPARE(manifest.status, 200);
        QVERIFY(!manifest.json().contains(QStringLiteral("status"))); // raw, not enveloped
        QCOMPARE(
            manifest.json()[QStringLiteral("metadata")][QStringLiteral("project_name")].toString(),
            QStringLiteral("jaffle_shop"));
        const auto results =
            c.get(runs + QStringLiteral("%1/artifacts/run_results.json?step=4").arg(id));
        QCOMPARE(results
                     .json()[QStringLiteral("metadata")][QStringLiteral("env")]
                            [QStringLiteral("DBT_CLOUD_RUN_ID")]
                     .toString(),
            QString::number(id));
        QCOMPARE(
            c.get(runs + QStringLiteral("%1/artifacts/run_results.json?step=1").arg(id)).status,
            404); // the clone step
        const auto sql = c.get(runs
            + QStringLiteral("%1/artifacts/compiled/jaffle_shop/models/marts/orders.sql").arg(id));
        QCOMPARE(sql.status, 200);
        QVERIFY(sql.body.contains("select"));
        QCOMPARE(c.get(runs + QStringLiteral("%1/artifacts/nope.json").arg(id)).status, 404);
    }

    void sameSeed_sameWorld()
    {
        Server other(SimTest::quietOptions());
        QVERIFY(other.start());
        Client a(*m_server);
        Client b(other);
        const auto first = a.get(runs + QStringLiteral("?limit=20&offset=100"));
        const auto second = b.get(runs + QStringLiteral("?limit=20&offset=100"));
        for (qsizetype i = 0; i < 20; ++i) {
            const QJsonObject x = first.data()[i].toObject();
            const QJsonObject y = second.data()[i].toObject();
            QCOMPARE(x[QStringLiteral("id")], y[QStringLiteral("id")]);
            QCOMPARE(x[QStringLiteral("status")], y[QStringLiteral("status")]);
            QCOMPARE(x[QStringLiteral("git_sha")], y[QStringLiteral("git_sha")]);
            QCOMPARE(x[QStringLiteral("duration")], y[QStringLiteral("duration")]);
        }
        QCOMPARE(m_server->adminToken(), other.adminToken());
    }
};

QTEST_MAIN(TestSimEndpoints)
#include "tst_simendpoints.moc"
