// SPDX-License-Identifier: GPL-3.0-or-later
// Local history benchmark: writing 10,000 node results (100 runs x 100 nodes, with their runs
// and steps) through HistoryStore (its own thread, one transaction per batch) against the
// naive baseline, row-by-row autocommit inserts of the same rows on the GUI thread, side by
// side in one run, same file settings (WAL, synchronous=FULL) on the same disk. Alongside the
// wall time until everything is committed, the longest stall of the GUI thread meanwhile: a
// 1 ms timer runs during each measurement and the largest gap between its ticks is the stall.
// Then the database size per 1,000 runs (steps included) at 0, 100 and 500 node results each.
// Usage: bench_history [FOLDER]   (a folder on the disk to measure; default: the current one)
#include "benchmarks/stallmeter.h"
#include "models/history/historydatabase.h"
#include "models/history/historyschema.h"
#include "models/history/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Dbtc::Models;

namespace {

constexpr int kRuns = 100;
// (the baseline takes about a minute on a plain disk: 10,000 fsyncs)
constexpr int kNodes = 100; // kRuns * kNodes = 10,000 node results

HistoryRun makeRun(qint64 id)
{
    HistoryRun r;
    r.connectionId = QStringLiteral("bench");
    r.runId = id;
    r.accountId = 1;
    r.projectId = 2;
    r.environmentId = 3;
    r.jobId = 1 + id % 20;
    r.jobName = QStringLiteral("Hourly incremental models");
    r.status = id % 7 == 0 ? 20 : 10;
    r.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-id * 600);
    r.createdAt = r.finishedAt.addSecs(-300);
    r.startedAt = r.finishedAt.addSecs(-280);
    r.durationSeconds = 300;
    r.queuedSeconds = 20;
    r.trigger = QStringLiteral("scheduled");
    r.gitBranch = QStringLiteral("main");
    r.gitSha = QStringLiteral("4f2c9a1b7d3e5f60718293a4b5c6d7e8f9012345");
    const QStringList names { QStringLiteral("Clone Git Repository"),
        QStringLiteral("Create Profile from Connection Snowflake"),
        QStringLiteral("Invoke dbt with `dbt deps`"),
        QStringLiteral("Invoke dbt with `dbt build`") };
    for (int i = 0; i < names.size(); ++i) {
        r.steps.append({ i + 1, names.at(i), r.status, r.startedAt, r.finishedAt });
    }
    return r;
}

QList<HistoryNodeResult> makeResults(qint64 runId, int nodes)
{
    QList<HistoryNodeResult> out;
    out.reserve(nodes);
    for (int i = 0; i < nodes; ++i) {
        const bool fail = (runId + i) % 37 == 0;
        out.append({ QStringLiteral("model.analytics.stg_table_%1").arg(i),
            fail ? QStringLiteral("error") : QStringLiteral("success"),
            0.01 * (i % 300),
            fail ? QStringLiteral("Database Error: column 'x_%1' does not exist at line %2")
                       .arg(runId)
                       .arg(i)
                 : QString() });
    }
    return out;
}

using Dbtc::Bench::StallMeter;

void spin(const std::function<bool()> &done)
{
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
}

struct Measured
{
    double wallMs = 0;
    double stallMs = 0;
    double callsMs = 0; //!< time the GUI thread spent inside the calls that queue the writes
};

Measured measureStore(const QString &path)
{
    HistoryStore store(path);
    bool open = false;
    QObject::connect(&store, &HistoryStore::opened, [&] {
        open = true;
    });
    spin([&] {
        return open;
    });
    StallMeter meter;
    meter.start();
    QElapsedTimer wall;
    wall.start();
    bool committed = false;
    // Runs arrive one after the other, as the recorder files them.
    int next = 1;
    QElapsedTimer calls;
    qint64 callsNs = 0;
    std::function<void()> feed = [&] {
        calls.start();
        store.recordRun(makeRun(next));
        store.recordResults(
            QStringLiteral("bench"), next, 4, ResultsOutcome::Read, makeResults(next, kNodes));
        callsNs += calls.nsecsElapsed();
        if (++next <= kRuns) {
            QTimer::singleShot(0, feed);
        } else {
            store.flush([&] {
                committed = true;
            });
        }
    };
    QTimer::singleShot(0, feed);
    spin([&] {
        return committed;
    });
    Measured m;
    m.wallMs = double(wall.nsecsElapsed()) / 1e6;
    m.stallMs = meter.stop();
    m.callsMs = double(callsNs) / 1e6;
    return m;
}

