// SPDX-License-Identifier: GPL-3.0-or-later
// Trends per job and model performance per environment, over a history seeded through the real
// HistoryStore API (its thread, its batches, its schema): the figures a user reads off the
// pages, against values worked out by hand here.
#include "historywait.h"
#include "models/history/historystore.h"
#include "models/history/jobtrend.h"
#include "models/history/modelperformance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc::Models;

namespace {

//! A list of Latin-1 literals (QT_NO_CAST_FROM_ASCII: no implicit const char * -> QString).
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items) {
        out << QLatin1String(item);
    }
    return out;
}

constexpr int kSuccess = 10, kError = 20, kCancelled = 30;
const QString kConnection = QStringLiteral("c1");
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

HistoryRun run(qint64 id,
    qint64 job,
    qint64 environment,
    const QDateTime &finished,
    qint64 duration,
    int status = kSuccess,
    qint64 queued = 10)
{
    HistoryRun r;
    r.connectionId = kConnection;
    r.runId = id;
    r.accountId = 1;
    r.projectId = 2;
    r.environmentId = environment;
    r.jobId = job;
    r.jobName = QStringLiteral("Job %1").arg(job);
    r.status = status;
    r.createdAt = finished.addSecs(-duration - queued);
    r.startedAt = finished.addSecs(-duration);
    r.finishedAt = finished;
    r.durationSeconds = duration;
    r.queuedSeconds = queued;
    return r;
}

bool opened(HistoryStore &store)
{
    QSignalSpy spy(&store, &HistoryStore::opened);
    return spy.wait(10000) && spy.first().at(0).toBool();
}

ModelPerformance performance(HistoryStore &store,
    qint64 environment,
    int days,
    PerformancePlan plan = PerformancePlan::Indexed)
{
    return waitFor<ModelPerformance>([&](auto done) {
        store.read<ModelPerformance>(
            [=](QSqlDatabase &db) {
                return queryModelPerformance(db, kConnection, environment, days, kNow, plan);
            },
            done);
    });
}

QStringList ids(const QList<NodePerformance> &nodes)
{
    QStringList out;
    for (const NodePerformance &n : nodes) {
        out << n.uniqueId.section(QLatin1Char('.'), -1);
    }
    return out;
}

} // namespace

