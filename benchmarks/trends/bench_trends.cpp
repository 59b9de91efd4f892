// SPDX-License-Identifier: GPL-3.0-or-later
// Model performance benchmark: an environment with 50 jobs running daily for 90 days (40 nodes
// each, 180,000 node results), beside a second environment of the same size, seeded through
// HistoryStore. Then the model-performance page's query over 7 / 30 / 90 days, from the call
// on the GUI thread to the callback with the rankings (everything the page needs), by the
// indexed plan the app uses and by the full-table-scan baseline, side by side in one run,
// alternating, median of RUNS. Plus a job trend (last 100 runs) the same way.
// Usage: bench_trends [FOLDER] [RUNS]   (FOLDER: where the database is written)
#include "models/history/historystore.h"
#include "models/history/jobtrend.h"
#include "models/history/modelperformance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
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

template <typename T>
double timeRead(HistoryStore &store, std::function<T(QSqlDatabase &)> query, T *out)
{
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    store.read<T>(std::move(query), [&](T value) {
        *out = std::move(value);
        done = true;
    });
    while (!done) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return double(timer.nsecsElapsed()) / 1e6;
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
    std::printf("seeded %d jobs x %d days x %d nodes per environment, 2 environments "
                "(%d node results) in %.1f s\n\n",
        kJobs,
        kDays,
        kNodes,
        2 * kJobs * kDays * kNodes,
        double(seeding.elapsed()) / 1000.0);

    std::printf("| model performance, one environment | indexed (the app) | full-table scan "
                "(baseline) | node results read | target |\n|---|---|---|---|---|\n");
    for (int days : { 7, 30, 90 }) {
        QList<double> indexed, scan;
        ModelPerformance a, b;
        for (int i = 0; i < runs; ++i) {
            for (PerformancePlan plan : { PerformancePlan::Indexed, PerformancePlan::FullScan }) {
                const double ms = timeRead<ModelPerformance>(
                    store,
                    [=](QSqlDatabase &db) {
                        return queryModelPerformance(
                            db, kConnection, kEnvironment, days, now, plan);
                    },
                    plan == PerformancePlan::Indexed ? &a : &b);
                (plan == PerformancePlan::Indexed ? indexed : scan) << ms;
            }
        }
        if (a.resultCount != b.resultCount || a.slowest.isEmpty()) {
            std::fprintf(stderr,
                "plans disagree: %lld vs %lld results\n",
                qlonglong(a.resultCount),
                qlonglong(b.resultCount));
            return 1;
        }
        std::printf("| %d days | %.1f ms | %.1f ms | %lld (%d nodes) | <= 200 ms: %s |\n",
            days,
            median(indexed),
            median(scan),
            qlonglong(a.resultCount),
            a.nodeCount,
            median(indexed) <= 200 ? "met" : "MISSED");
    }
    QList<double> trend;
    JobTrend t;
    for (int i = 0; i < runs; ++i) {
        trend << timeRead<JobTrend>(
            store,
            [](QSqlDatabase &db) {
                return queryJobTrend(db, kConnection, kEnvironment * 1000 + 7, 100);
            },
            &t);
    }
    std::printf("\njob trend, last 100 runs: %.1f ms (%lld points)\n",
        median(trend),
        qlonglong(t.points.size()));
    return 0;
}
