// SPDX-License-Identifier: GPL-3.0-or-later
// The local run history: what was committed survives a reopen and a kill -9 in the middle of
// writing; a version-1 file is upgraded with its rows kept; a corrupt or truncated file is
// moved aside with a message and a fresh history starts; pruning by age and size; "clear";
// and a token handed to the client never reaches the file.
#include "historywait.h"
#include "models/history/historyrecorder.h"
#include "models/history/historyschema.h"
#include "models/history/historystore.h"
#include "models/history/modelperformance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

HistoryRun makeRun(qint64 id, const QDateTime &finished, qint64 jobId = 7)
{
    HistoryRun r;
    r.connectionId = QStringLiteral("c1");
    r.runId = id;
    r.accountId = 1;
    r.projectId = 2;
    r.environmentId = 3;
    r.jobId = jobId;
    r.jobName = QStringLiteral("Nightly build");
    r.status = 20;
    r.createdAt = finished.addSecs(-120);
    r.startedAt = finished.addSecs(-100);
    r.finishedAt = finished;
    r.durationSeconds = 120;
    r.queuedSeconds = 20;
    r.trigger = QStringLiteral("scheduled");
    r.gitBranch = QStringLiteral("main");
    r.gitSha = QStringLiteral("abc1234def");
    r.steps.append({ 1, QStringLiteral("Clone Git Repository"), 10, r.startedAt, r.startedAt });
    r.steps.append({ 4, QStringLiteral("Invoke dbt with `dbt build`"), 20, r.startedAt, finished });
    return r;
}

QList<HistoryNodeResult> results(int count, const QString &failMessage = {})
{
    QList<HistoryNodeResult> out;
    for (int i = 0; i < count; ++i) {
        const bool fail = !failMessage.isEmpty() && i == 0;
        out.append({ QStringLiteral("model.jaffle.m%1").arg(i),
            fail ? QStringLiteral("error") : QStringLiteral("success"),
            0.25 * i,
            fail ? failMessage : QString() });
    }
    return out;
}

qint64 count(HistoryStore &store, const QString &table)
{
    return waitFor<qint64>([&](auto done) {
        store.countRows(table, done);
    });
}

bool flushed(HistoryStore &store)
{
    bool done = false;
    store.flush([&] {
        done = true;
    });
    return QTest::qWaitFor(
        [&] {
            return done;
        },
        10000);
}

bool waitOpened(HistoryStore &store, QString *message = nullptr)
{
    QSignalSpy spy(&store, &HistoryStore::opened);
    if (!spy.wait(10000)) {
        return false;
    }
    if (message) {
        *message = spy.first().at(1).toString();
    }
    return spy.first().at(0).toBool();
}

//! Reads \a sql straight from the file with a connection of the test's own.
//! Column \a column of the first row of \a sql (EXPLAIN QUERY PLAN's detail is column 3).
QVariant sqlValue(const QString &path, const QString &sql, int column = 0)
{
    QVariant out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                out = q.value(column);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return out;
}

