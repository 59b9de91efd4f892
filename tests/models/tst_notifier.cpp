// SPDX-License-Identifier: GPL-3.0-or-later
// RunNotifier, NotificationModel and NotificationGrouper: "a watched job's run finished"
// exactly once, failures kept until seen, bursts grouped and rate-limited. The last test
// drives the notifier with real run lists from the simulator.
#include "api/client.h"
#include "models/common/settingsstore.h"
#include "models/notifications/notificationgrouper.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "simulator/server.h"
#include "tests/api/apitestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Dbtc;
using Api::Run;
using Api::RunStatus;

namespace {

const QString kConn = QStringLiteral("prod");

Run makeRun(qint64 id, qint64 job, RunStatus status, qint64 seconds = 252)
{
    Run r;
    r.id = id;
    r.jobDefinitionId = job;
    r.status = status;
    r.duration = std::chrono::seconds(seconds);
    r.jobName = QStringLiteral("job_%1").arg(job);
    if (status == RunStatus::Error) {
        r.statusMessage = QStringLiteral("Database Error in model orders\nmore lines");
    }
    return r;
}

} // namespace

class TestNotifier final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Models::MemorySettingsStore> m_settings;
    std::unique_ptr<Models::WatchList> m_watch;
    std::unique_ptr<Models::RunNotifier> m_notifier;

