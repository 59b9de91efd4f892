// SPDX-License-Identifier: GPL-3.0-or-later
// Every key of the real captured objects is present in the simulator's object with the same
// JSON type (null in the fixture matches anything), recursively.
#include "simadmin.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;
using SimTest::compareShape;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(QStringLiteral(DBTC_TEST_DATA_DIR "/fixtures/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestSimFixtures final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;

private slots:

    void initTestCase()
    {
        m_server = std::make_unique<Server>(SimTest::quietOptions(300));
        QVERIFY(m_server->start());
    }

    void objects_haveEveryRealKeyWithTheRealType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::newRow("run") << QStringLiteral("datamie_run_get_response.json")
                             << QStringLiteral("run");
        QTest::newRow("run with steps")
            << QStringLiteral("airflow_job_run_with_steps.json") << QStringLiteral("run+steps");
        QTest::newRow("job") << QStringLiteral("datamie_job_get_response.json")
                             << QStringLiteral("job");
        QTest::newRow("project") << QStringLiteral("datamie_project_get_response.json")
                                 << QStringLiteral("project");
        QTest::newRow("environment") << QStringLiteral("datamie_environment_get_response.json")
                                     << QStringLiteral("environment");
        QTest::newRow("account") << QStringLiteral("datamie_account_get_response.json")
                                 << QStringLiteral("account");
        QTest::newRow("runs list 2024")
            << QStringLiteral("openmetadata_runs_list_v2.json") << QStringLiteral("runs");
        QTest::newRow("jobs list 2024")
            << QStringLiteral("openmetadata_jobs_list_v2.json") << QStringLiteral("jobs");
    }

    void objects_haveEveryRealKeyWithTheRealType()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        const QJsonObject real = fixture(file);
        QVERIFY2(!real.isEmpty(), qPrintable(file));
        Client c(*m_server);
        const qint64 run = m_server->failedRunId(1);
        const qint64 job = m_server->anyJobId(1);
        const QJsonArray projects =
            c.get(QStringLiteral("/api/v3/accounts/1/projects/")).data().toArray();
        // The captured project and environment use a BigQuery connection: compare with one.
        qint64 project = 0;
        for (const QJsonValue &p : projects) {
            if (p[QStringLiteral("connection")][QStringLiteral("type")].toString()
                == QLatin1String("bigquery")) {
                project = p[QStringLiteral("id")].toInteger();
                break;
            }
        }
        QVERIFY(project);
        const qint64 env =
            c.get(QStringLiteral("/api/v3/accounts/1/projects/%1/environments/").arg(project))
                .data()[0][QStringLiteral("id")]
                .toInteger();
        QString url;
        if (path == QLatin1String("run")) {
            url = QStringLiteral("/api/v2/accounts/1/runs/%1/").arg(run);
        } else if (path == QLatin1String("run+steps")) {
            url = QStringLiteral("/api/v2/accounts/1/runs/%1/?include_related=job,run_steps")
                      .arg(run);
        } else if (path == QLatin1String("job")) {
            url = QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(job);
        } else if (path == QLatin1String("project")) {
            url = QStringLiteral("/api/v3/accounts/1/projects/%1/").arg(project);
        } else if (path == QLatin1String("environment")) {
            url = QStringLiteral("/api/v3/accounts/1/projects/%1/environments/%2/")
                      .arg(project)
                      .arg(env);
        } else if (path == QLatin1String("account")) {
            url = QStringLiteral("/api/v2/accounts/1/");
        } else if (path == QLatin1String("runs")) {
            // The fixture's first run timed out: compare with a timed-out run of the simulator.
            qint64 timedOutJob = 0;
            qint64 timedOutRun = 0;
            const QJsonArray cancelled =
                c.get(QStringLiteral("/api/v2/accounts/1/runs/?status=30&limit=100"))
                    .data()
                    .toArray();
            for (const QJsonValue &v : cancelled) {
                if (v[QStringLiteral("status_message")].toString().startsWith(
                        QLatin1String("This run timed out"))) {
                    timedOutJob = v[QStringLiteral("job_definition_id")].toInteger();
                    timedOutRun = v[QStringLiteral("id")].toInteger();
                    break;
                }
            }
            QVERIFY(timedOutJob);
            url = QStringLiteral("/api/v2/accounts/1/runs/?job_definition_id=%1&pk=%2&limit=4")
                      .arg(timedOutJob)
                      .arg(timedOutRun);
        } else {
            url = QStringLiteral("/api/v2/accounts/1/jobs/?limit=2");
        }
        const auto sim = c.get(url);
        QCOMPARE(sim.status, 200);
        QStringList problems;
        compareShape(real, sim.json(), QStringLiteral("$"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void errorBody_matchesTheRealOne()
    {
        Client c(*m_server);
        c.setToken(QStringLiteral("wrong"));
        const auto r = c.get(QStringLiteral("/api/v2/accounts/1/runs/"));
        QStringList problems;
        compareShape(
            QJsonDocument::fromJson(
                R"({"status": {"code": 401, "is_success": false, "user_message": "Invalid token.", "developer_message": null}, "data": null})")
                .object(),
            r.json(),
            QStringLiteral("$"),
            &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestSimFixtures)
#include "tst_simfixtures.moc"
