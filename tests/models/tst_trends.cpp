// SPDX-License-Identifier: GPL-3.0-or-later
// Trends per job and model performance per environment, over a history seeded through the real
// HistoryStore API (its thread, its batches, its schema): the figures a user reads off the
// pages, against values worked out by hand here.
#include "historywait.h"
#include "models/history/historystore.h"
#include "models/history/jobtrend.h"
#include "models/history/modelperformance.h"

#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

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

// --- an oracle for the model performance page: the history as the test wrote it (after every
// edit), and the page's numbers worked out from it here, row by row.
struct OracleResult
{
    QString status;
    double seconds = 0;
};

struct OracleRun
{
    qint64 environment = 0;
    QDateTime finished;
    QMap<QPair<int, QString>, OracleResult> results; //!< by (step, node): a re-record replaces
};

using Oracle = QMap<qint64, OracleRun>;

struct Expected
{
    int runs = 0, failures = 0;
    double total = 0, max = 0, earlyTotal = 0, lateTotal = 0;
    int early = 0, late = 0;
    qint64 newest = 0; //!< run * 1000 + step
    QList<double> sliceTotal = QList<double>(ModelPerformance::Slices, 0.0);
    QList<int> sliceCount = QList<int>(ModelPerformance::Slices, 0);
};