// The schema as version 1 shipped it, frozen here on purpose: the migration test must start
// from what old files really contain, not from whatever migrationTo(1) says today.
const char *const kVersion1[] = {
    "CREATE TABLE accounts (connection_id TEXT NOT NULL, account_id INTEGER NOT NULL, name TEXT, "
    "PRIMARY KEY (connection_id, account_id)) WITHOUT ROWID",
    "CREATE TABLE jobs (connection_id TEXT NOT NULL, job_id INTEGER NOT NULL, account_id INTEGER "
    "NOT NULL, project_id INTEGER, environment_id INTEGER, name TEXT, PRIMARY KEY (connection_id, "
    "job_id)) WITHOUT ROWID",
    "CREATE TABLE runs (connection_id TEXT NOT NULL, run_id INTEGER NOT NULL, account_id INTEGER "
    "NOT NULL, project_id INTEGER, environment_id INTEGER, job_id INTEGER, status INTEGER NOT "
    "NULL, created_at INTEGER, started_at INTEGER, finished_at INTEGER, duration_s INTEGER, "
    "queued_s INTEGER, trigger TEXT, git_branch TEXT, git_sha TEXT, PRIMARY KEY (connection_id, "
    "run_id)) WITHOUT ROWID",
    "CREATE TABLE steps (connection_id TEXT NOT NULL, run_id INTEGER NOT NULL, step_index INTEGER "
    "NOT NULL, name TEXT, status INTEGER, started_at INTEGER, finished_at INTEGER, PRIMARY KEY "
    "(connection_id, run_id, step_index)) WITHOUT ROWID",
    "CREATE TABLE node_results (connection_id TEXT NOT NULL, run_id INTEGER NOT NULL, step_index "
    "INTEGER NOT NULL, unique_id TEXT NOT NULL, status TEXT, execution_time REAL, PRIMARY KEY "
    "(connection_id, run_id, step_index, unique_id)) WITHOUT ROWID",
    "INSERT INTO runs VALUES ('c1', 41, 1, 2, 3, 7, 20, 1700000000000, 1700000010000, "
    "1700000100000, 100, 10, 'scheduled', 'main', 'f00dbabe')",
    "INSERT INTO node_results VALUES ('c1', 41, 4, 'model.jaffle.orders', 'error', 1.5)",
    "PRAGMA user_version = 1",
};

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

