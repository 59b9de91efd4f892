// SPDX-License-Identifier: GPL-3.0-or-later
// The run lifecycle on a controlled clock: queue, blocked_by, steps and growing logs, outcome,
// cancel, artifacts only after the end, cron triggers, and the scaled real-time clock.
#include "simclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;

class TestSimLifecycle final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject run(
        Client &c, qint64 id, const QString &related = QStringLiteral("run_steps"))
    {
        return c
            .get(QStringLiteral("/api/v2/accounts/1/runs/%1/?include_related=%2")
                     .arg(id)
                     .arg(related))
            .data()
            .toObject();
    }

    static qint64 trigger(Client &c, qint64 job)
    {
        return c
            .post(QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(job),
                { { QStringLiteral("cause"), QStringLiteral("lifecycle test") } })
            .data()[QStringLiteral("id")]
            .toInteger();
    }

private slots:

    void run_goesQueuedStartingRunningToDone()
    {
        Server server(SimTest::quietOptions(200));
        QVERIFY(server.start());
        Client c(server);
        const qint64 job = server.anyJobId(1);
        // Let any in-flight run of this job finish first, so the new one is not blocked.
        server.advance(std::chrono::hours(3));
        const qint64 id = trigger(c, job);
        QJsonObject r = run(c, id);
        QCOMPARE(r[QStringLiteral("status")].toInt(), 1);
        QCOMPARE(r[QStringLiteral("in_progress")].toBool(), true);
        QVERIFY(r[QStringLiteral("git_sha")].isNull());
        QVERIFY(r[QStringLiteral("started_at")].isNull());
        QCOMPARE(r[QStringLiteral("finished_at_humanized")].toString(),
            QStringLiteral("0 minutes from now"));
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/runs/%1/artifacts/manifest.json").arg(id))
                     .status,
            404);

        QList<int> seen { 1 };
        QString lastLogs;
        bool logsGrew = false;
        for (int i = 0; i < 400 && !r[QStringLiteral("is_complete")].toBool(); ++i) {
            server.advance(std::chrono::seconds(5));
            r = run(c, id);
            const int s = r[QStringLiteral("status")].toInt();
            if (seen.last() != s) {
                seen << s;
            }
            const QJsonArray steps = r[QStringLiteral("run_steps")].toArray();
            if (s == 3) {
                QVERIFY(!r[QStringLiteral("git_sha")].toString().isEmpty());
                QVERIFY(!steps.isEmpty());
                QCOMPARE(steps.last()[QStringLiteral("status")].toInt() == 3
                        || steps.last()[QStringLiteral("status")].toInt() == 10,
                    true);
                const QString logs = steps.last()[QStringLiteral("logs")].toString();
                logsGrew = logsGrew
                    || (logs.startsWith(lastLogs) && logs.size() > lastLogs.size()
                        && !lastLogs.isEmpty());
                lastLogs = logs;
            }
        }
        QVERIFY2(seen.size() >= 4, qPrintable(QString::number(seen.size())));
        QCOMPARE(seen.mid(0, 3), (QList<int> { 1, 2, 3 }));
        QVERIFY(seen.last() == 10 || seen.last() == 20 || seen.last() == 30);
        QVERIFY(logsGrew);
        QCOMPARE(r[QStringLiteral("in_progress")].toBool(), false);
        QVERIFY(!r[QStringLiteral("finished_at")].isNull());
        QVERIFY(r[QStringLiteral("run_duration")].toString() != QLatin1String("00:00:00"));
        if (seen.last() == 10) {
            QCOMPARE(
                c.get(QStringLiteral("/api/v2/accounts/1/runs/%1/artifacts/manifest.json").arg(id))
                    .status,
                200);
        }
    }

    void secondRun_queuesBehindTheFirst()
    {
        Server server(SimTest::quietOptions(200));
        QVERIFY(server.start());
        Client c(server);
        const qint64 job = server.anyJobId(1);
        server.advance(std::chrono::hours(3));
        const qint64 first = trigger(c, job);
        const qint64 second = trigger(c, job);
        QJsonObject r2 = run(c, second, QString());
        QCOMPARE(r2[QStringLiteral("blocked_by")].toArray(), (QJsonArray { first }));
        for (int i = 0; i < 600; ++i) {
            server.advance(std::chrono::seconds(10));
            const QJsonObject r1 = run(c, first, QString());
            r2 = run(c, second, QString());
            if (!r1[QStringLiteral("is_complete")].toBool()) {
                QCOMPARE(r2[QStringLiteral("status")].toInt(), 1); // waits while the first runs
            } else {
                break;
            }
        }
        server.advance(std::chrono::seconds(60));
        r2 = run(c, second, QString());
        QVERIFY(r2[QStringLiteral("status")].toInt() > 1);
        QCOMPARE(r2[QStringLiteral("blocked_by")].toArray().size(), 0);
    }

    void cancel_stopsARunningRun()
    {
        Server server(SimTest::quietOptions(200));
        QVERIFY(server.start());
        Client c(server);
        server.advance(std::chrono::hours(3));
        const qint64 id = trigger(c, server.anyJobId(1));
        server.advance(std::chrono::seconds(60));
        const auto r = c.post(QStringLiteral("/api/v2/accounts/1/runs/%1/cancel/").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data()[QStringLiteral("status")].toInt(), 30);
        QCOMPARE(r.data()[QStringLiteral("status_message")].toString(),
            QStringLiteral("Cancelled by user."));
        QCOMPARE(r.data()[QStringLiteral("is_cancelled")].toBool(), true);
        const qsizetype stepsAtCancel = run(c, id)[QStringLiteral("run_steps")].toArray().size();
        server.advance(std::chrono::hours(1));
        const QJsonObject later = run(c, id);
        QCOMPARE(later[QStringLiteral("status")].toInt(), 30); // stays cancelled
        // No step is left running and none starts after the cancel. (A step that was running is
        // Cancelled; if the cancel fell between two steps, the finished ones keep their status.)
        const QJsonArray steps = later[QStringLiteral("run_steps")].toArray();
        QCOMPARE(steps.size(), stepsAtCancel);
        for (const QJsonValue &step : steps) {
            QVERIFY(step[QStringLiteral("status")].toInt() >= 10);
        }
        // Cancelling a finished run returns it unchanged.
        QCOMPARE(c.post(QStringLiteral("/api/v2/accounts/1/runs/%1/cancel/").arg(id))
                     .data()[QStringLiteral("status")]
                     .toInt(),
            30);
    }

    void failedRun_runResultsNameTheFailingNode()
    {
        Server server(SimTest::quietOptions(300));
        QVERIFY(server.start());
        Client c(server);
        const qint64 id = server.failedRunId(1);
        QVERIFY(id > 0);
        const QJsonObject r = run(c, id);
        QCOMPARE(r[QStringLiteral("status")].toInt(), 20);
        const QJsonArray steps = r[QStringLiteral("run_steps")].toArray();
        const int failedIndex = steps.last()[QStringLiteral("index")].toInt();
        QCOMPARE(steps.last()[QStringLiteral("status")].toInt(), 20);
        const auto results =
            c.get(QStringLiteral("/api/v2/accounts/1/runs/%1/artifacts/run_results.json?step=%2")
                      .arg(id)
                      .arg(failedIndex));
        QCOMPARE(results.status, 200);
        const QJsonArray res = results.json()[QStringLiteral("results")].toArray();
        int errors = 0;
        for (const QJsonValue &v : res) {
            if (v[QStringLiteral("status")].toString() == QLatin1String("error")) {
                ++errors;
                QVERIFY(v[QStringLiteral("message")].toString().contains(QLatin1String("Error")));
                QVERIFY(!v[QStringLiteral("compiled_code")].toString().isEmpty());
                QVERIFY(steps.last()[QStringLiteral("logs")].toString().contains(
                    v[QStringLiteral("unique_id")].toString().section(QLatin1Char('.'), 2)));
            }
        }
        QCOMPARE(errors, 1);
    }

    void cron_triggersScheduledRuns()
    {
        Server server(SimTest::quietOptions(100));
        QVERIFY(server.start());
        Client c(server);
        const auto newest = [&] {
            return c.get(QStringLiteral("/api/v2/accounts/1/runs/?order_by=-id&limit=1"))
                .data()[0][QStringLiteral("id")]
                .toInteger();
        };
        const qint64 before = newest();
        server.advance(std::chrono::hours(2)); // hourly and half-hourly jobs fire
        const QJsonArray fresh =
            c.get(QStringLiteral(
                      "/api/v2/accounts/1/runs/?id__gt=%1&include_related=trigger&limit=100")
                      .arg(before))
                .data()
                .toArray();
        QVERIFY(fresh.size() >= 5);
        for (const QJsonValue &v : fresh) {
            QCOMPARE(v[QStringLiteral("trigger")][QStringLiteral("cause")].toString(),
                QStringLiteral("scheduled"));
        }
        const QJsonObject job =
            c.get(QStringLiteral("/api/v2/accounts/1/jobs/%1/").arg(server.anyJobId(1)))
                .data()
                .toObject();
        QVERIFY(!job[QStringLiteral("next_run")].isNull());
    }

    void life_scaledClockMovesRunsInRealTime()
    {
        ServerOptions o = SimTest::quietOptions(100);
        o.life = true;
        o.speed = 600; // ten simulated minutes per real second
        Server server(o);
        QVERIFY(server.start());
        Client c(server);
        QTest::qWait(300); // let anything in flight at start settle a bit
        const qint64 id =
            c.post(QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(server.anyJobId(1)),
                 { { QStringLiteral("cause"), QStringLiteral("fast clock") } })
                .data()[QStringLiteral("id")]
                .toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(c.get(QStringLiteral("/api/v2/accounts/1/runs/%1/").arg(id))
                                     .data()[QStringLiteral("is_complete")]
                                     .toBool(),
            15000);
    }
};

QTEST_MAIN(TestSimLifecycle)
#include "tst_simlifecycle.moc"
