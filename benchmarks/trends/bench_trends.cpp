// SPDX-License-Identifier: GPL-3.0-or-later
// Model performance benchmark: an environment with 50 jobs running daily for 90 days (40 nodes
// each, 180,000 node results), beside a second environment of the same size, seeded through
// HistoryStore. Then the model-performance page's query over 7 / 30 / 90 days, from the call
// on the GUI thread to the callback with the rankings (everything the page needs), by the
// indexed plan the app uses, by schema 4's plan (by run) and by the full-table-scan baseline,
// side by side in one run, alternating, median of RUNS; the three must show the same. Plus a job
// trend (last 100 runs) the same way. Usage: bench_trends [FOLDER] [RUNS]   (FOLDER: where the
// database is written)
#include "../processclock.h"
#include "models/history/historystore.h"
#include "models/history/jobtrend.h"
#include "models/history/modelperformance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Dbtc::Models;

namespace {

constexpr int kJobs = 50;
constexpr int kDays = 90;
constexpr int kNodes = 40;
constexpr qint64 kEnvironment = 3, kOtherEnvironment = 4;
const QString kConnection = QStringLiteral("bench");

void seed(HistoryStore &store, const QDateTime &now)
{
    qint64 runId = 0;
    for (int day = kDays; day >= 1; --day) {
        for (qint64 environment : { kEnvironment, kOtherEnvironment }) {
            for (int job = 0; job < kJobs; ++job) {
                HistoryRun r;
                r.connectionId = kConnection;
                r.runId = ++runId;
                r.accountId = 1;
                r.projectId = 2;
                r.environmentId = environment;
                r.jobId = environment * 1000 + job;
                r.status = (runId % 11) ? 10 : 20;
                r.finishedAt = now.addDays(-day).addSecs(job * 600);
                r.durationSeconds = 300 + (runId % 97);
                r.queuedSeconds = runId % 30;
                r.startedAt = r.finishedAt.addSecs(-r.durationSeconds);
                r.createdAt = r.startedAt.addSecs(-r.queuedSeconds);
                store.recordRun(r);
                QList<HistoryNodeResult> results;
                results.reserve(kNodes);
                for (int n = 0; n < kNodes; ++n) {
                    // each job builds its own models: 2,000 distinct nodes per environment
                    const bool fail = (runId + n) % 53 == 0;
                    results.append(
                        { QStringLiteral("model.analytics.job%1_model_%2").arg(job).arg(n),
                            fail ? QStringLiteral("error") : QStringLiteral("success"),
                            0.5 + n * 0.1 + (kDays - day) * 0.01 * (n % 5),
                            QString() });
                }
                store.recordResults(kConnection, runId, 4, ResultsOutcome::Read, results);
            }
        }
        QCoreApplication::processEvents();
    }
}

struct Timing
{
    double wallMs = 0; //!< the call on the GUI thread to the callback
    double cpuMs = 0; //!< CPU time of the history thread inside the query
};

//! On a shared machine the history's (low priority) thread waits for a core: the wall time
//! counts that wait, the thread's CPU time is what an idle machine would take.
template <typename T>
Timing timeRead(HistoryStore &store, std::function<T(QSqlDatabase &)> query, T *out)
{
    Timing timing;
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    double *cpu = &timing.cpuMs;
    store.read<T>(
        [query, cpu](QSqlDatabase &db) {
            const double start = Dbtc::Bench::threadCpuMs();
            T value = query(db);
            *cpu = Dbtc::Bench::threadCpuMs() - start;
            return value;
        },
        [&](T value) {
            *out = std::move(value);
            done = true;
        });
    while (!done) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    timing.wallMs = double(timer.nsecsElapsed()) / 1e6;
    return timing;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

//! Empty when \a b shows what \a a shows: every ranking, count, sparkline, growth and newest
//! run/step (sums may differ in the last bits with the order they were added in).
QString difference(const ModelPerformance &a, const ModelPerformance &b)
{
    if (a.nodeCount != b.nodeCount || a.resultCount != b.resultCount) {
        return QStringLiteral("%1 vs %2 results").arg(a.resultCount).arg(b.resultCount);
    }
    const QList<const QList<NodePerformance> *> left {
        &a.slowest, &a.mostRun, &a.mostFailing, &a.fastestGrowing
    },
        right { &b.slowest, &b.mostRun, &b.mostFailing, &b.fastestGrowing };
    for (qsizetype r = 0; r < left.size(); ++r) {
        if (left.at(r)->size() != right.at(r)->size()) {
            return QStringLiteral("ranking %1: %2 vs %3 rows")
                .arg(r)
                .arg(left.at(r)->size())
                .arg(right.at(r)->size());
        }
        for (qsizetype i = 0; i < left.at(r)->size(); ++i) {
            const NodePerformance &x = left.at(r)->at(i), &y = right.at(r)->at(i);
            bool same = x.uniqueId == y.uniqueId && x.runs == y.runs && x.failures == y.failures
                && near(x.meanSeconds, y.meanSeconds) && x.maxSeconds == y.maxSeconds
                && near(x.growthSeconds, y.growthSeconds) && x.newestRunId == y.newestRunId
                && x.newestStep == y.newestStep && x.sparkline.size() == y.sparkline.size();
            for (qsizetype k = 0; same && k < x.sparkline.size(); ++k) {
                same = near(x.sparkline.at(k), y.sparkline.at(k));
            }
            if (!same) {
                return QStringLiteral("ranking %1 row %2: %3 vs %4")
                    .arg(r)
                    .arg(i)
                    .arg(x.uniqueId, y.uniqueId);
            }
        }
    }
    return {};
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir dir(
        QDir(args.value(1, QDir::currentPath())).filePath(QStringLiteral("bench-trends-XXXXXX")));
    const int runs = std::max(1, args.value(2, QStringLiteral("5")).toInt());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QElapsedTimer seeding;
    seeding.start();
    seed(store, now);
    bool flushed = false;
    store.flush([&] {
        flushed = true;
    });
    while (!flushed) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const double seconds = double(seeding.elapsed()) / 1000.0;
    qint64 bytes = 0;
    timeRead<qint64>(
        store,
        [](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, "
                                         "pragma_page_size"))
                    && q.next()
                ? q.value(0).toLongLong()
                : qint64(-1);
        },
        &bytes);
    std::printf("seeded %d jobs x %d days x %d nodes per environment, 2 environments "
                "(%d node results) in %.1f s; database %.1f MB\n\n",
        kJobs,
        kDays,
        kNodes,
        2 * kJobs * kDays * kNodes,
        seconds,
        double(bytes) / 1e6);

