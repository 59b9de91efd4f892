// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault kind, per path/method and for the next N requests, the control endpoint, the
// scenario file and request introspection.
#include "simclient.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;

class TestSimFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;
    const QString runs = QStringLiteral("/api/v2/accounts/1/runs/?limit=1");

    int runTotal(Client &c)
    {
        return c.get(runs)
            .json()[QStringLiteral("extra")][QStringLiteral("pagination")]
                   [QStringLiteral("total_count")]
            .toInt();
    }

private slots:

    void initTestCase()
    {
        m_server = std::make_unique<Server>(SimTest::quietOptions(300));
        QVERIFY(m_server->start());
    }

    void init()
    {
        m_server->faults().clear();
        m_server->clearRequestLog();
    }

    void rateLimit_withAndWithoutRetryAfter_forNextN()
    {
        Client c(*m_server);
        m_server->faults().add(
            FaultRule { QStringLiteral("/runs/"), QString(), FaultKind::RateLimit, 2, 0, 7, 0 });
        const auto first = c.get(runs);
        QCOMPARE(first.status, 429);
        QCOMPARE(first.retryAfter, QByteArray("7"));
        QCOMPARE(first.json()[QStringLiteral("status")][QStringLiteral("code")].toInt(), 429);
        QCOMPARE(c.get(runs).status, 429);
        QCOMPARE(c.get(runs).status, 200); // only the next two
        m_server->faults().add(
            FaultRule { QStringLiteral("/runs/"), QString(), FaultKind::RateLimit, 1, 0, 0, 0 });
        const auto bare = c.get(runs);
        QCOMPARE(bare.status, 429);
        QVERIFY(bare.retryAfter.isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/runs/")), 4);
    }

    void serverErrors_andPathScoping_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
    }

    void serverErrors_andPathScoping()
    {
        QFETCH(int, status);
        Client c(*m_server);
        m_server->faults().add(FaultRule { QStringLiteral("^/api/v2/accounts/\\d+/runs"),
            QStringLiteral("GET"),
            FaultKind::ServerError,
            -1,
            status,
            0,
            0 });
        QCOMPARE(c.get(runs).status, status);
        QCOMPARE(c.get(runs).status, status); // forever
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/jobs/?limit=1")).status,
            200); // other paths unaffected
    }

    void htmlPage_isNotJson()
    {
        Client c(*m_server);
        m_server->faults().add(
            FaultRule { QString(), QString(), FaultKind::HtmlPage, 1, 502, 0, 0 });
        const auto r = c.get(runs);
        QCOMPARE(r.status, 502);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
    }

    void delay_answersLate()
    {
        Client c(*m_server);
        m_server->faults().add(
            FaultRule { QStringLiteral("/runs/"), QString(), FaultKind::Delay, 1, 0, 0, 400 });
        QElapsedTimer t;
        t.start();
        QCOMPARE(c.get(runs).status, 200);
        QVERIFY(t.elapsed() >= 380);
        m_server->faults().add(
            FaultRule { QStringLiteral("/runs/"), QString(), FaultKind::Delay, 1, 0, 0, 2000 });
        const auto timedOut = c.send("GET", runs, {}, "Token", 300);
        QCOMPARE(timedOut.error, QNetworkReply::TimeoutError);
    }

    void drop_closesWithoutAnswer()
    {
        Client c(*m_server);
        m_server->faults().add(
            FaultRule { QStringLiteral("/runs/"), QString(), FaultKind::Drop, 1, 0, 0, 0 });
        const auto r = c.get(runs);
        QVERIFY2(r.error != QNetworkReply::NoError,
            qPrintable(QStringLiteral("status %1, %2 bytes").arg(r.status).arg(r.body.size())));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/runs/")), 1); // the client did not resend
        QCOMPARE(c.get(runs).status, 200);
    }

    void dropAfterProcessing_theWriteHappens()
    {
        Client c(*m_server);
        const int before = runTotal(c);
        const qint64 job = m_server->anyJobId(1);
        m_server->faults().add(FaultRule { QStringLiteral("/run/$"),
            QStringLiteral("POST"),
            FaultKind::DropAfterProcessing,
            1,
            0,
            0,
            0 });
        const auto r = c.post(QStringLiteral("/api/v2/accounts/1/jobs/%1/run/").arg(job),
            { { QStringLiteral("cause"), QStringLiteral("dropped-7f3a") } });
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(runTotal(c), before + 1); // the run exists although the client never heard
        const auto newest = c.get(
            QStringLiteral("/api/v2/accounts/1/runs/"
                           "?job_definition_id=%1&order_by=-id&limit=1&include_related=trigger")
                .arg(job));
        QCOMPARE(newest.data()[0][QStringLiteral("trigger")][QStringLiteral("cause")].toString(),
            QStringLiteral("dropped-7f3a"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/run/")), 1);
        QVERIFY(m_server->lastRequestBody(QStringLiteral("/run/")).contains("dropped-7f3a"));
    }

    void truncatedAndInvalidJson_areNotParseable()
    {
        Client c(*m_server);
        m_server->faults().add(
            FaultRule { QStringLiteral("/runs/"), QString(), FaultKind::Truncated, 1, 0, 0, 0 });
        const auto truncated = c.get(runs);
        // Half of a real body arrives, then the connection closes: an error, never a clean parse.
        QJsonParseError err;
        QJsonDocument::fromJson(truncated.body, &err);
        QVERIFY(truncated.error == QNetworkReply::RemoteHostClosedError
            || err.error != QJsonParseError::NoError);
        QVERIFY(truncated.body.size() < 4000);
        QCOMPARE(m_server->requestCount(), 1);
        m_server->faults().add(
            FaultRule { QStringLiteral("/runs/"), QString(), FaultKind::InvalidJson, 1, 0, 0, 0 });
        const auto invalid = c.get(runs);
        QCOMPARE(invalid.status, 200);
        QJsonDocument::fromJson(invalid.body, &err);
        QVERIFY2(
            err.error != QJsonParseError::NoError, m_server->requestLog().join(" | ").constData());
        QCOMPARE(c.get(runs).status, 200);
    }

    void methodFilter_onlyMatchesThatMethod()
    {
        Client c(*m_server);
        m_server->faults().add(
            FaultRule { QString(), QStringLiteral("POST"), FaultKind::ServerError, -1, 503, 0, 0 });
        QCOMPARE(c.get(runs).status, 200);
        QCOMPARE(
            c.post(
                 QStringLiteral("/api/v2/accounts/1/runs/%1/cancel/").arg(m_server->failedRunId(1)))
                .status,
            503);
    }

    void controlEndpoint_scriptsFaultsAndShowsRequests()
    {
        Client c(*m_server);
        const auto added = c.send("POST",
            QStringLiteral("/__sim/faults"),
            R"({"faults": [{"kind": "rate_limit", "path": "/jobs/", "count": 1, "retry_after": 3}]})");
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json()[QStringLiteral("faults")].toArray().size(), 1);
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/jobs/")).status, 429);
        QCOMPARE(c.get(QStringLiteral("/api/v2/accounts/1/jobs/")).status, 200);
        const auto log = c.get(QStringLiteral("/__sim/requests"));
        QCOMPARE(log.json()[QStringLiteral("count")].toInt(), 2); // control calls are not logged
        QCOMPARE(log.json()[QStringLiteral("requests")][0].toString(),
            QStringLiteral("GET /api/v2/accounts/1/jobs/"));
        QCOMPARE(
            c.send("POST", QStringLiteral("/__sim/faults"), R"({"kind": "nonsense"})").status, 400);
        QCOMPARE(c.send("DELETE", QStringLiteral("/__sim/requests"))
                     .json()[QStringLiteral("count")]
                     .toInt(),
            0);
        QCOMPARE(m_server->requestLog().size(), 0);
    }

    void requestLog_keepsQueriesInOrder()
    {
        Client c(*m_server);
        c.get(QStringLiteral("/api/v2/accounts/1/runs/?limit=3&status__in=%5B10,20%5D"));
        c.get(QStringLiteral("/api/v2/accounts/1/jobs/"));
        const QList<QByteArray> log = m_server->requestLog();
        QCOMPARE(log.size(), 2);
        QVERIFY(log[0].startsWith("GET /api/v2/accounts/1/runs/?limit=3&status__in=[10,20]"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/jobs/")), 1);
    }

    void scenarioFile_andCommandLineSpec()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(
            R"({"faults": [{"kind": "server_error", "path": "/runs/", "status": 502, "count": 1}]})");
        file.close();
        ServerOptions o = SimTest::quietOptions(50);
        o.scenarioFile = file.fileName();
        Server server(o);
        QVERIFY(server.start());
        Client c(server);
        QCOMPARE(c.get(runs).status, 502);
        QCOMPARE(c.get(runs).status, 200);
        const auto spec = faultFromSpec(
            QStringLiteral("rate_limit:path=/runs/\\d{1,3}/,count=2,retry_after=5,method=GET"));
        QVERIFY(spec);
        QCOMPARE(spec->kind, FaultKind::RateLimit);
        QCOMPARE(spec->pathRegex, QStringLiteral("/runs/\\d{1,3}/"));
        QCOMPARE(spec->count, 2);
        QCOMPARE(spec->retryAfterSeconds, 5);
        QVERIFY(!faultFromSpec(QStringLiteral("explode")));
        ServerOptions bad = SimTest::quietOptions(10);
        bad.scenarioFile = QStringLiteral("/nonexistent/scenario.json");
        Server broken(bad);
        QString error;
        QVERIFY(!broken.start(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
