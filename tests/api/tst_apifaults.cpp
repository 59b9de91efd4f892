// SPDX-License-Identifier: GPL-3.0-or-later
// Each fault kind of the simulator ends in a correct result after retries or a clear ApiError,
// and the number of requests the server saw matches the retry policy. Also: 429 pauses the
// whole connection once, POSTs are never resent, a lost trigger answer never makes two runs,
// TLS is never ignored, and the token never reaches the log.
#include "apitestutil.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>

using namespace Dbtc;
using namespace Dbtc::Api;
using Dbtc::Test::await;
using Sim::FaultKind;
using Sim::FaultRule;

namespace {

QMutex g_logMutex;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// QT_LOGGING_RULES (set by ctest to silence debug) outranks setFilterRules(), so the test turns
// the API categories on through a filter instead: exactly what a user enabling
// dbtc.api.*.debug=true gets.
void enableApiDebug(QLoggingCategory *category)
{
    if (g_previousFilter) {
        g_previousFilter(category);
    }
    if (qstrncmp(category->categoryName(), "dbtc.api", 8) == 0) {
        category->setEnabled(QtDebugMsg, true);
    }
}

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (type != QtDebugMsg && g_previous) {
        g_previous(type, context, message);
    }
}

} // namespace

class TestApiFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Server> m_server;
    std::unique_ptr<Client> m_client;

    qint64 account() const { return m_server->accountIds().constFirst(); }

    int runsRequests() const { return m_server->requestCount(QStringLiteral("/runs/")); }

    void fault(FaultKind kind,
        int count,
        const QString &path = QStringLiteral("/runs/$"),
        int status = 0,
        int retryAfter = 0,
        int delayMs = 0,
        const QString &method = {})
    {
        m_server->faults().add(
            FaultRule { path, method, kind, count, status, retryAfter, delayMs });
    }

    std::optional<Result<Page<Run>>> listRuns()
    {
        RunQuery q;
        q.limit = 5;
        return await<Page<Run>>([&](auto cb) {
            m_client->listRuns(q, this, cb);
        });
    }

    int runCountOfJob(qint64 jobId)
    {
        RunQuery q;
        q.jobDefinitionId = jobId;
        q.limit = 1;
        const auto r = await<Page<Run>>([&](auto cb) {
            m_client->listRuns(q, this, cb);
        });
        return r && r->ok() ? int(r->value().totalCount) : -1;
    }

