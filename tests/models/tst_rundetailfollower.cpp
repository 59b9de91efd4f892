// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/rundetailfollower.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dbtc;
using namespace std::chrono_literals;

class TestRunDetailFollower : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    //! The id of the \a nth newest finished run.
    qint64 someRunId(int nth = 0)
    {
        qint64 id = 0;
        Api::RunQuery q;
        q.statusIn = { Api::RunStatus::Success, Api::RunStatus::Error };
        q.limit = 2;
        q.orderBy = QStringLiteral("-id");
        m_sim.client->listRuns(q, this, [&](const Api::Result<Api::Page<Api::Run>> &r) {
            id = r && r->items.size() > nth ? r->items.at(nth).id : -1;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(id != 0, 5000);
        }();
        return id;
    }

private Q_SLOTS:

    void init() { QVERIFY(m_sim.start(30)); }

    void loadsAFinishedRunOnceAndStops()
    {
        const qint64 runId = someRunId();
        QVERIFY(runId > 0);
        Models::RunDetailFollower follower;
        follower.setInterval(20ms);
        QSignalSpy updated(&follower, &Models::RunDetailFollower::runUpdated);
        follower.follow(m_sim.client.get(), runId);
        QVERIFY(updated.wait(5000));
        QCOMPARE(updated.at(0).at(1).toBool(), true); // first answer
        QVERIFY(follower.hasRun());
        QVERIFY(!follower.isFollowing()); // history runs are complete
        m_sim.server->clearRequestLog();
        QTest::qWait(200);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/runs/")), 0);
    }

    //! Issue 16 point 5: after a decode error the page stayed on "Loading" until F5.
    void recoversByItselfAfterADecodeError()
    {
        const qint64 runId = someRunId();
        QVERIFY(runId > 0);
        m_sim.server->faults().add({ QStringLiteral("/runs/%1/").arg(runId),
            {},
            Sim::FaultKind::InvalidJson,
            2,
            0,
            0,
            0 });
        Models::RunDetailFollower follower;
        follower.setInterval(30ms);
        QSignalSpy failed(&follower, &Models::RunDetailFollower::loadFailed);
        QSignalSpy updated(&follower, &Models::RunDetailFollower::runUpdated);
        follower.follow(m_sim.client.get(), runId);
        QVERIFY(updated.wait(5000));
        QCOMPARE(failed.size(), 2); // both broken answers were reported...
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(updated.size(), 1); // ...and then the run arrived without anyone asking
        QCOMPARE(follower.run().id, runId);
        QCOMPARE(follower.schedule().consecutiveErrors(), 0);
    }

    void hiddenSendsNothingThenPollsWhenShown()
    {
        const qint64 runId = someRunId();
        m_sim.server->faults().add({ QStringLiteral("/runs/%1/").arg(runId),
            {},
            Sim::FaultKind::ServerError,
            -1,
            503,
            0,
            0 });
        Models::RunDetailFollower follower;
        follower.setInterval(20ms);
        follower.setActive(false);
        follower.follow(m_sim.client.get(), runId);
        QTest::qWait(200);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/runs/%1/").arg(runId)), 0);
        m_sim.server->faults().clear();
        QSignalSpy updated(&follower, &Models::RunDetailFollower::runUpdated);
        follower.setActive(true);
        QVERIFY(updated.wait(5000));
    }

    void followingAnotherRunDropsTheOldAnswer()
    {
        const qint64 runId = someRunId();
        const qint64 other = someRunId(1);
        m_sim.server->faults().add(
            { QStringLiteral("/runs/%1/").arg(runId), {}, Sim::FaultKind::Delay, 1, 0, 0, 300 });
        Models::RunDetailFollower follower;
        QSignalSpy updated(&follower, &Models::RunDetailFollower::runUpdated);
        follower.follow(m_sim.client.get(), runId);
        QVERIFY(other > 0 && other != runId);
        follower.follow(m_sim.client.get(), other);
        QVERIFY(updated.wait(5000));
        QTest::qWait(400);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(follower.run().id, other);
    }
};

QTEST_GUILESS_MAIN(TestRunDetailFollower)
#include "tst_rundetailfollower.moc"
