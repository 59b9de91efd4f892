// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace's wiring of the local history: with openHistory(), a watched job's finished
// run, seen by the background watch, lands in history.sqlite with its run_results read once;
// removing the connection stops the recording; without openHistory() there is no history; a
// watched account's runs in flight reach the pulse page's counts.
#include "models/history/historyrecorder.h"
#include "models/history/historystore.h"
#include "models/history/localhistory.h"
#include "models/history/pulsemodel.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/workspace.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

qint64 count(HistoryStore &store, const QString &table)
{
    qint64 value = -2;
    store.countRows(table, [&](qint64 n) {
        value = n;
    });
    if (!QTest::qWaitFor(
            [&] {
                return value != -2;
            },
            10000)) {
        qWarning("count timed out");
    }
    return value;
}

qint64 jobOf(Api::Client *client, qint64 runId, QObject *context)
{
    qint64 job = 0;
    bool done = false;
    client->getRun(runId, {}, context, [&](const Api::Result<Api::Run> &r) {
        job = r ? r->jobDefinitionId : -1;
        done = true;
    });
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            10000)) {
        qWarning("getRun timed out");
    }
    return job;
}

} // namespace

class TestHistoryWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void watchedRunsAreRecorded()
    {
        SimFixture sim;
        QVERIFY(sim.start(200));
        QTemporaryDir dir;
        const qint64 job = jobOf(sim.client.get(), sim.server->failedRunId(sim.accountId), this);
        QVERIFY(job > 0);

        Workspace workspace(dir.filePath(QStringLiteral("cache")));
        QVERIFY(!workspace.history());
        workspace.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(workspace.history());
        workspace.watchList()->setWatched(QStringLiteral("c1"), job, true);
        QSignalSpy recorded(workspace.history()->recorder(), &HistoryRecorder::resultsRecorded);
        workspace.addConnection(
            { QStringLiteral("c1"), QStringLiteral("Sim"), sim.accountId }, sim.client.get());
        QVERIFY(recorded.wait(20000));
        HistoryStore *store = workspace.history()->store();
        QVERIFY(count(*store, QStringLiteral("runs")) >= 1);
        QVERIFY(count(*store, QStringLiteral("result_fetches")) >= 1);
        const auto runs = [&] {
            QList<HistoryRun> out;
            bool done = false;
            store->readRuns(QStringLiteral("c1"), job, 10, [&](QList<HistoryRun> r) {
                out = r;
                done = true;
            });
            if (!QTest::qWaitFor(
                    [&] {
                        return done;
                    },
                    10000)) {
                qWarning("readRuns timed out");
            }
            return out;
        }();
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.first().accountId, sim.accountId);

        // Gone with its connection: the next cycles of another session record nothing for it.
        workspace.removeConnection(QStringLiteral("c1"));
        QCOMPARE(workspace.history()->recorder()->pendingFetches(), 0);
    }

    void theWatchCountsRunsInFlightForThePulse()
    {
        SimFixture sim;
        QVERIFY(sim.start(200)); // no life: the seed's runs in flight stay in flight
        QTemporaryDir dir;
        Workspace workspace(dir.filePath(QStringLiteral("cache")));
        workspace.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
        workspace.watchList()->setScopeWatched(
            QStringLiteral("c1"), WatchScopeKind::Account, sim.accountId, true);
        workspace.addConnection(
            { QStringLiteral("c1"), QStringLiteral("Sim"), sim.accountId }, sim.client.get());
        PulseModel *pulse = workspace.history()->pulse();
        QTRY_VERIFY_WITH_TIMEOUT(!pulse->activeRuns().isEmpty() && pulse->rowCount() == 1, 20000);
        QVERIFY(pulse->activeRuns().running > 0);
        QVERIFY(pulse->activeRuns().queued > 0); // the seed's run queued behind a long one
        QTRY_COMPARE_WITH_TIMEOUT(pulse->index(0, PulseModel::NowColumn).data().toString(),
            PulseModel::activeRunsText(pulse->activeRuns()),
            10000);
    }
};

QTEST_MAIN(TestHistoryWatch)
#include "tst_historywatch.moc"
