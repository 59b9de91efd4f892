// SPDX-License-Identifier: GPL-3.0-or-later
// What the error texts say must be true (issue 16, item 13): a body cut off after the status
// line is not "offline" and not "could not reach"; a single-tenant host is not sent to
// status.getdbt.com; and the connection-wide 429 pause has one end time, the same in the
// signal the status bar shows and in every error that mentions it.
#include "apitestutil.h"

#include <QSignalSpy>

using namespace Dbtc;
using namespace Dbtc::Api;
using namespace std::chrono_literals;
using Sim::FaultKind;
using Sim::FaultRule;

class TestApiMessages final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Server> m_server;
    std::unique_ptr<Client> m_client;

private Q_SLOTS:

    void initTestCase() { m_server = Test::startServer(false, 300); }

    void init()
    {
        m_server->faults().clear();
        m_server->clearRequestLog();
        m_client = std::make_unique<Client>(Test::optionsFor(*m_server, m_server->adminToken()));
    }

    void truncatedBodyIsNeitherOfflineNorUnreachable()
    {
        m_server->faults().add(FaultRule {
            QStringLiteral("/runs/$"), QStringLiteral("GET"), FaultKind::Truncated, -1, 0, 0, 0 });
        QSignalSpy connectivity(m_client.get(), &Client::connectivityChanged);
        const auto r = Test::await<Page<Run>>([&](auto cb) {
            m_client->listRuns(RunQuery {}, this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QVERIFY2(
            r->error().message.contains(QStringLiteral("cut off")), qPrintable(r->error().message));
        QVERIFY(!r->error().message.contains(QStringLiteral("Could not reach")));
        for (const QList<QVariant> &change : std::as_const(connectivity)) {
            QVERIFY2(change.at(0).toBool(), "a truncated answer made the connection 'offline'");
        }
    }

    void aFailedWriteNeverPromisesARetry()
    {
        // A 500 on a trigger: a read's "retried automatically" would be a lie here (a write is
        // never sent twice); the user is told to check instead.
        m_server->faults().add(FaultRule { QStringLiteral("/run/$"),
            QStringLiteral("POST"),
            FaultKind::ServerError,
            -1,
            500,
            0,
            0 });
        const qint64 jobId = m_server->anyJobId(m_server->accountIds().constFirst());
        const auto r = Test::await<Run>([&](auto cb) {
            m_client->triggerJob(jobId, TriggerRequest {}, this, cb);
        });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().outcomeUnknown);
        const QString text = r->error().message;
        QVERIFY2(!text.contains(QStringLiteral("retried automatically")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Check")), qPrintable(text)); // what to do instead
        QVERIFY2(text.contains(QStringLiteral("HTTP 500")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("..")), qPrintable(text));
    }

    void refusedConnectionIsStillUnreachable()
    {
        ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
        o.retry.maxAttempts = 1;
        Client refused(o);
        const auto r = Test::await<Page<Run>>([&](auto cb) {
            refused.listRuns(RunQuery {}, this, cb);
        });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().message.contains(QStringLiteral("Could not reach")),
            qPrintable(r->error().message));
    }

    void statusPageOnlyForMultiTenantHosts()
    {
        const auto text = [](const QString &host) {
            return ApiError::make(ApiError::Kind::Server, QString(), 503, QString(), host).message;
        };
        QVERIFY(text(QStringLiteral("cloud.getdbt.com")).contains(u"status.getdbt.com"));
        QVERIFY(text(QStringLiteral("emea.dbt.com")).contains(u"status.getdbt.com"));
        QVERIFY(text(QStringLiteral("ab123.us1.dbt.com")).contains(u"status.getdbt.com"));
        const QString single = text(QStringLiteral("acme.getdbt.com"));
        QVERIFY2(!single.contains(u"status.getdbt.com"), qPrintable(single));
        QVERIFY2(single.contains(u"acme.getdbt.com"), qPrintable(single));
        QVERIFY(!single.contains(u".."));
    }

    void oneEndTimeForThePause()
    {
        // The runs list gets a 429 asking for 1 s at once; a project list already in flight
        // gets one asking for 3 s a moment later: the pause now ends later, and the status bar
        // (the signal) must say the same time as the later error.
        m_server->faults().add(FaultRule {
            QStringLiteral("/runs/$"), QStringLiteral("GET"), FaultKind::RateLimit, 1, 0, 1, 0 });
        m_server->faults().add(FaultRule { QStringLiteral("/projects/$"),
            QStringLiteral("GET"),
            FaultKind::RateLimit,
            1,
            0,
            3,
            300 });
        ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.retry.maxAttempts = 1; // keep the errors: the texts are what is checked
        o.retry.maxRateLimitPause = 10s;
        m_client = std::make_unique<Client>(o);
        QSignalSpy limited(m_client.get(), &Client::rateLimited);
        std::optional<Result<Page<Project>>> projects;
        m_client->listProjects(ListQuery {}, this, [&](const Result<Page<Project>> &r) {
            projects = r;
        });
        const auto runs = Test::await<Page<Run>>([&](auto cb) {
            m_client->listRuns(RunQuery {}, this, cb);
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return projects.has_value();
            },
            10000));
        QVERIFY(runs && !runs->ok() && !projects->ok());
        const QDateTime later = projects->error().retryAfter;
        QVERIFY(later.isValid());
        QVERIFY(later > runs->error().retryAfter);
        QVERIFY(!limited.isEmpty());
        QCOMPARE(limited.last().at(0).toDateTime(), later);
        QCOMPARE(m_client->rateLimitedUntil(), later);
    }
};

QTEST_GUILESS_MAIN(TestApiMessages)
#include "tst_apimessages.moc"