private slots:

    void init()
    {
        m_settings = std::make_unique<Models::MemorySettingsStore>();
        m_watch = std::make_unique<Models::WatchList>(m_settings.get());
        m_notifier = std::make_unique<Models::RunNotifier>(m_watch.get());
        m_watch->setWatched(kConn, 10, true);
    }

    void cleanup()
    {
        m_notifier.reset();
        m_watch.reset();
        m_settings.reset();
    }

    void history_isNotAnnounced_butCountsAsFailing()
    {
        QSignalSpy finished(m_notifier.get(), &Models::RunNotifier::runFinished);
        QSignalSpy failing(m_notifier.get(), &Models::RunNotifier::failingJobsChanged);
        m_notifier->observeRuns(kConn,
            { makeRun(100, 10, RunStatus::Success),
                makeRun(101, 10, RunStatus::Error),
                makeRun(102, 11, RunStatus::Error) });
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_notifier->failingJobCount(), 1); // job 11 is not watched
        QCOMPARE(failing.size(), 1);
        QCOMPARE(m_notifier->failingRuns(kConn).constFirst().id, 101);
    }

    void runSeenRunningThenFailed_isAnnouncedExactlyOnce()
    {
        QSignalSpy finished(m_notifier.get(), &Models::RunNotifier::runFinished);
        m_notifier->observeRuns(kConn, { makeRun(200, 10, RunStatus::Running) });
        m_notifier->observeRuns(kConn, { makeRun(200, 10, RunStatus::Running) });
        QCOMPARE(finished.size(), 0);
        m_notifier->observeRuns(kConn, { makeRun(200, 10, RunStatus::Error) });
        m_notifier->observeRuns(kConn, { makeRun(200, 10, RunStatus::Error) }); // next poll
        m_notifier->observeRuns(
            kConn, { makeRun(200, 10, RunStatus::Error), makeRun(199, 10, RunStatus::Success) });
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), kConn);
        const Run run = finished.at(0).at(1).value<Run>();
        QCOMPARE(run.id, 200);
        QCOMPARE(run.status, RunStatus::Error);
        QCOMPARE(m_notifier->failingJobCount(), 1);
    }

    void newRunFirstSeenFinished_isAnnounced_unwatchedIsNot()
    {
        m_notifier->observeRuns(kConn, { makeRun(300, 10, RunStatus::Success) }); // baseline
        QSignalSpy finished(m_notifier.get(), &Models::RunNotifier::runFinished);
        // Between two polls a short run started and finished; another job's run too.
        m_notifier->observeRuns(
            kConn, { makeRun(301, 10, RunStatus::Cancelled), makeRun(302, 12, RunStatus::Error) });
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<Run>().id, 301);
    }

    void laterSuccess_clearsFailing_andUnwatchRecounts()
    {
        m_watch->setWatched(kConn, 11, true);
        m_notifier->observeRuns(
            kConn, { makeRun(400, 10, RunStatus::Error), makeRun(401, 11, RunStatus::Error) });
        QCOMPARE(m_notifier->failingJobCount(), 2);
        m_notifier->observeRuns(kConn, { makeRun(402, 10, RunStatus::Success) });
        QCOMPARE(m_notifier->failingJobCount(), 1);
        QSignalSpy failing(m_notifier.get(), &Models::RunNotifier::failingJobsChanged);
        m_watch->setWatched(kConn, 11, false);
        QCOMPARE(m_notifier->failingJobCount(), 0);
        QCOMPARE(failing.size(), 1);
    }

    void history_ofAJobSeenFirst_isNotAnnounced_evenIfNewerThanBaseline()
    {
        QSignalSpy finished(m_notifier.get(), &Models::RunNotifier::runFinished);
        // The dashboard shows another project; its newest run sets the baseline.
        m_notifier->observeRuns(kConn, { makeRun(600, 12, RunStatus::Success) });
        // The background watch then sees job 10 for the first time: its failure an hour ago
        // (a higher id than the dashboard's) is history, and job 11 is running.
        m_watch->setWatched(kConn, 11, true);
        m_notifier->observeHistory(
            kConn, { makeRun(620, 10, RunStatus::Error), makeRun(630, 11, RunStatus::Running) });
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_notifier->failingJobCount(), 1); // but job 10 is failing
        // Seen again as history (a later first sight): the run seen running is announced.
        m_notifier->observeHistory(
            kConn, { makeRun(620, 10, RunStatus::Error), makeRun(630, 11, RunStatus::Error) });
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<Run>().id, 630);
        // A later poll of the same runs announces nothing more.
        m_notifier->observeRuns(
            kConn, { makeRun(620, 10, RunStatus::Error), makeRun(630, 11, RunStatus::Error) });
        QCOMPARE(finished.size(), 1);
    }

    void jobName_isFilledFromEarlierRuns()
    {
        Run named = makeRun(500, 10, RunStatus::Success);
        named.jobName = QStringLiteral("nightly_build");
        m_notifier->observeRuns(kConn, { named });
        QSignalSpy finished(m_notifier.get(), &Models::RunNotifier::runFinished);
        Run bare = makeRun(501, 10, RunStatus::Error);
        bare.jobName.clear();
        m_notifier->observeRuns(kConn, { bare });
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<Run>().jobName, QStringLiteral("nightly_build"));
    }

    void notificationModel_keepsFailuresUntilSeen()
    {
        Models::NotificationModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &Models::NotificationModel::unseenCountChanged);
        model.addRun(kConn, makeRun(1, 10, RunStatus::Success)); // not kept
        model.addRun(kConn, makeRun(2, 10, RunStatus::Error));
        model.addRun(kConn, makeRun(3, 11, RunStatus::Error));
        model.addRun(kConn, makeRun(3, 11, RunStatus::Error)); // same run: not twice
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("job_11 failed"));
        const QString detail =
            model.index(0).data(Models::NotificationModel::DetailRole).toString();
        QVERIFY2(detail.contains(QStringLiteral("Run #3"))
                && detail.contains(QStringLiteral("4m 12s"))
                && detail.contains(QStringLiteral("Database Error in model orders"))
                && !detail.contains(QStringLiteral("more lines")),
            qPrintable(detail));
        model.markRunSeen(kConn, 3);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.runAt(0).id, 2);
        model.markAllSeen();
        QCOMPARE(model.unseenCount(), 0);
        QCOMPARE(count.last().at(0).toInt(), 0);
    }

    void grouper_single_saysJobStatusAndDuration()
    {
        const Models::DesktopNotification n =
            Models::NotificationGrouper::compose({ { kConn, makeRun(7, 10, RunStatus::Error) } });
        QCOMPARE(n.title, QStringLiteral("job_10 failed"));
        QVERIFY2(
            n.body.startsWith(QStringLiteral("Run #7 · Error after 4m 12s")), qPrintable(n.body));
        QVERIFY(n.body.contains(QStringLiteral("Database Error in model orders")));
        QCOMPARE(n.runId, 7);
        QCOMPARE(n.connectionId, kConn);
        QVERIFY(n.anyFailed);
    }

    void grouper_burst_becomesOneSummary()
    {
        Models::NotificationGrouper grouper;
        grouper.setWindow(std::chrono::milliseconds(50));
        QSignalSpy spy(&grouper, &Models::NotificationGrouper::notify);
        grouper.add(kConn, makeRun(1, 1, RunStatus::Success));
        grouper.add(kConn, makeRun(2, 2, RunStatus::Error));
        grouper.add(kConn, makeRun(3, 3, RunStatus::Error));
        grouper.add(kConn, makeRun(4, 4, RunStatus::Success));
        grouper.add(kConn, makeRun(5, 5, RunStatus::Error));
        grouper.add(kConn, makeRun(6, 5, RunStatus::Error)); // same job again: counts once
        QTRY_COMPARE(spy.size(), 1);
        const auto n = spy.at(0).at(0).value<Models::DesktopNotification>();
        QCOMPARE(n.title, QStringLiteral("5 watched jobs finished: 3 failed, 2 succeeded"));
        QCOMPARE(n.jobCount, 5);
        QCOMPARE(n.runId, 0);
        QVERIFY(n.body.startsWith(QStringLiteral("✖ job_2 failed")));
        QVERIFY(n.body.contains(QStringLiteral("and 1 more")));
    }

    void grouper_rateLimits_thenGroupsTheRest()
    {
        Models::NotificationGrouper grouper;
        grouper.setWindow(std::chrono::milliseconds(20));
        grouper.setMinInterval(std::chrono::milliseconds(600));
        QSignalSpy spy(&grouper, &Models::NotificationGrouper::notify);
        grouper.add(kConn, makeRun(1, 1, RunStatus::Error));
        QTRY_COMPARE(spy.size(), 1);
        grouper.add(kConn, makeRun(2, 2, RunStatus::Error));
        QTest::qWait(100);
        grouper.add(kConn, makeRun(3, 3, RunStatus::Success));
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1); // still inside the minimum interval
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 2000);
        QCOMPARE(spy.at(1).at(0).value<Models::DesktopNotification>().jobCount, 2);
    }

    void simulator_watchedFailure_notifiesExactlyOnce()
    {
        auto server = Test::startServer(false, 300);
        Api::Client client(Test::optionsFor(*server, server->adminToken()));
        const qint64 account = server->accountIds().constFirst();
        const qint64 failed = server->failedRunId(account);
        Api::Run failedRun;
        {
            const auto r = Test::await<Api::Run>([&](auto cb) {
                client.getRun(failed, Api::RunInclude {}, nullptr, cb);
            });
            QVERIFY(r && r->ok());
            failedRun = r->value();
        }
        const qint64 jobId = failedRun.jobDefinitionId;
        m_watch->setWatched(kConn, jobId, true);
        Models::NotificationModel list;
        connect(m_notifier.get(),
            &Models::RunNotifier::runFinished,
            &list,
            &Models::NotificationModel::addRun);
        QSignalSpy finished(m_notifier.get(), &Models::RunNotifier::runFinished);
        const auto poll = [&] {
            Api::RunQuery q;
            q.includeRelated = { QStringLiteral("job") };
            q.limit = 50;
            const auto r = Test::await<Api::Page<Api::Run>>([&](auto cb) {
                client.listRuns(q, nullptr, cb);
            });
            QVERIFY(r && r->ok());
            m_notifier->observeRuns(kConn, r->value().items);
        };
        poll(); // baseline: the history, including the failed run, is not announced
        QCOMPARE(finished.size(), 0);

        // Start runs of the watched job until one fails; each finished run is announced once.
        int triggered = 0, failures = 0;
        for (; triggered < 12 && failures == 0; ++triggered) {
            Api::TriggerRequest req;
            req.cause = QStringLiteral("notifier test");
            const auto t = Test::await<Api::Run>([&](auto cb) {
                client.triggerJob(jobId, req, nullptr, cb);
            });
            QVERIFY(t && t->ok());
            poll(); // seen queued
            server->advance(std::chrono::hours(3));
            poll(); // seen finished
            poll(); // and again: nothing new
            failures = int(list.rowCount());
        }
        QCOMPARE(finished.size(), triggered);
        QVERIFY2(failures == 1, "no triggered run of the failing job failed in 12 tries");
        const Api::Run last = finished.last().at(1).value<Api::Run>();
        QCOMPARE(last.status, RunStatus::Error);
        QCOMPARE(list.runAt(0).id, last.id);
        QCOMPARE(last.jobName.isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
