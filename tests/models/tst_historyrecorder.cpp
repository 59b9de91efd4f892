// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryRecorder against the in-process simulator: a finished failed run goes into the history
// with its steps, each dbt step's run_results is downloaded once (not again when the watch sees
// the run next cycle, nor after a restart), its failures open inbox groups, a file over the
// size budget is not parsed, and runs still in progress are not recorded.
#include "models/common/runartifacts.h"
#include "models/history/failureinbox.h"
#include "models/history/historyrecorder.h"
#include "models/history/historystore.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

qint64 count(HistoryStore &store, const QString &table)
{
    qint64 value = -1;
    store.countRows(table, [&](qint64 n) {
        value = n;
    });
    if (!QTest::qWaitFor(
            [&] {
                return value >= 0;
            },
            10000)) {
        qWarning("count timed out");
    }
    return value;
}

} // namespace

class TestHistoryRecorder final : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    Api::Run m_failed;

    Api::Run fetchRun(qint64 runId)
    {
        Api::Run run;
        bool done = false;
        Api::RunInclude inc;
        inc.steps = true;
        m_sim.client->getRun(runId, inc, this, [&](const Api::Result<Api::Run> &r) {
            if (r) {
                run = *r;
            }
            done = true;
        });
        if (!QTest::qWaitFor(
                [&] {
                    return done;
                },
                10000)) {
            qWarning("getRun timed out");
        }
        return run;
    }

    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    QString cachePath() const { return m_dir->filePath(QStringLiteral("artifacts")); }

private Q_SLOTS:

    void init()
    {
        QVERIFY(m_sim.start(200));
        m_dir = std::make_unique<QTemporaryDir>();
        m_failed = fetchRun(m_sim.server->failedRunId(m_sim.accountId));
        QVERIFY(m_failed.id > 0);
        QVERIFY(!m_failed.steps.isEmpty());
    }

    void cleanup()
    {
        m_sim.client.reset();
        m_sim.server.reset();
        m_dir.reset();
    }

    void recordsAFailedRunAndItsResultsOnce()
    {
        const QString results = QStringLiteral("run_results.json");
        const QList<int> steps = HistoryRecorder::resultSteps(m_failed);
        QVERIFY(!steps.contains(0)); // the run came with its steps: the dbt ones are read
        {
            HistoryStore store(dbPath());
            FailureInbox inbox(&store);
            inbox.load();
            RunArtifacts artifacts(m_sim.client.get(), cachePath());
            HistoryRecorder recorder(&store, &inbox);
            recorder.addConnection(QStringLiteral("c1"), &artifacts);
            QSignalSpy recorded(&recorder, &HistoryRecorder::resultsRecorded);
            QSignalSpy news(&inbox, &FailureInbox::newGroup);
            const int before = m_sim.server->requestCount(results);
            recorder.recordRuns(QStringLiteral("c1"), { m_failed });
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return recorded.count() == steps.size();
                },
                20000));
            const int downloads = m_sim.server->requestCount(results) - before;
            QVERIFY(downloads >= 1 && downloads <= steps.size());
            QCOMPARE(count(store, QStringLiteral("runs")), 1);
            QCOMPARE(count(store, QStringLiteral("steps")), m_failed.steps.size());
            QVERIFY(count(store, QStringLiteral("node_results")) > 0);
            QVERIFY(!inbox.groups().isEmpty()); // its failing nodes
            QCOMPARE(news.count(), inbox.groups().size());
            const InboxGroup g = inbox.groups().first();
            QCOMPARE(g.newestRunId, m_failed.id);
            QCOMPARE(g.connectionId, QStringLiteral("c1"));
            QVERIFY(steps.contains(g.newestStep));

            // The watch sees the same run again next cycle: nothing is downloaded.
            recorder.recordRuns(QStringLiteral("c1"), { m_failed, m_failed });
            QTest::qWait(200);
            QCOMPARE(recorder.pendingFetches(), 0);
            QCOMPARE(m_sim.server->requestCount(results) - before, downloads);
            QCOMPARE(news.count(), inbox.groups().size());
        }
        // After a restart, with an empty artifact cache, still nothing is downloaded again.
        QDir(cachePath()).removeRecursively();
        HistoryStore store(dbPath());
        FailureInbox inbox(&store);
        inbox.load();
        RunArtifacts artifacts(m_sim.client.get(), cachePath());
        HistoryRecorder recorder(&store, &inbox);
        recorder.addConnection(QStringLiteral("c1"), &artifacts);
        const int before = m_sim.server->requestCount(results);
        QSignalSpy idle(&recorder, &HistoryRecorder::idle);
        recorder.recordRuns(QStringLiteral("c1"), { m_failed });
        QVERIFY(idle.wait(5000));
        QCOMPARE(m_sim.server->requestCount(results), before);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return inbox.isLoaded();
            },
            5000));
        QVERIFY(!inbox.groups().isEmpty()); // the inbox came back from the database
    }

    void skipsFilesOverTheBudget()
    {
        HistoryStore store(dbPath());
        FailureInbox inbox(&store);
        RunArtifacts artifacts(m_sim.client.get(), cachePath());
        HistoryRecorder recorder(&store, &inbox);
        recorder.setResultsBudget(64); // bytes: every real run_results is larger
        recorder.addConnection(QStringLiteral("c1"), &artifacts);
        QSignalSpy recorded(&recorder, &HistoryRecorder::resultsRecorded);
        recorder.recordRun(QStringLiteral("c1"), m_failed);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return recorded.count() == HistoryRecorder::resultSteps(m_failed).size();
            },
            20000));
        int over = 0;
        for (const auto &args : recorded) {
            const auto outcome = args.at(3).value<ResultsOutcome>();
            QVERIFY(outcome == ResultsOutcome::OverBudget || outcome == ResultsOutcome::Missing);
            over += outcome == ResultsOutcome::OverBudget ? 1 : 0;
        }
        QVERIFY(over >= 1); // the dbt build step's file; a dbt deps step saves none
        QCOMPARE(count(store, QStringLiteral("node_results")), 0);
        QVERIFY(inbox.groups().isEmpty());
        QCOMPARE(count(store, QStringLiteral("runs")), 1); // the run itself is kept
    }

    void ignoresRunsInProgress()
    {
        HistoryStore store(dbPath());
        RunArtifacts artifacts(m_sim.client.get(), cachePath());
        HistoryRecorder recorder(&store, nullptr);
        recorder.addConnection(QStringLiteral("c1"), &artifacts);
        Api::Run running = m_failed;
        running.status = Api::RunStatus::Running;
        recorder.recordRun(QStringLiteral("c1"), running);
        QCOMPARE(recorder.pendingFetches(), 0);
        QCOMPARE(count(store, QStringLiteral("runs")), 0);
    }
};

QTEST_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