Measured measureBaseline(const QString &path)
{
    HistoryDatabase database(path);
    if (!database.open()) {
        std::fprintf(stderr, "baseline: %s\n", qPrintable(database.error()));
        return {};
    }
    QSqlDatabase &db = database.db();
    StallMeter meter;
    meter.start();
    QElapsedTimer wall;
    wall.start();
    bool done = false;
    // Everything on the GUI thread, one statement = one transaction (autocommit), the way a
    // first version writes "just insert the row when it arrives".
    QTimer::singleShot(0, [&] {
        QSqlQuery run(db), result(db);
        run.prepare(
            QStringLiteral("INSERT OR REPLACE INTO runs (connection_id, run_id, account_id, "
                           "job_id, status, finished_at, trigger, git_sha) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?)"));
        result.prepare(QStringLiteral("INSERT OR REPLACE INTO node_results (connection_id, run_id, "
                                      "step_index, unique_id, status, execution_time, signature) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (int id = 1; id <= kRuns; ++id) {
            const HistoryRun r = makeRun(id);
            run.addBindValue(r.connectionId);
            run.addBindValue(r.runId);
            run.addBindValue(r.accountId);
            run.addBindValue(r.jobId);
            run.addBindValue(r.status);
            run.addBindValue(r.finishedAt.toMSecsSinceEpoch());
            run.addBindValue(r.trigger);
            run.addBindValue(r.gitSha);
            run.exec();
            for (const HistoryNodeResult &n : makeResults(id, kNodes)) {
                result.addBindValue(r.connectionId);
                result.addBindValue(r.runId);
                result.addBindValue(4);
                result.addBindValue(n.uniqueId);
                result.addBindValue(n.status);
                result.addBindValue(n.executionTime);
                result.addBindValue(n.message.isEmpty() ? QString() : n.message.left(16));
                result.exec();
            }
        }
        done = true;
    });
    spin([&] {
        return done;
    });
    Measured m;
    m.wallMs = double(wall.nsecsElapsed()) / 1e6;
    m.stallMs = meter.stop();
    m.callsMs = m.wallMs;
    return m;
}

qint64 sizeFor(const QString &path, int runs, int nodes)
{
    {
        HistoryStore store(path);
        for (int id = 1; id <= runs; ++id) {
            store.recordRun(makeRun(id));
            if (nodes > 0) {
                store.recordResults(
                    QStringLiteral("bench"), id, 4, ResultsOutcome::Read, makeResults(id, nodes));
            }
        }
        bool done = false;
        store.read<int>(
            [](QSqlDatabase &db) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                return 0;
            },
            [&](int) {
                done = true;
            });
        spin([&] {
            return done;
        });
    }
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString base = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QTemporaryDir dir(base + QStringLiteral("/bench-history-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a folder under %s\n", qPrintable(base));
        return 1;
    }
    // The floor: the same meter over an idle event loop for as long as our store takes, so
    // that scheduler noise of a shared machine is not read as our stall.
    StallMeter idle;
    idle.start();
    QElapsedTimer idleClock;
    idleClock.start();
    spin([&] {
        return idleClock.elapsed() >= 400;
    });
    const double idleStall = idle.stop();
    const Measured baseline = measureBaseline(dir.filePath(QStringLiteral("baseline.sqlite")));
    const Measured ours = measureStore(dir.filePath(QStringLiteral("store.sqlite")));

    std::printf("| %d node results (%d runs x %d) | wall until committed | longest GUI-thread "
                "stall | GUI time in the calls |\n",
        kRuns * kNodes,
        kRuns,
        kNodes);
    std::printf("|---|---|---|---|\n");
    std::printf(
        "| baseline: row-by-row autocommit on the GUI thread | %.0f ms | %.0f ms | %.0f ms |\n",
        baseline.wallMs,
        baseline.stallMs,
        baseline.callsMs);
    std::printf(
        "| **HistoryStore** (own thread, batched transactions) | %.0f ms | %.1f ms | %.1f ms |\n",
        ours.wallMs,
        ours.stallMs,
        ours.callsMs);
    std::printf("| idle event loop, 400 ms (the machine's floor) | | %.1f ms | |\n", idleStall);
    std::printf("| ratio (baseline / ours) | %.1fx | %.0fx | |\n\n",
        baseline.wallMs / std::max(ours.wallMs, 0.001),
        baseline.stallMs / std::max(ours.stallMs, 0.001));

    std::printf(
        "| database size per 1,000 runs (4 steps each) | file (WAL checkpointed) | per run |\n");
    std::printf("|---|---|---|\n");
    for (int nodes : { 0, 100, 500 }) {
        const qint64 bytes =
            sizeFor(dir.filePath(QStringLiteral("size-%1.sqlite").arg(nodes)), 1000, nodes);
        std::printf("| %d node results per run | %.1f MiB | %.1f KiB |\n",
            nodes,
            double(bytes) / (1024.0 * 1024.0),
            double(bytes) / 1000.0 / 1024.0);
    }
    return 0;
}