QMap<QString, Expected> expected(
    const Oracle &oracle, qint64 environment, int days, const QDateTime &now)
{
    const qint64 since = now.addDays(-days).toMSecsSinceEpoch();
    const qint64 span = now.toMSecsSinceEpoch() - since;
    const qint64 middle = since + span / 2;
    QMap<QString, Expected> out;
    for (auto run = oracle.cbegin(); run != oracle.cend(); ++run) {
        const qint64 t = run->finished.toMSecsSinceEpoch();
        if (run->environment != environment || t < since) {
            continue;
        }
        for (auto r = run->results.cbegin(); r != run->results.cend(); ++r) {
            if (r->status == QLatin1String("skipped")) {
                continue;
            }
            Expected &e = out[r.key().second];
            ++e.runs;
            e.failures += r->status == QLatin1String("error") ? 1 : 0;
            e.total += r->seconds;
            e.max = std::max(e.max, r->seconds);
            e.newest = std::max(e.newest, run.key() * 1000 + r.key().first);
            (t < middle ? e.early : e.late) += 1;
            (t < middle ? e.earlyTotal : e.lateTotal) += r->seconds;
            const int slice =
                int(std::min<qint64>((t - since) * ModelPerformance::Slices / span, 29));
            e.sliceTotal[slice] += r->seconds;
            ++e.sliceCount[slice];
        }
    }
    return out;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

//! Empty when \a p shows what the oracle says (every node of a small history is in mostRun).
QString mismatch(const ModelPerformance &p, const QMap<QString, Expected> &want)
{
    if (p.nodeCount != want.size()) {
        return QStringLiteral("%1 nodes, want %2").arg(p.nodeCount).arg(want.size());
    }
    qint64 results = 0;
    for (const Expected &e : want) {
        results += e.runs;
    }
    if (p.resultCount != results) {
        return QStringLiteral("%1 results, want %2").arg(p.resultCount).arg(results);
    }
    if (p.mostRun.size() != want.size()) {
        return QStringLiteral("most run lists %1").arg(p.mostRun.size());
    }
    for (const NodePerformance &n : p.mostRun) {
        const Expected e = want.value(n.uniqueId);
        const double growth = e.early && e.late ? e.lateTotal / e.late - e.earlyTotal / e.early : 0;
        bool same = n.runs == e.runs && n.failures == e.failures
            && near(n.meanSeconds, e.total / e.runs) && n.maxSeconds == e.max
            && n.newestRunId * 1000 + n.newestStep == e.newest && near(n.growthSeconds, growth)
            && n.sparkline.size() == ModelPerformance::Slices;
        for (int k = 0; same && k < ModelPerformance::Slices; ++k) {
            same = e.sliceCount[k] ? near(n.sparkline[k], e.sliceTotal[k] / e.sliceCount[k])
                                   : n.sparkline[k] < 0;
        }
        if (!same) {
            return QStringLiteral("%1: %2 runs (want %3), mean %4 (want %5), newest %6/%7, "
                                  "growth %8 (want %9)")
                .arg(n.uniqueId)
                .arg(n.runs)
                .arg(e.runs)
                .arg(n.meanSeconds)
                .arg(e.runs ? e.total / e.runs : 0)
                .arg(n.newestRunId)
                .arg(n.newestStep)
                .arg(n.growthSeconds)
                .arg(growth);
        }
    }
    // The rankings' order: slowest by mean, then id.
    QList<QString> slowest = want.keys();
    std::stable_sort(slowest.begin(), slowest.end(), [&](const QString &a, const QString &b) {
        return want[a].total / want[a].runs > want[b].total / want[b].runs;
    });
    if (ids(p.slowest) != ids([&] {
            QList<NodePerformance> out;
            for (const QString &id : slowest.mid(0, ModelPerformance::TopCount)) {
                NodePerformance n;
                n.uniqueId = id;
                out << n;
            }
            return out;
        }())) {
        return QStringLiteral("slowest in the wrong order: %1").arg(ids(p.slowest).join(u','));
    }
    return {};
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

    void everyPlanAnswersWhatTheHistorySays()
    {
        // Real time, so prune's age limit (from the clock) and the windows agree.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(opened(store));
        Oracle oracle;
        auto record = [&](const HistoryRun &r) {
            store.recordRun(r);
            OracleRun &o = oracle[r.runId];
            o.environment = r.environmentId;
            o.finished = r.finishedAt;
        };
        auto results = [&](qint64 runId, int step, const QList<HistoryNodeResult> &list) {
            store.recordResults(kConnection, runId, step, ResultsOutcome::Read, list);
            for (const HistoryNodeResult &n : list) {
                oracle[runId].results.insert({ step, n.uniqueId }, { n.status, n.executionTime });
            }
        };
        // 100 days; environment 3 runs three times a day (slices of a week's sparkline are
        // finer than a day), environment 4 once. Six nodes with wobbling times, n2 slowing
        // down, n3 skipped in every fourth run, n4 also in a second step every fifth run, n5
        // every other day; failures scattered. Every seventh run's results come before the
        // run itself (the recorder can file them in either order).
        qint64 id = 5000;
        for (int day = 100; day >= 1; --day) {
            for (int hour : { 1, 9, 17 }) {
                ++id;
                const HistoryRun r =
                    run(id, 7, 3, now.addDays(-day).addSecs(hour * 3600 + id % 600), 600);
                QList<HistoryNodeResult> list;
                for (int n = 0; n < 6; ++n) {
                    if (n == 5 && day % 2) {
                        continue;
                    }
                    const bool skipped = n == 3 && id % 4 == 0;
                    const bool failed = (id + n) % 9 == 0;
                    list.append({ QStringLiteral("model.shop.n%1").arg(n),
                        skipped      ? QStringLiteral("skipped")
                            : failed ? QStringLiteral("error")
                                     : QStringLiteral("success"),
                        (n + 1) + ((id * 7 + n * 3) % 11) * 0.1 + (n == 2 ? (100 - day) * 0.05 : 0),
                        failed ? QStringLiteral("boom") : QString() });
                }
                const bool resultsFirst = id % 7 == 0;
                if (!resultsFirst) {
                    record(r);
                }
                results(id, 4, list);
                if (id % 5 == 0) {
                    results(id,
                        3,
                        { { QStringLiteral("model.shop.n4"),
                            QStringLiteral("success"),
                            double(id % 13),
                            {} } });
                }
                if (resultsFirst) {
                    record(r);
                }
            }
            ++id;
            record(run(id, 9, 4, now.addDays(-day).addSecs(12 * 3600), 600));
            results(
                id, 4, { { QStringLiteral("model.shop.n0"), QStringLiteral("success"), 7.0, {} } });
        }
        auto check = [&](const char *when) {
            for (qint64 environment : { 3, 4 }) {
                for (int days : { 7, 30, 90 }) {
                    const auto want = expected(oracle, environment, days, now);
                    for (PerformancePlan plan : { PerformancePlan::Indexed,
                             PerformancePlan::ByNode,
                             PerformancePlan::ByRun,
                             PerformancePlan::FullScan }) {
                        const ModelPerformance p = waitFor<ModelPerformance>([&](auto done) {
                            store.read<ModelPerformance>(
                                [=](QSqlDatabase &db) {
                                    return queryModelPerformance(
                                        db, kConnection, environment, days, now, plan);
                                },
                                done);
                        });
                        const QString why = mismatch(p, want);
                        QVERIFY2(why.isEmpty(),
                            qPrintable(QStringLiteral("%1, environment %2, %3 days, plan %4: %5")
                                           .arg(QLatin1String(when))
                                           .arg(environment)
                                           .arg(days)
                                           .arg(int(plan))
                                           .arg(why)));
                    }
                }
            }
        };
        check("as recorded");
        if (QTest::currentTestFailed()) {
            return;
        }

        // Edits: a step's results read again (n0 now failed at 99 s: counted once, with the
        // new values), a run recorded again in the other environment, another recorded again
        // with an older finish (out of every window).
        const qint64 reread = id - 10, moved = id - 30, refinished = id - 50;
        QVERIFY(oracle.value(reread).environment == 3 && oracle.value(moved).environment == 3
            && oracle.value(refinished).environment == 3);
        results(reread,
            4,
            { { QStringLiteral("model.shop.n0"),
                  QStringLiteral("error"),
                  99.0,
                  QStringLiteral("x") },
                { QStringLiteral("model.shop.n1"), QStringLiteral("success"), 0.5, {} } });
        HistoryRun m = run(moved, 7, 4, oracle.value(moved).finished, 600);
        record(m);
        HistoryRun f = run(refinished, 7, 3, now.addDays(-200), 600);
        record(f);
        check("after the edits");
        if (QTest::currentTestFailed()) {
            return;
        }
        const auto week = waitFor<ModelPerformance>([&](auto done) {
            store.read<ModelPerformance>(
                [=](QSqlDatabase &db) {
                    return queryModelPerformance(db, kConnection, 3, 7, now);
                },
                done);
        });
        const auto n0 = std::find_if(week.mostRun.cbegin(), week.mostRun.cend(), [](auto &n) {
            return n.uniqueId == QLatin1String("model.shop.n0");
        });
        QVERIFY(n0 != week.mostRun.cend());
        QCOMPARE(n0->maxSeconds, 99.0); // the re-read value, once
        QCOMPARE(n0->runs, 21); // three a day for a week, the re-read one not twice

        // Pruning to 80 days removes the older runs (and the re-finished one) with their
        // results; every plan forgets them.
        const int removed = waitFor<int>([&](auto done) {
            store.prune(std::chrono::hours(24 * 80), 0, done);
        });
        const qint64 cutoff = now.addDays(-80).toMSecsSinceEpoch();
        int gone = 0;
        for (auto it = oracle.begin(); it != oracle.end();) {
            if (it->finished.toMSecsSinceEpoch() < cutoff) {
                it = oracle.erase(it);
                ++gone;
            } else {
                ++it;
            }
        }
        QCOMPARE(removed, gone);
        check("after pruning");
        if (QTest::currentTestFailed()) {
            return;
        }
        bool cleared = false;
        store.clear([&] {
            cleared = true;
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cleared;
            },
            10000));
        oracle.clear();
        check("after clearing");
    }
};

QTEST_GUILESS_MAIN(TestTrends)
#include "tst_trends.moc"
