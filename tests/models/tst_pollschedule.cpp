// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"
#include "api/client.h"
#include "api/retrypolicy.h"
#include "models/common/pollschedule.h"
#include "models/console/runpoller.h"
#include "models/console/treerefresher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dbtc;
using namespace std::chrono_literals;
using Models::PollSchedule;

//! The poll clock on its own: no server, the outcome of each poll is reported by hand.
class TestPollSchedule : public QObject
{
    Q_OBJECT

    static PollSchedule::Intervals intervals(std::chrono::milliseconds fast,
        std::chrono::milliseconds slow,
        std::chrono::milliseconds cap)
    {
        PollSchedule::Intervals i;
        i.fast = fast;
        i.slow = slow;
        i.maxBackoff = cap;
        return i;
    }

    static Api::ApiError error(Api::ApiError::Kind kind) { return Api::ApiError::make(kind); }

    static std::unique_ptr<Api::Client> offlineClient()
    {
        Api::ClientOptions o;
        o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        o.accountId = 1;
        o.token = QStringLiteral("t");
        return std::make_unique<Api::Client>(o);
    }

private Q_SLOTS:

    void oneBackoffFormula()
    {
        // Exact without jitter: doubling from the base, capped.
        QCOMPARE(Api::RetryPolicy::backoff(1, 100ms, 1s, 0.0), 100ms);
        QCOMPARE(Api::RetryPolicy::backoff(2, 100ms, 1s, 0.0), 200ms);
        QCOMPARE(Api::RetryPolicy::backoff(4, 100ms, 1s, 0.0), 800ms);
        QCOMPARE(Api::RetryPolicy::backoff(5, 100ms, 1s, 0.0), 1s);
        QCOMPARE(Api::RetryPolicy::backoff(500, 100ms, 1s, 0.0), 1s); // no overflow
        // Jitter spreads around the capped value, never further than +-jitter.
        bool spread = false;
        for (int i = 0; i < 50; ++i) {
            const auto d = Api::RetryPolicy::backoff(10, 100ms, 1s, 0.25);
            QVERIFY(d >= 750ms && d <= 1250ms);
            spread = spread || d != Api::RetryPolicy::backoff(10, 100ms, 1s, 0.25);
        }
        QVERIFY2(spread, "jitter makes clients drift apart");
        // The request queue's retry delay is the same formula.
        Api::RetryPolicy p;
        p.baseDelay = 100ms;
        p.maxDelay = 1s;
        p.jitter = 0.0;
        QCOMPARE(p.delayFor(3), 400ms);
    }

    void outageRecoveryIsBoundedByAShortCap()
    {
        // Issue 16: after a 4-minute outage the dashboard stayed stale 150 s (cap 300 s).
        // Whatever the error count, the next poll is at most a minute away.
        for (const PollSchedule::Intervals &i : { PollSchedule::Intervals {},
                 Models::RunPoller::Intervals {},
                 Models::TreeRefresher::defaultIntervals() }) {
            QVERIFY(i.maxBackoff <= 60s);
            QVERIFY(double(i.maxBackoff.count()) * (1.0 + i.jitter) <= 60000.0);
        }
        PollSchedule s;
        s.start(PollSchedule::Start::AfterInterval);
        for (int n = 0; n < 12; ++n) { // ~4 minutes of failed polls
            s.failed(error(Api::ApiError::Kind::Network));
        }
        QVERIFY(s.remaining() <= 60s);
        QVERIFY(s.remaining() > 0ms);
    }

    void fastWhileBusySlowWhenIdle()
    {
        PollSchedule s;
        s.setIntervals(intervals(50ms, 10s, 1s));
        QSignalSpy due(&s, &PollSchedule::due);
        s.start();
        QCOMPARE(due.size(), 1); // Start::Now polls before returning
        QVERIFY(s.isPolling());
        QCOMPARE(s.remaining(), -1ms); // nothing more is due while a poll is out
        s.succeeded();
        QVERIFY(s.remaining() > 5s); // idle: slow
        s.setBusy(true); // a run started: do not sit out the slow interval
        QVERIFY(s.remaining() <= 60ms); // 50 ms, give or take the coarse timer's slack
        QVERIFY(due.wait(1000));
        s.succeeded();
        QVERIFY(s.remaining() <= 60ms);
        QVERIFY(due.wait(1000));
        s.setBusy(false);
        s.succeeded();
        QVERIFY(s.remaining() > 5s);
        const qsizetype before = due.size();
        QTest::qWait(200);
        QCOMPARE(due.size(), before);
    }