private Q_SLOTS:

    void initTestCase() { m_server = Test::startServer(false, 300); }

    void init()
    {
        m_server->faults().clear();
        m_server->clearRequestLog();
        m_client = std::make_unique<Client>(Test::optionsFor(*m_server, m_server->adminToken()));
    }

    void serverErrorTwice_thenSuccess()
    {
        fault(FaultKind::ServerError, 2, QStringLiteral("/runs/$"), 502);
        std::optional<Result<Page<Run>>> out;
        QPointer<ApiJob> job =
            m_client->listRuns(RunQuery {}, this, [&out](const Result<Page<Run>> &r) {
                out = r;
            });
        QSignalSpy retries(job.data(), &ApiJob::retryScheduled);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return out.has_value();
            },
            5000));
        DBTC_VERIFY_OK(out);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(runsRequests(), 3);
    }

    void serverErrorForever_givesUpAfterPolicy()
    {
        fault(FaultKind::ServerError, -1, QStringLiteral("/runs/$"), 503);
        const auto r = listRuns();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QCOMPARE(r->error().httpStatus, 503);
        QVERIFY(r->error().message.contains(QStringLiteral("503")));
        QCOMPARE(runsRequests(), Test::fastPolicy().maxAttempts);
    }

    void rateLimit_withRetryAfter_pausesOnce()
    {
        fault(FaultKind::RateLimit, 1, QStringLiteral("/runs/$"), 0, 1);
        QSignalSpy limited(m_client.get(), &Client::rateLimited);
        QSignalSpy ended(m_client.get(), &Client::rateLimitEnded);
        QElapsedTimer clock;
        clock.start();
        const auto r = listRuns();
        DBTC_VERIFY_OK(r);
        QVERIFY2(clock.elapsed() >= 900, "Retry-After: 1 was not honoured");
        QCOMPARE(limited.count(), 1);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(runsRequests(), 2);
    }

    void rateLimit_withoutRetryAfter_usesBackoff()
    {
        fault(FaultKind::RateLimit, 1);
        QSignalSpy limited(m_client.get(), &Client::rateLimited);
        QElapsedTimer clock;
        clock.start();
        const auto r = listRuns();
        DBTC_VERIFY_OK(r);
        QVERIFY(clock.elapsed() >= 250); // the 300 ms fallback of the test policy
        QCOMPARE(limited.count(), 1);
        const QDateTime until = limited.at(0).at(0).toDateTime();
        QVERIFY(until.isValid());
        QCOMPARE(runsRequests(), 2);
    }

    void rateLimit_manyRequests_oneSignal()
    {
        // Two kinds of reads, so all four slots are in flight when the limit hits (one kind
        // holds at most half of them).
        fault(FaultKind::RateLimit, 4, QStringLiteral("/(runs|projects)/$"), 0, 1);
        QSignalSpy limited(m_client.get(), &Client::rateLimited);
        int done = 0;
        int ok = 0;
        const auto count = [&](const auto &r) {
            ++done;
            ok += r.ok() ? 1 : 0;
        };
        for (int i = 0; i < 3; ++i) {
            m_client->listRuns(RunQuery {}, this, Callback<Page<Run>>(count));
            m_client->listProjects(ListQuery {}, this, Callback<Page<Project>>(count));
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
        QCOMPARE(ok, 6);
        QCOMPARE(limited.count(), 1);
        QCOMPARE(m_server->requestCount(), 10); // 4 refused + 6 answered, nothing more
    }

    void rateLimit_onPost_isReportedNotResent()
    {
        fault(FaultKind::RateLimit, 1, QStringLiteral("/cancel/$"), 0, 1);
        const auto r = await<Run>([&](auto cb) {
            m_client->cancelRun(m_server->failedRunId(account()), this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::RateLimited);
        QVERIFY(r->error().retryAfter.isValid());
        QVERIFY(r->error().message.contains(QStringLiteral("paused until")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/cancel/")), 1);
        QVERIFY(m_client->isRateLimited());
    }

    void htmlPage_isServerErrorThenRetried()
    {
        fault(FaultKind::HtmlPage, 1);
        const auto r = listRuns();
        DBTC_VERIFY_OK(r);
        QCOMPARE(runsRequests(), 2);
        fault(FaultKind::HtmlPage, -1);
        const auto failed = listRuns();
        QVERIFY(failed && !failed->ok());
        QCOMPARE(failed->error().kind, ApiError::Kind::Server);
        QVERIFY(failed->error().detail.contains(QStringLiteral("HTML")));
    }

    void htmlPageWith200_isDecodeError()
    {
        fault(FaultKind::HtmlPage, 1, QStringLiteral("/runs/$"), 200);
        const auto r = listRuns();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Decode);
        QVERIFY(r->error().detail.contains(QStringLiteral("HTML")));
        QCOMPARE(runsRequests(), 1);
    }

    void invalidJson_isDecodeError_notRetried()
    {
        fault(FaultKind::InvalidJson, 1);
        const auto r = listRuns();
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Decode);
        QVERIFY(r->error().detail.contains(QStringLiteral("invalid JSON")));
        QCOMPARE(runsRequests(), 1);
    }

    void truncatedBody_isRetriedAsNetworkError()
    {
        // The simulator promises the whole body and closes halfway: an incomplete transfer is a
        // network error (never a half-read success), and a GET is retried.
        fault(FaultKind::Truncated, 1);
        const auto r = listRuns();
        DBTC_VERIFY_OK(r);
        QCOMPARE(r->value().items.size(), 5);
        QCOMPARE(runsRequests(), 2);
        fault(FaultKind::Truncated, -1);
        const auto failed = listRuns();
        QVERIFY(failed && !failed->ok());
        QCOMPARE(failed->error().kind, ApiError::Kind::Network);
        QCOMPARE(runsRequests(), 2 + Test::fastPolicy().maxAttempts);
    }

    void delayPastTimeout_isRetried()
    {
        ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.retry.requestTimeout = std::chrono::milliseconds(300);
        m_client = std::make_unique<Client>(o);
        fault(FaultKind::Delay, 1, QStringLiteral("/runs/$"), 0, 0, 1000);
        const auto r = listRuns();
        DBTC_VERIFY_OK(r);
        QCOMPARE(runsRequests(), 2);
        fault(FaultKind::Delay, -1, QStringLiteral("/runs/$"), 0, 0, 1000);
        const auto failed = listRuns();
        QVERIFY(failed && !failed->ok());
        QCOMPARE(failed->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(runsRequests(), 2 + Test::fastPolicy().maxAttempts);
    }

    void droppedConnection_isRetried()
    {
        QSignalSpy connectivity(m_client.get(), &Client::connectivityChanged);
        fault(FaultKind::Drop, 1);
        const auto r = listRuns();
        DBTC_VERIFY_OK(r);
        QCOMPARE(runsRequests(), 2);
        // The simulator's drop sends a status line before it closes (so Qt cannot resend on its
        // own): the server was reached, so the connection is never called offline for it.
        for (const QList<QVariant> &change : std::as_const(connectivity)) {
            QVERIFY(change.at(0).toBool());
        }
    }

    void postServerError_isNeverResent()
    {
        fault(FaultKind::ServerError, -1, QStringLiteral("/cancel/$"), 500);
        const auto r = await<Run>([&](auto cb) {
            m_client->cancelRun(m_server->failedRunId(account()), this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Server);
        QVERIFY(r->error().outcomeUnknown);
        QCOMPARE(m_server->requestCount(QStringLiteral("/cancel/")), 1);
    }

    void trigger_answerLostAfterProcessing_findsTheOneRun()
    {
        const qint64 jobId = m_server->anyJobId(account());
        const int before = runCountOfJob(jobId);
        QVERIFY(before >= 0);
        fault(FaultKind::DropAfterProcessing,
            1,
            QStringLiteral("/run/$"),
            0,
            0,
            0,
            QStringLiteral("POST"));
        TriggerRequest req;
        req.cause = QStringLiteral("Nightly backfill");
        const auto r = await<Run>([&](auto cb) {
            m_client->triggerJob(jobId, req, this, cb);
        });
        DBTC_VERIFY_OK(r);
        QCOMPARE(r->value().jobDefinitionId, jobId);
        QVERIFY(r->value().trigger->cause.startsWith(QStringLiteral("Nightly backfill [ref ")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/run/")), 1);
        QCOMPARE(runCountOfJob(jobId), before + 1);
    }

    void trigger_acceptedWithUnreadableBody_isTheOneRun()
    {
        // A 2xx on a write is a success whatever its body: the run is found, never re-sent.
        const qint64 jobId = m_server->anyJobId(account());
        const int before = runCountOfJob(jobId);
        QVERIFY(before >= 0);
        fault(FaultKind::InvalidJson, 1, QStringLiteral("/run/$"), 0, 0, 0, QStringLiteral("POST"));
        TriggerRequest req;
        req.cause = QStringLiteral("Unreadable answer");
        const auto r = await<Run>([&](auto cb) {
            m_client->triggerJob(jobId, req, this, cb);
        });
        DBTC_VERIFY_OK(r);
        QCOMPARE(r->value().jobDefinitionId, jobId);
        QCOMPARE(m_server->requestCount(QStringLiteral("/run/")), 1);
        QCOMPARE(runCountOfJob(jobId), before + 1);
    }

    void cancel_acceptedWithUnreadableBody_isASuccess()
    {
        const qint64 runId = m_server->failedRunId(account());
        fault(FaultKind::InvalidJson,
            1,
            QStringLiteral("/cancel/$"),
            0,
            0,
            0,
            QStringLiteral("POST"));
        const auto r = await<Run>([&](auto cb) {
            m_client->cancelRun(runId, this, cb);
        });
        DBTC_VERIFY_OK(r); // the run as it is now, read again
        QCOMPARE(r->value().id, runId);
        QCOMPARE(m_server->requestCount(QStringLiteral("/cancel/")), 1);
    }

    void retry_acceptedWithUnreadableBody_findsTheRetryRun()
    {
        const qint64 failed = m_server->failedRunId(account());
        fault(
            FaultKind::InvalidJson, 1, QStringLiteral("/retry/$"), 0, 0, 0, QStringLiteral("POST"));
        const auto r = await<Run>([&](auto cb) {
            m_client->retryRun(failed, this, cb);
        });
        DBTC_VERIFY_OK(r);
        QVERIFY(r->value().id > failed);
        QCOMPARE(m_server->requestCount(QStringLiteral("/retry/")), 1);
    }

    void trigger_droppedBeforeProcessing_isUnknownAndNotResent()
    {
        const qint64 jobId = m_server->anyJobId(account());
        const int before = runCountOfJob(jobId);
        fault(FaultKind::Drop, 1, QStringLiteral("/run/$"), 0, 0, 0, QStringLiteral("POST"));
        const auto r = await<Run>([&](auto cb) {
            m_client->triggerJob(jobId, TriggerRequest {}, this, cb);
        });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().outcomeUnknown);
        QVERIFY(r->error().message.contains(QStringLiteral("before triggering again")));
        QCOMPARE(m_server->requestCount(QStringLiteral("/run/")), 1);
        QCOMPARE(runCountOfJob(jobId), before);
    }

    void abort_deliversCancelledPromptly()
    {
        fault(FaultKind::Delay, 1, QStringLiteral("/runs/$"), 0, 0, 1000);
        std::optional<Result<Page<Run>>> out;
        QPointer<ApiJob> job =
            m_client->listRuns(RunQuery {}, this, [&out](const Result<Page<Run>> &r) {
                out = r;
            });
        QTest::qWait(100);
        QVERIFY(job);
        QElapsedTimer clock;
        clock.start();
        job->abort();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return out.has_value();
            },
            2000));
        QVERIFY(clock.elapsed() < 500);
        QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);
        QTRY_COMPARE(m_client->inFlight(), 0);
    }

    void foregroundGoesBeforeBackground()
    {
        ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.maxConcurrent = 1;
        m_client = std::make_unique<Client>(o);
        int done = 0;
        const auto count = [&done](const auto &) {
            ++done;
        };
        m_client->listJobs(JobQuery {}, this, Callback<Page<Job>>(count), Priority::Background);
        m_client->listProjects(
            ListQuery {}, this, Callback<Page<Project>>(count), Priority::Background);
        m_client->listRuns(RunQuery {}, this, Callback<Page<Run>>(count), Priority::Foreground);
        QTRY_COMPARE(done, 3);
        const QList<QByteArray> log = m_server->requestLog();
        QCOMPARE(log.size(), 3);
        QVERIFY2(log.at(0).contains("/runs/"), log.at(0).constData());
    }

    void tokenNeverLogged()
    {
        const QString token = m_server->adminToken();
        QVERIFY(token.size() >= 8);
        g_previousFilter = QLoggingCategory::installFilter(enableApiDebug);
        g_previous = qInstallMessageHandler(captureMessages);
        fault(FaultKind::ServerError, 1, QStringLiteral("/runs/$"), 500);
        const auto r = listRuns();
        const auto trig = await<Run>([&](auto cb) {
            m_client->triggerJob(m_server->anyJobId(account()), TriggerRequest {}, this, cb);
        });
        Client bad(Test::optionsFor(*m_server, token + QStringLiteral("x")));
        await<Page<Run>>([&](auto cb) {
            bad.listRuns(RunQuery {}, this, cb);
        });
        qInstallMessageHandler(g_previous);
        QLoggingCategory::installFilter(g_previousFilter);
        DBTC_VERIFY_OK(r);
        DBTC_VERIFY_OK(trig);
        QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Authorization")), "the header lines were not logged");
        QVERIFY(all.contains(QStringLiteral("<redacted>")));
        QVERIFY(all.contains(QStringLiteral("dbtc.api.retry")));
        QVERIFY2(!all.contains(token), "the token appeared in the log");
    }

    void tls_untrustedFails_trustedWithExtraCa()
    {
        auto tlsServer = Test::startServer(true, 50);
        QCOMPARE(tlsServer->baseUrl().scheme(), QStringLiteral("https"));
        Client untrusted(Test::optionsFor(*tlsServer, tlsServer->adminToken()));
        const auto r = await<Page<Run>>([&](auto cb) {
            untrusted.listRuns(RunQuery {}, this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Tls);
        QVERIFY(r->error().message.contains(QStringLiteral("not trusted")));
        QCOMPARE(tlsServer->requestCount(), 0); // the token never left the client

        ClientOptions o = Test::optionsFor(*tlsServer, tlsServer->adminToken());
        o.extraCaCertificates = { tlsServer->certificate() };
        Client trusted(o);
        const auto ok = await<Page<Run>>([&](auto cb) {
            trusted.listRuns(RunQuery {}, this, cb);
        });
        DBTC_VERIFY_OK(ok);
    }
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