class TestTrends : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void quantilesLikeNumpy()
    {
        QCOMPARE(quantile({}, 0.5), 0.0);
        QCOMPARE(quantile({ 7 }, 0.9), 7.0);
        QCOMPARE(quantile({ 4, 1, 3, 2 }, 0.5), 2.5);
        // numpy.percentile([1..10], 90) == 9.1
        QCOMPARE(quantile({ 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 }, 0.9), 9.1);
    }

    void jobTrendFromHistory()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(opened(store));
        // Job 7: ten runs of 100..1000 s, one hour apart; run 5 failed, run 8 was cancelled
        // after 5000 s (left out of the band and the rate), queue times 10..100 s.
        for (int i = 1; i <= 10; ++i) {
            store.recordRun(run(100 + i,
                7,
                3,
                kNow.addSecs(-3600 * (11 - i)),
                i == 8 ? 5000 : 100 * i,
                i == 5 ? kError : (i == 8 ? kCancelled : kSuccess),
                10 * i));
        }
        // Another job's and an unfinished run do not leak in.
        store.recordRun(run(500, 8, 3, kNow, 99999));
        store.recordRun(run(501, 7, 3, kNow, 99999, 3));
        const JobTrend trend = waitFor<JobTrend>([&](auto done) {
            readJobTrend(store, kConnection, 7, 50, done);
        });
        QCOMPARE(trend.points.size(), 10);
        QCOMPARE(trend.points.first().runId, 101); // oldest first, as the chart draws
        QCOMPARE(trend.points.last().runId, 110);
        // Durations without the cancelled run: 100..700, 900, 1000 (9 values).
        QCOMPARE(trend.p50Seconds, 500.0);
        QCOMPARE(trend.p90Seconds, 920.0); // rank 7.2 between 900 and 1000
        QCOMPARE(trend.aboveP90Count(), 1);
        QVERIFY(trend.points.last().aboveP90);
        QVERIFY(!trend.points.at(7).aboveP90); // the cancelled one is not "slow"
        QCOMPARE(trend.successRate, 8.0 / 9.0);
        QCOMPARE(trend.medianQueuedSeconds, 55.0);
        QCOMPARE(trend.maxQueuedSeconds, 100.0);

        const JobTrend lastThree = waitFor<JobTrend>([&](auto done) {
            readJobTrend(store, kConnection, 7, 3, done);
        });
        QCOMPARE(lastThree.points.size(), 3);
        QCOMPARE(lastThree.points.first().runId, 108);
        const JobTrend none = waitFor<JobTrend>([&](auto done) {
            readJobTrend(store, kConnection, 42, 50, done);
        });
        QVERIFY(none.isEmpty());
        QCOMPARE(none.successRate, 0.0);
    }

    void modelPerformanceRankings()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(opened(store));
        // Environment 3, one run a day for the last 60 days (run ids by age):
        //   slow: 50 s every run           steady: 1 s every run
        //   growing: 2 s in the older half of the 30-day window, 12 s in the newer half
        //   flaky: fails every third run   rare: only in the last 5 runs, 3 s
        //   gone: skipped every run (never ran: not listed)
        // Environment 4 has a node "other" that must not appear.
        qint64 id = 1000;
        for (int day = 60; day >= 1; --day) {
            const QDateTime finished = kNow.addDays(-day).addSecs(60);
            store.recordRun(run(++id, 7, 3, finished, 600));
            QList<HistoryNodeResult> results {
                { QStringLiteral("model.shop.slow"), QStringLiteral("success"), 50, {} },
                { QStringLiteral("model.shop.steady"), QStringLiteral("success"), 1, {} },
                { QStringLiteral("model.shop.growing"),
                    QStringLiteral("success"),
                    day > 15 ? 2.0 : 12.0,
                    {} },
                { QStringLiteral("model.shop.flaky"),
                    day % 3 == 0 ? QStringLiteral("error") : QStringLiteral("success"),
                    4,
                    day % 3 == 0 ? QStringLiteral("relation does not exist") : QString() },
                { QStringLiteral("model.shop.gone"), QStringLiteral("skipped"), 0, {} },
            };
            if (day <= 5) {
                results.append(
                    { QStringLiteral("model.shop.rare"), QStringLiteral("success"), 3, {} });
            }
            store.recordResults(kConnection, id, 4, ResultsOutcome::Read, results);
            store.recordRun(run(++id, 9, 4, finished, 600));
            store.recordResults(kConnection,
                id,
                4,
                ResultsOutcome::Read,
                { { QStringLiteral("model.shop.other"),
                    QStringLiteral("error"),
                    999,
                    QStringLiteral("x") } });
        }
        const ModelPerformance month = performance(store, 3, 30);
        QCOMPARE(month.nodeCount, 5);
        QCOMPARE(month.resultCount, 4 * 30 + 5);
        QCOMPARE(ids(month.slowest).first(), QStringLiteral("slow"));
        QCOMPARE(month.slowest.first().meanSeconds, 50.0);
        QCOMPARE(ids(month.slowest).last(), QStringLiteral("steady"));
        QCOMPARE(ids(month.mostRun).last(), QStringLiteral("rare"));
        QCOMPARE(month.mostRun.last().runs, 5);
        QCOMPARE(month.mostRun.first().runs, 30);
        QCOMPARE(ids(month.mostFailing), strings({ "flaky" }));
        QCOMPARE(month.mostFailing.first().failures, 10);
        QCOMPARE(ids(month.fastestGrowing), strings({ "growing" }));
        QCOMPARE(month.fastestGrowing.first().growthSeconds, 10.0);
        // The sparkline: 30 daily slices, 2 s then 12 s.
        const QList<double> spark = month.fastestGrowing.first().sparkline;
        QCOMPARE(spark.size(), ModelPerformance::Slices);
        QCOMPARE(spark.first(), 2.0);
        QCOMPARE(spark.last(), 12.0);
        QCOMPARE(month.slowest.first().newestRunId, id - 1);
        QCOMPARE(month.slowest.first().newestStep, 4);

        // A week: everything ran 7 times (rare 5), and nothing grew within it.
        const ModelPerformance week = performance(store, 3, 7);
        QCOMPARE(week.mostRun.first().runs, 7);
        QVERIFY(week.fastestGrowing.isEmpty());
        QCOMPARE(week.mostFailing.first().failures, 2); // days 6 and 3
        // 90 days reaches all 60 runs; growth then compares days 60..46 with 45..1.
        const ModelPerformance quarter = performance(store, 3, 90);
        QCOMPARE(quarter.mostRun.first().runs, 60);
        QCOMPARE(quarter.mostFailing.first().failures, 20);
        // The other environment sees only its own node.
        const ModelPerformance other = performance(store, 4, 30);
        QCOMPARE(ids(other.slowest), strings({ "other" }));
        QVERIFY(performance(store, 77, 30).isEmpty());

        // The full-scan baseline answers exactly the same.
        const ModelPerformance scan = performance(store, 3, 30, PerformancePlan::FullScan);
        QCOMPARE(ids(scan.slowest), ids(month.slowest));
        QCOMPARE(ids(scan.mostFailing), ids(month.mostFailing));
        QCOMPARE(scan.resultCount, month.resultCount);
        QCOMPARE(scan.fastestGrowing.first().sparkline, spark);
    }
};

QTEST_GUILESS_MAIN(TestTrends)
#include "tst_trends.moc"
