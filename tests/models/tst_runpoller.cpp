// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Dbtc;
using namespace std::chrono_literals;

class TestRunPoller : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    Models::RunScope accountScope() const
    {
        Models::RunScope s;
        s.connectionId = QStringLiteral("sim");
        s.accountId = m_sim.accountId;
        return s;
    }

    QList<qint64> jobIds()
    {
        QList<qint64> ids;
        bool done = false;
        Api::JobQuery q;
        m_sim.client->fetchAllJobs(q, this, [&](const Api::Result<QList<Api::Job>> &r) {
            if (r) {
                for (const auto &j : r.value()) {
                    ids << j.id;
                }
            }
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        }();
        return ids;
    }

    void trigger(const QList<qint64> &jobs)
    {
        int pending = int(jobs.size());
        for (const qint64 id : jobs) {
            Api::TriggerRequest req;
            req.cause = QStringLiteral("poller test");
            m_sim.client->triggerJob(id, req, this, [&](const Api::Result<Api::Run> &r) {
                QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
                --pending;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 10000);
    }

    //! Runs \a cycles poll cycles by hand, moving the simulated clock between them.
    int requestsOver(Models::RunPoller &poller, int cycles, std::chrono::seconds step)
    {
        m_sim.server->clearRequestLog();
        for (int i = 0; i < cycles; ++i) {
            QSignalSpy refreshed(&poller, &Models::RunPoller::refreshed);
            poller.pollNow();
            if (!refreshed.wait(5000)) {
                return -1;
            }
            m_sim.server->advance(step);
        }
        return m_sim.server->requestCount(QStringLiteral("/runs"));
    }

private Q_SLOTS:

    void init() { QVERIFY(m_sim.start(300)); }

    void firstLoadThenOlderPagesOnFetchMore()
    {
        Models::RunListModel model;
        Models::RunPoller poller(&model);
        QSignalSpy first(&poller, &Models::RunPoller::firstPageLoaded);
        poller.setScope(accountScope(), m_sim.client.get());
        QVERIFY(first.wait(5000));
        QVERIFY(model.rowCount() >= 100);
        QVERIFY(model.hasMore());
        QVERIFY(!model.runAt(0).jobName.isEmpty()); // include_related=job was asked for
        for (int i = 1; i < model.rowCount(); ++i) {
            QVERIFY(model.runAt(i - 1).id > model.runAt(i).id);
        }
        const int before = model.rowCount();
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 5000);
        QCOMPARE(model.rowCount(), before + 100);
        const auto log = m_sim.server->requestLog();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const QByteArray &l) {
            return l.contains("offset=100");
        }));
    }

    void requestsPerCycleDoNotGrowWithRunsInFlight()
    {
        Models::RunListModel model;
        Models::RunPoller poller(&model);
        poller.setIntervals({ 1h, 1h, 1h }); // only the cycles the test starts
        // Small pages push runs in flight off the newest page, so finishing runs are found
        // through the "finished since" request too.
        poller.setPageSize(10);
        QSignalSpy first(&poller, &Models::RunPoller::firstPageLoaded);
        poller.setScope(accountScope(), m_sim.client.get());
        QVERIFY(first.wait(5000));
        const QList<qint64> jobs = jobIds();
        QVERIFY(jobs.size() >= 20);
        constexpr int Cycles = 6;

        trigger(jobs.mid(0, 1));
        const int few = requestsOver(poller, Cycles, 20s);
        trigger(jobs.mid(0, 20));
        trigger(jobs.mid(0, 20)); // the second run of each job queues behind the first
        const qsizetype inFlight = model.inProgressIds().size() + 40;
        const int many = requestsOver(poller, Cycles, 20s);
        qInfo("requests over %d cycles: %d with 1 run in flight, %d with ~%lld",
            Cycles,
            few,
            many,
            qint64(inFlight));
        QVERIFY(few > 0 && many > 0);
        QVERIFY2(few <= 4 * Cycles, "at most four list requests per cycle");
        QVERIFY2(many <= 4 * Cycles, "at most four list requests per cycle");
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/runs/1")), 0); // no per-run GETs
        // Polls leave the heavy include_related=job out once the names are known, and new
        // runs of known jobs still show their names.
        const auto log = m_sim.server->requestLog();
        QVERIFY(!log.isEmpty());
        QVERIFY2(!log.last().contains("job"), log.last().constData());
        // A run that appeared in the very last cycle may be of a job not seen yet: the poller
        // asks for the names in its next cycle (seen under ASan, where cycles are slow).
        for (int extra = 0; extra < 2 && model.runAt(0).jobName.isEmpty(); ++extra) {
            requestsOver(poller, 1, 20s);
        }
        QVERIFY(!model.runAt(0).jobName.isEmpty());
        QVERIFY(!model.runAt(0).environmentName.isEmpty());

        // Let time pass: runs the model showed as in flight must end up as the server has
        // them, learnt through the "finished since" request, not one GET per run. With
        // 10-run pages each cycle resolves up to 10 finished runs, so ~46 need a few cycles.
        const qsizetype before = model.inProgressIds().size();
        m_sim.server->advance(3h);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE_LE(requestsOver(poller, 1, 0s), 4);
        }
        QVERIFY(model.inProgressIds().size() < before);
        for (const qint64 id : model.inProgressIds()) {
            Api::RunStatus server = Api::RunStatus::Success;
            bool done = false;
            m_sim.client->getRun(id, {}, this, [&](const Api::Result<Api::Run> &r) {
                if (r) {
                    server = r->status;
                }
                done = true;
            });
            QTRY_VERIFY(done);
            QVERIFY2(Api::isInProgress(server),
                qPrintable(QStringLiteral("run %1 finished but still shows in flight").arg(id)));
        }
    }

    void staleRepliesOfAnOldScopeAreDropped()
    {
        Models::RunListModel model;
        Models::RunPoller poller(&model);
        {
            QSignalSpy loaded(&poller, &Models::RunPoller::firstPageLoaded);
            poller.setScope(accountScope(), m_sim.client.get());
            QVERIFY(loaded.wait(5000));
        }
        QList<qint64> jobs; // two jobs that have runs
        for (const auto &r : model.runs()) {
            if (!jobs.contains(r.jobId)) {
                jobs << r.jobId;
            }
        }
        QVERIFY(jobs.size() >= 2);
        model.resetRuns({});
        m_sim.server->faults().add(
            { QStringLiteral("/runs/"), {}, Sim::FaultKind::Delay, 2, 0, 0, 300 });
        Models::RunScope a = accountScope();
        a.jobId = jobs.at(0);
        Models::RunScope b = accountScope();
        b.jobId = jobs.at(1);
        poller.setScope(a, m_sim.client.get());
        QSignalSpy first(&poller, &Models::RunPoller::firstPageLoaded);
        poller.setScope(b, m_sim.client.get());
        QVERIFY(first.wait(5000));
        QTest::qWait(400); // the delayed answers for A would have landed by now
        QVERIFY(model.rowCount() > 0);
        for (const auto &r : model.runs()) {
            QCOMPARE(r.jobId, b.jobId);
        }
    }

    void errorsBackOffExponentiallyAndRecover()
    {
        Models::RunListModel model;
        Models::RunPoller poller(&model);
        poller.setIntervals({ 100ms, 1s, 1s });
        m_sim.server->faults().add(
            { QStringLiteral("/runs/"), {}, Sim::FaultKind::ServerError, -1, 503, 0, 0 });
        QSignalSpy failed(&poller, &Models::RunPoller::failed);
        poller.setScope(accountScope(), m_sim.client.get());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(1).toBool(), true); // the first load failed
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(poller.consecutiveErrors(), 1);
        QCOMPARE(poller.currentInterval(), 200ms);
        QVERIFY(failed.wait(5000));
        QCOMPARE(poller.consecutiveErrors(), 2);
        QCOMPARE(poller.currentInterval(), 400ms);
        QVERIFY(failed.wait(5000));
        QCOMPARE(poller.currentInterval(), 800ms);
        QVERIFY(failed.wait(5000));
        QCOMPARE(poller.currentInterval(), 1s); // capped
        m_sim.server->faults().clear();
        QSignalSpy refreshed(&poller, &Models::RunPoller::refreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(poller.consecutiveErrors(), 0);
        QVERIFY(model.rowCount() > 0);
    }

    //! The asan report of issue 10: RunPoller::stop() read the freed model in its destructor
    //! (the panel's model is a sibling created before it, so it dies first).
    void outlivingItsModelIsSafe()
    {
        m_sim.server->faults().add(
            { QStringLiteral("/runs/"), {}, Sim::FaultKind::Delay, -1, 0, 0, 300 });
        auto model = std::make_unique<Models::RunListModel>();
        auto poller = std::make_unique<Models::RunPoller>(model.get());
        poller->setScope(accountScope(), m_sim.client.get());
        QVERIFY(poller->isPolling());
        model.reset();
        poller.reset(); // aborts the requests on their way; their answers are dropped
        QCOMPARE(m_sim.client->inFlight(), 0);
        QTest::qWait(400);
    }

    void hiddenWindowSendsNothing()
    {
        Models::RunListModel model;
        Models::RunPoller poller(&model);
        poller.setIntervals({ 30ms, 30ms, 1s });
        QSignalSpy first(&poller, &Models::RunPoller::firstPageLoaded);
        poller.setScope(accountScope(), m_sim.client.get());
        QVERIFY(first.wait(5000));
        QTRY_VERIFY(poller.cyclesCompleted() >= 3); // it polls while visible
        poller.setActive(false);
        QTest::qWait(100); // a cycle that was on the way may still land
        m_sim.server->clearRequestLog();
        QTest::qWait(300);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/runs")), 0);
        poller.setActive(true);
        QTRY_VERIFY(m_sim.server->requestCount(QStringLiteral("/runs")) > 0);
    }

    void waitsOutARateLimitPause()
    {
        Models::RunListModel model;
        Models::RunPoller poller(&model);
        poller.setIntervals({ 20ms, 20ms, 1s });
        QSignalSpy first(&poller, &Models::RunPoller::firstPageLoaded);
        poller.setScope(accountScope(), m_sim.client.get());
        QVERIFY(first.wait(5000));
        QSignalSpy limited(m_sim.client.get(), &Api::Client::rateLimited);
        m_sim.server->faults().add(
            { QStringLiteral("/runs/"), {}, Sim::FaultKind::RateLimit, 1, 0, 1, 0 });
        QVERIFY(limited.wait(5000));
        const QDateTime until = limited.at(0).at(0).toDateTime();
        m_sim.server->clearRequestLog();
        // During the pause nothing goes out, although the poll interval is 20 ms.
        QTest::qWait(
            int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(until) - 150)));
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/runs")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.server->requestCount(QStringLiteral("/runs")) > 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestRunPoller)
#include "tst_runpoller.moc"