    void inactiveSendsNothingAndResumesAtOnceWhenDue()
    {
        PollSchedule s;
        s.setIntervals(intervals(50ms, 100ms, 1s));
        QSignalSpy due(&s, &PollSchedule::due);
        s.start();
        s.succeeded();
        s.setActive(false);
        QCOMPARE(s.remaining(), -1ms);
        QTest::qWait(300); // the poll fell due meanwhile
        QCOMPARE(due.size(), 1);
        s.setActive(true);
        QCOMPARE(s.remaining(), 0ms); // at once
        QVERIFY(due.wait(1000));

        // Back before the poll is due: it keeps its time instead of polling early.
        s.setIntervals(intervals(50ms, 5s, 1s));
        s.succeeded();
        s.setActive(false);
        s.setActive(true);
        QVERIFY(s.remaining() > 4s);

        // A poll that ends while inactive schedules nothing until active again.
        s.pollNow();
        s.setActive(false);
        s.succeeded();
        QCOMPARE(s.remaining(), -1ms);
    }

    void stoppedSendsNothing()
    {
        PollSchedule s;
        s.setIntervals(intervals(10ms, 10ms, 1s));
        QSignalSpy due(&s, &PollSchedule::due);
        s.start();
        s.stop();
        s.succeeded(); // a late outcome does not restart the clock
        QTest::qWait(100);
        QCOMPARE(due.size(), 1);
        QVERIFY(!s.isStarted());
    }

    void backoffIsCappedWithJitterAndResetByASuccess()
    {
        PollSchedule s;
        s.setIntervals(intervals(100ms, 10s, 1s));
        s.start();
        const QList<std::chrono::milliseconds> expected { 200ms, 400ms, 800ms, 1s, 1s, 1s };
        for (const auto want : expected) {
            s.failed(error(Api::ApiError::Kind::Server));
            QCOMPARE(s.currentInterval(), want);
            // +-25 % jitter, and the coarse timer's own +-5 % on top of it.
            const auto wait = s.remaining();
            QVERIFY2(
                wait >= want * 3 / 4 * 95 / 100 - 5ms && wait <= want * 5 / 4 * 105 / 100 + 5ms,
                qPrintable(QStringLiteral("%1 ms for %2 ms").arg(wait.count()).arg(want.count())));
        }
        QCOMPARE(s.consecutiveErrors(), int(expected.size()));
        // Decode errors back off too (and are retried): they do not stop the clock.
        s.failed(error(Api::ApiError::Kind::Decode));
        QVERIFY(s.remaining() >= 0ms);
        s.succeeded();
        QCOMPARE(s.consecutiveErrors(), 0);
        QCOMPARE(s.currentInterval(), 10s);
    }

    void waitsOutOneRateLimitPause()
    {
        auto client = offlineClient();
        PollSchedule s;
        s.setIntervals(intervals(20ms, 20ms, 1s));
        s.setClient(client.get());
        QSignalSpy due(&s, &PollSchedule::due);
        s.start();
        QCOMPARE(due.size(), 1);
        const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(400);
        Q_EMIT client->rateLimited(until);
        Api::ApiError limited = error(Api::ApiError::Kind::RateLimited);
        limited.retryAfter = until;
        s.failed(limited);
        QCOMPARE(s.consecutiveErrors(), 0); // the pause is the backoff: nothing on top
        QVERIFY(s.isRateLimited());
        QVERIFY(s.remaining() >= 300ms);
        // pollNow() during the pause does not poll either: the client would only queue it.
        s.pollNow();
        QTest::qWait(200);
        QCOMPARE(due.size(), 1);
        Q_EMIT client->rateLimitEnded();
        QVERIFY(due.wait(1000)); // at once when the pause ends
        QVERIFY(QDateTime::currentDateTimeUtc() < until.addMSecs(150));
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