private Q_SLOTS:

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void survivesReopen()
    {
        const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(-3600);
        {
            HistoryStore store(path());
            QVERIFY(waitOpened(store));
            store.recordRun(makeRun(100, finished));
            store.recordResults(QStringLiteral("c1"),
                100,
                4,
                ResultsOutcome::Read,
                results(5, QStringLiteral("boom 42")));
            store.recordRun(makeRun(101, finished.addSecs(60)));
        } // the destructor commits what is queued
        HistoryStore store(path());
        QVERIFY(waitOpened(store));
        const auto runs = waitFor<QList<HistoryRun>>([&](auto done) {
            store.readRuns(QStringLiteral("c1"), 7, 10, done);
        });
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).runId, 101); // newest first
        QCOMPARE(runs.at(1).gitSha, QStringLiteral("abc1234def"));
        QCOMPARE(runs.at(1).trigger, QStringLiteral("scheduled"));
        QCOMPARE(runs.at(1).finishedAt, finished);
        QCOMPARE(runs.at(1).status, 20);
        QCOMPARE(count(store, QStringLiteral("steps")), 4);
        QCOMPARE(count(store, QStringLiteral("node_results")), 5);
        const auto fetched = waitFor<QSet<QString>>([&](auto done) {
            store.readFetchedSteps(done);
        });
        QVERIFY(fetched.contains(HistoryStore::fetchedStepKey(QStringLiteral("c1"), 100, 4)));
        // The failing node has a signature, the passing ones none.
        QCOMPARE(
            sqlValue(path(),
                QStringLiteral("SELECT count(*) FROM node_results WHERE signature IS NOT NULL"))
                .toInt(),
            1);
        QCOMPARE(sqlValue(path(), QStringLiteral("PRAGMA journal_mode")).toString(),
            QStringLiteral("wal"));
        const auto perms = QFile::permissions(path());
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther))); // owner-only
    }

    void readsAndWritesLeaveTheGuiThreadFree()
    {
        HistoryStore store(path());
        QVERIFY(waitOpened(store));
        // A batch is queued, not written, by the calls themselves: nothing is in the file yet
        // when recordRun returns, and a read queued after it sees it.
        store.setBatchDelay(std::chrono::seconds(60));
        store.recordRun(makeRun(5, QDateTime::currentDateTimeUtc()));
        QCOMPARE(sqlValue(path(), QStringLiteral("SELECT count(*) FROM runs")).toInt(), 0);
        QCOMPARE(count(store, QStringLiteral("runs")), 1);
    }

    void migratesFromVersion1()
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : kVersion1) {
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QCOMPARE(sqlValue(path(), QStringLiteral("PRAGMA user_version")).toInt(), 1);

        HistoryStore store(path());
        QSignalSpy recovered(&store, &HistoryStore::recovered);
        QVERIFY(waitOpened(store));
        QCOMPARE(recovered.count(), 0); // upgraded in place, not replaced
        const auto runs = waitFor<QList<HistoryRun>>([&](auto done) {
            store.readRuns(QStringLiteral("c1"), 0, 0, done);
        });
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).runId, 41);
        QCOMPARE(runs.at(0).gitSha, QStringLiteral("f00dbabe"));
        QCOMPARE(count(store, QStringLiteral("node_results")), 1);
        // Version 2's tables and columns work on the upgraded file.
        store.recordResults(
            QStringLiteral("c1"), 41, 5, ResultsOutcome::Read, results(2, QStringLiteral("x")));
        QCOMPARE(count(store, QStringLiteral("result_fetches")), 1);
        QCOMPARE(count(store, QStringLiteral("inbox_groups")), 0);
        QVERIFY(flushed(store));
        QCOMPARE(sqlValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
            HistorySchema::CurrentVersion);
        QCOMPARE(sqlValue(path(),
                     QStringLiteral(
                         "SELECT status FROM node_results WHERE run_id = 41 AND step_index = 4"))
                     .toString(),
            QStringLiteral("error"));
        // Version 3's index exists and the model-performance query uses it.
        QCOMPARE(sqlValue(path(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                    "name = 'runs_by_environment'"))
                     .toInt(),
            1);
        QVERIFY(sqlValue(path(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT run_id FROM runs WHERE connection_id = "
                           "'c1' AND environment_id = 3 AND finished_at >= 0"),
            3)
                    .toString()
                    .contains(QStringLiteral("runs_by_environment")));
        // Version 5: the version-1 result carries its run's environment and finish time.
        QCOMPARE(sqlValue(path(),
                     QStringLiteral("SELECT environment_id, finished_at FROM node_results WHERE "
                                    "run_id = 41 AND unique_id = 'model.jaffle.orders'"))
                     .toLongLong(),
            3);
        QCOMPARE(sqlValue(path(),
                     QStringLiteral("SELECT finished_at FROM node_results WHERE run_id = 41 AND "
                                    "unique_id = 'model.jaffle.orders'"))
                     .toLongLong(),
            1700000100000);
    }

    void migratesFrom4To5WithData()
    {
        // A version-4 file with results: built by the released migrations (their statements
        // never change), then filled the way version 4 wrote rows (no environment or finish
        // time on a result).
        const qint64 day = 86400000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int version = 1; version <= 4; ++version) {
                for (const QString &sql : HistorySchema::migrationTo(version)) {
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                }
            }
            // Runs 1..20 of environment 3 one a day, 21..25 of environment 4; run 26 never
            // finished; results of run 99 whose run was never recorded.
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO runs (connection_id, run_id, account_id, environment_id, job_id, "
                "status, finished_at) VALUES ('c1', ?, 1, ?, 7, 10, ?)")));
            for (int run = 1; run <= 26; ++run) {
                q.addBindValue(run);
                q.addBindValue(run <= 20 ? 3 : 4);
                q.addBindValue(run == 26 ? QVariant(QMetaType(QMetaType::LongLong))
                                         : QVariant(now - (27 - run) * day));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO node_results (connection_id, run_id, step_index, unique_id, status, "
                "execution_time) VALUES ('c1', ?, 4, ?, ?, ?)")));
            for (int run : { 1,
                     2,
                     3,
                     4,
                     5,
                     6,
                     7,
                     8,
                     9,
                     10,
                     11,
                     12,
                     13,
                     14,
                     15,
                     16,
                     17,
                     18,
                     19,
                     20,
                     21,
                     22,
                     23,
                     24,
                     25,
                     26,
                     99 }) {
                for (int node = 0; node < 3; ++node) {
                    q.addBindValue(run);
                    q.addBindValue(QStringLiteral("model.jaffle.m%1").arg(node));
                    q.addBindValue((run + node) % 4 == 0 ? QStringLiteral("error")
                                                         : QStringLiteral("success"));
                    q.addBindValue(double(run * (node + 1)));
                    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                }
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        HistoryStore store(path());
        QSignalSpy recovered(&store, &HistoryStore::recovered);
        QVERIFY(waitOpened(store));
        QCOMPARE(recovered.count(), 0);
        QVERIFY(flushed(store));
        QCOMPARE(sqlValue(path(), QStringLiteral("PRAGMA user_version")).toInt(), 5);
        QCOMPARE(count(store, QStringLiteral("node_results")), 27 * 3); // every row kept
        // Each result took its run's environment and finish time; none left without where a
        // run exists, the unrecorded run's stay NULL.
        QCOMPARE(sqlValue(path(),
                     QStringLiteral("SELECT count(*) FROM node_results nr JOIN runs r USING "
                                    "(connection_id, run_id) WHERE nr.environment_id IS "
                                    "r.environment_id AND nr.finished_at IS r.finished_at"))
                     .toInt(),
            26 * 3);
        QCOMPARE(sqlValue(path(),
                     QStringLiteral("SELECT count(*) FROM node_results WHERE run_id = 99 AND "
                                    "environment_id IS NULL AND finished_at IS NULL"))
                     .toInt(),
            3);
        QVERIFY(sqlValue(path(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT unique_id, count(*) FROM node_results "
                           "WHERE connection_id = 'c1' AND environment_id = 3 AND finished_at "
                           ">= 0 GROUP BY unique_id"),
            3)
                    .toString()
                    .contains(QStringLiteral("COVERING INDEX node_results_by_node")));

        // The upgraded file answers the performance page as the join to runs does: 16 days of
        // environment 3 = runs 11..20 (finished 16..7 days ago; 16 is the window's start, and
        // in), 3 nodes each.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        for (PerformancePlan plan :
            { PerformancePlan::ByNode, PerformancePlan::ByRun, PerformancePlan::FullScan }) {
            const ModelPerformance p = waitFor<ModelPerformance>([&](auto done) {
                store.read<ModelPerformance>(
                    [=](QSqlDatabase &db) {
                        return queryModelPerformance(db, QStringLiteral("c1"), 3, 16, at, plan);
                    },
                    done);
            });
            QCOMPARE(p.nodeCount, 3);
            QCOMPARE(p.resultCount, 10 * 3);
            QCOMPARE(p.slowest.first().uniqueId, QStringLiteral("model.jaffle.m2"));
            QCOMPARE(p.slowest.first().meanSeconds, 15.5 * 3); // runs 11..20 x 3
            QCOMPARE(p.slowest.first().newestRunId, 20);
            // failed where (run + node) % 4 == 0: m0 in runs 12, 16, 20, m1 in 11, 15, 19, m2
            // in 14, 18 (a tie goes by id)
            QCOMPARE(p.mostFailing.size(), 3);
            QCOMPARE(p.mostFailing.first().failures, 3);
            QCOMPARE(p.mostFailing.first().uniqueId, QStringLiteral("model.jaffle.m0"));
            QCOMPARE(p.mostFailing.last().failures, 2);
        }
    }

    void refusesANewerSchemaWithoutLosingIt()
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));
        HistoryStore store(path());
        QSignalSpy recovered(&store, &HistoryStore::recovered);
        QVERIFY(waitOpened(store));
        // A newer app's file is moved aside (kept for that app), never written over.
        QCOMPARE(recovered.count(), 1);
        QVERIFY(recovered.first().at(0).toString().contains(QStringLiteral("newer version")));
        QCOMPARE(
            QDir(m_dir->path()).entryList({ QStringLiteral("history.sqlite.broken-*") }).size(), 1);
    }

    void killedWhileWritingKeepsWhatWasCommitted()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(DBTC_HISTORY_CHILD), { path() });
        QVERIFY(child.waitForStarted());
        qint64 committed = 0;
        // Let it commit a few batches, then kill it while it is writing the next one.
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (child.canReadLine()) {
                    const QByteArray line = child.readLine().trimmed();
                    if (line.startsWith("committed ")) {
                        committed = line.mid(10).toLongLong();
                    }
                }
                return committed >= 400;
            },
            30000));
        QTest::qWait(QRandomGenerator::global()->bounded(5, 40));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        while (child.canReadLine()) {
            const QByteArray line = child.readAllStandardOutput();
            const qsizetype at = line.lastIndexOf("committed ");
            if (at >= 0) {
                committed = line.mid(at + 10).trimmed().toLongLong();
            }
        }

        HistoryStore store(path());
        QSignalSpy recovered(&store, &HistoryStore::recovered);
        QVERIFY(waitOpened(store));
        QCOMPARE(recovered.count(), 0);
        QVERIFY(count(store, QStringLiteral("runs")) >= committed);
        QCOMPARE(count(store, QStringLiteral("node_results")),
            20 * count(store, QStringLiteral("runs")));
        const auto ok = waitFor<QString>([&](auto done) {
            store.read<QString>(
                [](QSqlDatabase &db) {
                    QSqlQuery q(db);
                    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                        ? q.value(0).toString()
                        : QStringLiteral("no answer");
                },
                done);
        });
        QCOMPARE(ok, QStringLiteral("ok"));
        const auto runs = waitFor<QList<HistoryRun>>([&](auto done) {
            store.readRuns(QStringLiteral("c1"), 7, 1, done);
        });
        QVERIFY(!runs.isEmpty());
        QVERIFY(runs.first().runId >= committed);
    }

    void corruptFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(7);
        for (char &c : random) {
            c = char(gen.bounded(256));
        }
        QTest::newRow("random bytes") << random;
        QTest::newRow("truncated") << QByteArray(); // filled in below from a real file
        QTest::newRow("damaged pages") << QByteArray("damage");
    }

    void corruptFileIsMovedAside()
    {
        QFETCH(QByteArray, bytes);
        if (bytes.isEmpty() || bytes == "damage") {
            const QString good = m_dir->filePath(QStringLiteral("good.sqlite"));
            {
                HistoryStore store(good);
                QVERIFY(waitOpened(store));
                for (int i = 1; i <= 300; ++i) {
                    store.recordRun(makeRun(i, QDateTime::currentDateTimeUtc()));
                    store.recordResults(
                        QStringLiteral("c1"), i, 4, ResultsOutcome::Read, results(10));
                }
                QVERIFY(flushed(store));
                store.read<int>(
                    [](QSqlDatabase &db) {
                        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                        return 0;
                    },
                    {});
                QVERIFY(flushed(store));
            }
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray all = f.readAll();
            QVERIFY(all.size() > 64 * 1024);
            if (bytes.isEmpty()) {
                bytes = all.left(all.size() / 3); // the header says more pages than there are
            } else {
                for (qsizetype i = 4096; i < all.size(); i += 3) {
                    all[i] = char(0xA5); // every page after the first scribbled over
                }
                bytes = all;
            }
        }
        {
            QFile f(path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        HistoryStore store(path());
        QSignalSpy recovered(&store, &HistoryStore::recovered);
        QString message;
        QVERIFY(waitOpened(store, &message));
        QCOMPARE(recovered.count(), 1);
        const QString text = recovered.first().at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("moved to")), qPrintable(text));
        const QStringList aside =
            QDir(m_dir->path()).entryList({ QStringLiteral("history.sqlite.broken-*") });
        QCOMPARE(aside.size(), 1);
        QFile moved(m_dir->filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), bytes); // kept as it was, for whoever wants to look
        // The fresh history works.
        store.recordRun(makeRun(1, QDateTime::currentDateTimeUtc()));
        QCOMPARE(count(store, QStringLiteral("runs")), 1);
    }

    void prunesByAgeAndSize()
    {
        HistoryStore store(path());
        QVERIFY(waitOpened(store));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 1; i <= 400; ++i) {
            // Runs 1..100 are 40 days old, the rest from the last days, oldest first.
            const QDateTime finished =
                i <= 100 ? now.addDays(-40).addSecs(i) : now.addSecs(-3600 * 24 * 3 + i * 60);
            store.recordRun(makeRun(i, finished));
            store.recordResults(QStringLiteral("c1"), i, 4, ResultsOutcome::Read, results(30));
        }
        QCOMPARE(count(store, QStringLiteral("runs")), 400);

        int removed = -1;
        store.prune(std::chrono::hours(24 * 30), 0, [&](int n) {
            removed = n;
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return removed >= 0;
            },
            10000));
        QCOMPARE(removed, 100);
        QCOMPARE(count(store, QStringLiteral("runs")), 300);
        QCOMPARE(count(store, QStringLiteral("node_results")), 300 * 30);
        QCOMPARE(count(store, QStringLiteral("steps")), 300 * 2);

        const qint64 before = QFileInfo(path()).size();
        const qint64 budget = 256 * 1024;
        QVERIFY(before > budget);
        removed = -1;
        store.prune(std::chrono::hours(0), budget, [&](int n) {
            removed = n;
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return removed >= 0;
            },
            20000));
        QVERIFY(removed > 0);
        const qint64 left = count(store, QStringLiteral("runs"));
        QCOMPARE(left, 300 - removed);
        QVERIFY(left > 0);
        QVERIFY2(QFileInfo(path()).size() <= budget + 64 * 1024,
            qPrintable(QString::number(QFileInfo(path()).size())));
        // The newest runs are the ones kept.
        const auto runs = waitFor<QList<HistoryRun>>([&](auto done) {
            store.readRuns(QStringLiteral("c1"), 7, 1, done);
        });
        QCOMPARE(runs.first().runId, 400);
        QCOMPARE(count(store, QStringLiteral("node_results")), left * 30);
    }

    void clearEmptiesEverything()
    {
        HistoryStore store(path());
        QVERIFY(waitOpened(store));
        for (int i = 1; i <= 50; ++i) {
            store.recordRun(makeRun(i, QDateTime::currentDateTimeUtc()));
            store.recordResults(QStringLiteral("c1"), i, 4, ResultsOutcome::Read, results(10));
        }
        InboxGroup g;
        g.key = QStringLiteral("k");
        g.connectionId = QStringLiteral("c1");
        g.uniqueId = QStringLiteral("model.x");
        g.signature = QStringLiteral("s");
        store.saveInboxGroup(g);
        QCOMPARE(count(store, QStringLiteral("runs")), 50);
        bool cleared = false;
        store.clear([&] {
            cleared = true;
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cleared;
            },
            10000));
        for (const char *table : { "accounts",
                 "jobs",
                 "runs",
                 "steps",
                 "node_results",
                 "result_fetches",
                 "inbox_groups",
                 "inbox_nodes" }) {
            QCOMPARE(count(store, QString::fromLatin1(table)), 0);
        }
    }

    void noTokenInTheFile()
    {
        const QString token = QStringLiteral("dbtu_SECRETtoken0123456789abcdef");
        {
            HistoryStore store(path());
            QVERIFY(waitOpened(store));
            Api::Run run;
            run.id = 9001;
            run.accountId = 1;
            run.jobDefinitionId = 7;
            run.status = Api::RunStatus::Error;
            run.finishedAt = QDateTime::currentDateTimeUtc();
            run.href =
                QUrl(QStringLiteral("https://cloud.getdbt.com/deploy/1/runs/9001?token=") + token);
            run.artifactS3Path = token;
            run.statusMessage = token;
            Api::RunStep step;
            step.index = 4;
            step.name = QStringLiteral("Invoke dbt with `dbt build`");
            step.logs = QStringLiteral("Authorization: Token ") + token;
            step.debugLogs = token;
            run.steps.append(step);
            store.recordRun(HistoryRecorder::historyRunFrom(QStringLiteral("c1"), run));
            store.recordResults(QStringLiteral("c1"),
                9001,
                4,
                ResultsOutcome::Read,
                results(3, QStringLiteral("failed")));
            QVERIFY(flushed(store));
            QCOMPARE(count(store, QStringLiteral("runs")), 1);
        }
        QByteArray everything;
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
            QFile f(m_dir->filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
        }
        QVERIFY(everything.contains("Invoke dbt with")); // the file was written
        QVERIFY(!everything.contains(token.toUtf8()));
        QVERIFY(!everything.contains("SECRETtoken"));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
