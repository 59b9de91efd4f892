// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apijob.h"
#include "models/common/requesttracker.h"
#include "simfixture.h"

#include <QPointer>
#include <QTest>

using namespace Dbtc;

//! The stale-reply guard against real requests to the simulator, slowed down by a Delay fault
//! so that they are still on their way when the test resets or destroys the tracker.
class TestRequestTracker : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    void slowDown(int ms)
    {
        m_sim.server->faults().add({ QString(), {}, Sim::FaultKind::Delay, -1, 0, 0, ms });
    }

private Q_SLOTS:

    void init() { QVERIFY(m_sim.start(20)); }

    void guardedCallbackRunsWhenNothingChanged()
    {
        Models::RequestTracker tracker;
        bool answered = false;
        QPointer<Api::ApiJob> job = tracker.track(
            m_sim.client->getAccount(this, tracker.guard([&](const Api::Result<Api::Account> &r) {
                answered = r.ok();
            })));
        QVERIFY(job);
        QCOMPARE(tracker.inFlight(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QTRY_COMPARE(tracker.inFlight(), 0);
    }

    void lateReplyIsDroppedAfterReset()
    {
        slowDown(300);
        Models::RequestTracker tracker;
        int stale = 0;
        int fresh = 0;
        QPointer<Api::ApiJob> old = tracker.track(
            m_sim.client->getAccount(this, tracker.guard([&](const Api::Result<Api::Account> &) {
                ++stale;
            })));
        QVERIFY(old);
        tracker.reset(); // e.g. the user opened another run
        QVERIFY(!old || old->isFinished()); // aborted, not left running
        QCOMPARE(tracker.inFlight(), 0);
        tracker.track(
            m_sim.client->getAccount(this, tracker.guard([&](const Api::Result<Api::Account> &r) {
                fresh += r.ok();
            })));
        QTRY_COMPARE_WITH_TIMEOUT(fresh, 1, 5000);
        QTest::qWait(100);
        QCOMPARE(stale, 0); // neither the Cancelled answer nor anything later

        // A guard made before reset() stays stale even when it is invoked by hand later
        // (answers passed through a worker thread or a queued call).
        auto late = tracker.guard([&] {
            ++stale;
        });
        tracker.reset();
        late();
        QCOMPARE(stale, 0);
    }

    void destructionAbortsJobsAndDropsTheirAnswers()
    {
        slowDown(500);
        int answers = 0;
        QPointer<Api::ApiJob> a;
        QPointer<Api::ApiJob> b;
        {
            Models::RequestTracker tracker;
            a = tracker.track(m_sim.client->getAccount(
                this, tracker.guard([&](const Api::Result<Api::Account> &) {
                    ++answers;
                })));
            b = tracker.track(m_sim.client->fetchAllProjects(
                this, tracker.guard([&](const Api::Result<QList<Api::Project>> &) {
                    ++answers;
                })));
            QCOMPARE(tracker.inFlight(), 2);
        }
        // abort() answers synchronously with Cancelled: that answer was dropped too.
        QCOMPARE(answers, 0);
        QVERIFY(!a || a->isFinished());
        QVERIFY(!b || b->isFinished());
        QTest::qWait(700); // the delayed server answers would have arrived by now
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestTracker)
#include "tst_requesttracker.moc"