    std::printf("| model performance, one environment | indexed (the app): wall / "
                "history-thread CPU | by run (schema 4's plan): wall / CPU | full-table scan "
                "(baseline): wall / CPU | node results read | target (wall) |\n"
                "|---|---|---|---|---|---|\n");
    const QList<PerformancePlan> plans {
        PerformancePlan::Indexed, PerformancePlan::ByRun, PerformancePlan::FullScan
    };
    for (int days : { 7, 30, 90 }) {
        QList<QList<double>> wall(plans.size()), cpu(plans.size());
        QList<ModelPerformance> answers(plans.size());
        for (int i = 0; i < runs; ++i) {
            for (qsizetype p = 0; p < plans.size(); ++p) {
                const PerformancePlan plan = plans.at(p);
                const Timing t = timeRead<ModelPerformance>(
                    store,
                    [=](QSqlDatabase &db) {
                        return queryModelPerformance(
                            db, kConnection, kEnvironment, days, now, plan);
                    },
                    &answers[p]);
                wall[p] << t.wallMs;
                cpu[p] << t.cpuMs;
            }
        }
        for (qsizetype p = 1; p < plans.size(); ++p) {
            const QString why = difference(answers.at(0), answers.at(p));
            if (!why.isEmpty() || answers.at(0).slowest.isEmpty()) {
                std::fprintf(stderr,
                    "%d days: the plans disagree: %s\n",
                    days,
                    qPrintable(why.isEmpty() ? QStringLiteral("no results") : why));
                return 1;
            }
        }
        const ModelPerformance &a = answers.at(0);
        std::printf("| %d days | %.1f / %.1f ms | %.1f / %.1f ms | %.1f / %.1f ms | %lld (%d "
                    "nodes) | <= 200 ms: %s |\n",
            days,
            median(wall.at(0)),
            median(cpu.at(0)),
            median(wall.at(1)),
            median(cpu.at(1)),
            median(wall.at(2)),
            median(cpu.at(2)),
            qlonglong(a.resultCount),
            a.nodeCount,
            median(wall.at(0)) <= 200 ? "met" : "MISSED");
    }
    QList<double> trendWall, trendCpu;
    JobTrend trend;
    for (int i = 0; i < runs; ++i) {
        const Timing t = timeRead<JobTrend>(
            store,
            [](QSqlDatabase &db) {
                return queryJobTrend(db, kConnection, kEnvironment * 1000 + 7, 100);
            },
            &trend);
        trendWall << t.wallMs;
        trendCpu << t.cpuMs;
    }
    std::printf("\njob trend, last 100 runs: %.1f ms wall, %.1f ms CPU (%lld points)\n",
        median(trendWall),
        median(trendCpu),
        qlonglong(trend.points.size()));
    return 0;
}
