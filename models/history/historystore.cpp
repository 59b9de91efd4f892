// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/historystore.h"

#include "models/history/historytime.h"
#include "models/history/historyworker.h"
#include "models/history/messagesignature.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Dbtc::Models {

namespace {

using HistoryTime::fromMillis;
using HistoryTime::millis;

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

void run(HistoryWorker &w, const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = w.prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(int(i), values.at(i));
    }
    if (!q.exec()) {
        w.fail(q);
    }
}

void exec(HistoryWorker &w, const QString &sql)
{
    QSqlQuery q(w.db());
    if (!q.exec(sql)) {
        w.fail(q);
    }
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

//! Pages holding data (the free list is space SQLite reuses before growing the file).
qint64 usedBytes(QSqlDatabase &db)
{
    return (scalar(db, QStringLiteral("PRAGMA page_count"))
               - scalar(db, QStringLiteral("PRAGMA freelist_count")))
        * scalar(db, QStringLiteral("PRAGMA page_size"));
}

const QStringList &runChildTables()
{
    static const QStringList tables {
        QStringLiteral("steps"), QStringLiteral("node_results"), QStringLiteral("result_fetches")
    };
    return tables;
}

//! Deletes the runs matching \a where (a condition on runs r) with their children.
int deleteRuns(HistoryWorker &w, const QString &where, const QVariantList &values)
{
    for (const QString &table : runChildTables()) {
        run(w,
            QStringLiteral("DELETE FROM %1 WHERE EXISTS (SELECT 1 FROM runs r WHERE "
                           "r.connection_id = %1.connection_id AND r.run_id = %1.run_id AND %2)")
                .arg(table, where),
            values);
    }
    run(w, QStringLiteral("DELETE FROM runs AS r WHERE %1").arg(where), values);
    return int(scalar(w.db(), QStringLiteral("SELECT changes()")));
}

} // namespace

HistoryStore::HistoryStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread(this))
    , m_worker(new HistoryWorker(path))
{
    m_thread->setObjectName(QStringLiteral("history"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(std::chrono::milliseconds(100));
    connect(&m_batchTimer, &QTimer::timeout, this, &HistoryStore::commitBatch);
    m_thread->start(QThread::LowPriority);
    HistoryStore *self = this;
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker] {
        QString error, recovery;
        const bool ok = worker->open(&error, &recovery);
        deliver(self, [self, ok, error, recovery] {
            if (!recovery.isEmpty()) {
                Q_EMIT self->recovered(recovery);
            }
            Q_EMIT self->opened(ok, error);
        });
    });
}

HistoryStore::~HistoryStore()
{
    commitBatch();
    // quit() from here could end the thread's loop before the batch just posted ran; asked
    // from inside, it comes after everything queued.
    QMetaObject::invokeMethod(m_worker, [thread = m_thread] {
        thread->quit();
    });
    m_thread->wait();
    // Results the thread posted back after the last wait are dropped with this object.
}

QSqlDatabase &HistoryStore::workerDb(HistoryWorker &worker)
{
    return worker.db();
}

void HistoryStore::deliver(HistoryStore *store, std::function<void()> call)
{
    // The store outlives its thread (the destructor waits for it), so posting to it is safe;
    // an event still queued when it is destroyed is discarded by Qt.
    QMetaObject::invokeMethod(store, std::move(call), Qt::QueuedConnection);
}

QString HistoryStore::fetchedStepKey(const QString &connectionId, qint64 runId, int step)
{
    return QStringLiteral("%1/%2/%3").arg(connectionId).arg(runId).arg(step);
}

void HistoryStore::write(Work work)
{
    m_batch.append(std::move(work));
    if (!m_batchTimer.isActive()) {
        m_batchTimer.start();
    }
}

void HistoryStore::post(Work work)
{
    commitBatch();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, work] {
        work(*worker);
    });
}

void HistoryStore::commitBatch()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty()) {
        return;
    }
    HistoryStore *self = this;
    QMetaObject::invokeMethod(
        m_worker, [self, worker = m_worker, batch = std::exchange(m_batch, {})] {
            QString error;
            if (!worker->runBatch(batch, &error)) {
                deliver(self, [self, error] {
                    Q_EMIT self->writeFailed(error);
                });
            }
        });
}

void HistoryStore::recordAccount(const QString &connectionId, qint64 accountId, const QString &name)
{
    write([=](HistoryWorker &w) {
        run(w,
            QStringLiteral(
                "INSERT INTO accounts (connection_id, account_id, name) VALUES (?, ?, ?) "
                "ON CONFLICT DO UPDATE SET name = coalesce(excluded.name, name)"),
            { connectionId, accountId, text(name) });
    });
}

void HistoryStore::recordJob(const HistoryJob &j)
{
    write([j](HistoryWorker &w) {
        run(w,
            QStringLiteral(
                "INSERT OR IGNORE INTO accounts (connection_id, account_id) VALUES (?, ?)"),
            { j.connectionId, j.accountId });
        run(w,
            QStringLiteral(
                "INSERT INTO jobs (connection_id, job_id, account_id, project_id, "
                "environment_id, name, environment_name, cron, scheduled, next_run, "
                "active_run_id, active_status, last_run_created, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE "
                "SET name = coalesce(excluded.name, name), "
                "project_id = excluded.project_id, environment_id = excluded.environment_id, "
                "environment_name = coalesce(excluded.environment_name, environment_name), "
                "cron = excluded.cron, scheduled = excluded.scheduled, "
                "next_run = excluded.next_run, active_run_id = excluded.active_run_id, "
                "active_status = excluded.active_status, "
                "last_run_created = coalesce(excluded.last_run_created, last_run_created), "
                "seen_at = excluded.seen_at"),
            { j.connectionId,
                j.jobId,
                j.accountId,
                j.projectId,
                j.environmentId,
                text(j.name),
                text(j.environmentName),
                text(j.cron),
                j.scheduled ? 1 : 0,
                millis(j.nextRun),
                j.activeRunId == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                   : QVariant(j.activeRunId),
                j.activeRunId == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(j.activeStatus),
                millis(j.lastRunCreated),
                millis(j.seenAt) });
    });
}

void HistoryStore::recordRun(const HistoryRun &r)
{
    write([r](HistoryWorker &w) {
        run(w,
            QStringLiteral(
                "INSERT OR IGNORE INTO accounts (connection_id, account_id) VALUES (?, ?)"),
            { r.connectionId, r.accountId });
        if (r.jobId != 0) {
            run(w,
                QStringLiteral("INSERT INTO jobs (connection_id, job_id, account_id, project_id, "
                               "environment_id, name) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO "
                               "UPDATE SET name = coalesce(excluded.name, name)"),
                { r.connectionId,
                    r.jobId,
                    r.accountId,
                    r.projectId,
                    r.environmentId,
                    text(r.jobName) });
        }
        run(w,
            QStringLiteral("INSERT OR REPLACE INTO runs (connection_id, run_id, account_id, "
                           "project_id, environment_id, job_id, status, created_at, started_at, "
                           "finished_at, duration_s, queued_s, trigger, git_branch, git_sha) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { r.connectionId,
                r.runId,
                r.accountId,
                r.projectId,
                r.environmentId,
                r.jobId,
                r.status,
                millis(r.createdAt),
                millis(r.startedAt),
                millis(r.finishedAt),
                r.durationSeconds,
                r.queuedSeconds,
                text(r.trigger),
                text(r.gitBranch),
                text(r.gitSha) });
        // The run's results carry its environment and finish time (schema 5): results read
        // before the run was recorded, or a run recorded again with other values, follow it.
        const QVariant finished = millis(r.finishedAt);
        run(w,
            QStringLiteral("UPDATE node_results SET environment_id = ?, finished_at = ? WHERE "
                           "connection_id = ? AND run_id = ? AND (environment_id IS NOT ? OR "
                           "finished_at IS NOT ?)"),
            { r.environmentId, finished, r.connectionId, r.runId, r.environmentId, finished });
        for (const HistoryRun::Step &s : r.steps) {
            run(w,
                QStringLiteral(
                    "INSERT OR REPLACE INTO steps (connection_id, run_id, step_index, "
                    "name, status, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { r.connectionId,
                    r.runId,
                    s.index,
                    text(s.name),
                    s.status,
                    millis(s.startedAt),
                    millis(s.finishedAt) });
        }
    });
}

void HistoryStore::recordResults(const QString &connectionId,
    qint64 runId,
    int step,
    ResultsOutcome outcome,
    const QList<HistoryNodeResult> &results)
{
    write([=](HistoryWorker &w) {
        run(w,
            QStringLiteral("INSERT OR REPLACE INTO result_fetches (connection_id, run_id, "
                           "step_index, outcome) VALUES (?, ?, ?, ?)"),
            { connectionId, runId, step, int(outcome) });
        // The run's environment and finish time, copied onto each result (NULL while the run
        // is not recorded: recordRun fills them in then).
        QVariant environment(QMetaType(QMetaType::LongLong)), finished(environment);
        if (!results.isEmpty()) {
            QSqlQuery &owner =
                w.prepared(QStringLiteral("SELECT environment_id, finished_at FROM runs WHERE "
                                          "connection_id = ? AND run_id = ?"));
            owner.bindValue(0, connectionId);
            owner.bindValue(1, runId);
            if (!owner.exec()) {
                w.fail(owner);
            } else if (owner.next()) {
                environment = owner.value(0);
                finished = owner.value(1);
            }
            owner.finish();
        }
        const QString insert = QStringLiteral(
            "INSERT OR REPLACE INTO node_results (connection_id, run_id, step_index, "
            "unique_id, status, execution_time, signature, environment_id, finished_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const HistoryNodeResult &n : results) {
            const bool failed = n.status != QLatin1String("success")
                && n.status != QLatin1String("pass") && n.status != QLatin1String("skipped");
            run(w,
                insert,
                { connectionId,
                    runId,
                    step,
                    n.uniqueId,
                    n.status,
                    n.executionTime,
                    failed ? QVariant(messageSignature(n.uniqueId, n.message))
                           : QVariant(QMetaType(QMetaType::QString)),
                    environment,
                    finished });
        }
    });
}

void HistoryStore::saveInboxGroup(const InboxGroup &g)
{
    write([g](HistoryWorker &w) {
        run(w,
            QStringLiteral("INSERT OR REPLACE INTO inbox_groups (group_key, connection_id, "
                           "account_id, project_id, unique_id, signature, message, label, "
                           "first_seen, last_seen, runs_affected, newest_run_id, newest_step, "
                           "newest_job_id, resolved_at, acknowledged, snoozed_until, "
                           "snooze_until_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?)"),
            { g.key,
                g.connectionId,
                g.accountId,
                g.projectId,
                g.uniqueId,
                g.signature,
                text(g.message),
                int(g.label),
                millis(g.firstSeen),
                millis(g.lastSeen),
                g.runsAffected,
                g.newestRunId,
                g.newestStep,
                g.newestJobId,
                millis(g.resolvedAt),
                int(g.acknowledged),
                millis(g.snoozedUntil),
                int(g.snoozeUntilChange) });
    });
}

void HistoryStore::saveInboxNode(const InboxNode &n)
{
    write([n](HistoryWorker &w) {
        run(w,
            QStringLiteral("INSERT OR REPLACE INTO inbox_nodes (node_key, outcomes, open_group) "
                           "VALUES (?, ?, ?)"),
            { n.key, n.outcomes, text(n.openGroup) });
    });
}

void HistoryStore::removeInboxGroup(const QString &key)
{
    write([key](HistoryWorker &w) {
        run(w, QStringLiteral("DELETE FROM inbox_groups WHERE group_key = ?"), { key });
    });
}

void HistoryStore::flush(std::function<void()> done)
{
    HistoryStore *self = this;
    post([self, done](HistoryWorker &) {
        if (done) {
            deliver(self, done);
        }
    });
}

void HistoryStore::prune(std::chrono::hours maxAge, qint64 maxBytes, std::function<void(int)> done)
{
    HistoryStore *self = this;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    post([=](HistoryWorker &w) {
        int removed = 0;
        QString error;
        const bool ok = w.runBatch({ [&](HistoryWorker &worker) {
            if (maxAge.count() > 0) {
                const qint64 cutoff =
                    now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(maxAge).count())
                        .toMSecsSinceEpoch();
                removed += deleteRuns(worker, QStringLiteral("r.finished_at < ?"), { cutoff });
                run(worker,
                    QStringLiteral("DELETE FROM inbox_groups WHERE resolved_at IS NOT NULL AND "
                                   "resolved_at < ?"),
                    { cutoff });
            }
        } },
            &error);
        if (ok && maxBytes > 0 && w.isOpen()) {
            // Oldest runs first, a tenth at a time, each step its own transaction, until the
            // data fits; the free pages are then handed back to the file system.
            for (int rounds = 0; rounds < 64 && usedBytes(w.db()) > maxBytes; ++rounds) {
                const qint64 runs = scalar(w.db(), QStringLiteral("SELECT count(*) FROM runs"));
                if (runs <= 0) {
                    break;
                }
                const qint64 chunk = std::max<qint64>(1, runs / 10);
                w.runBatch({ [&](HistoryWorker &worker) {
                    removed += deleteRuns(worker,
                        QStringLiteral("(r.connection_id, r.run_id) IN (SELECT connection_id, "
                                       "run_id FROM runs ORDER BY coalesce(finished_at, 0) "
                                       "LIMIT ?)"),
                        { chunk });
                } },
                    &error);
            }
        }
        // The driver steps a statement once, and incremental_vacuum frees one page per step:
        // a VACUUM (on this thread, rare: only when a quarter of the file is free) gives the
        // space back instead.
        if (w.isOpen()
            && scalar(w.db(), QStringLiteral("PRAGMA freelist_count")) * 4
                > scalar(w.db(), QStringLiteral("PRAGMA page_count"))) {
            exec(w, QStringLiteral("VACUUM"));
        }
        if (w.isOpen()) {
            exec(w, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        if (!error.isEmpty()) {
            deliver(self, [self, error] {
                Q_EMIT self->writeFailed(error);
            });
        }
        deliver(self, [done, removed] {
            if (done) {
                done(removed);
            }
        });
    });
}

void HistoryStore::clear(std::function<void()> done)
{
    HistoryStore *self = this;
    post([self, done](HistoryWorker &w) {
        QString error;
        w.runBatch({ [](HistoryWorker &worker) {
            for (const char *table : { "accounts",
                     "jobs",
                     "runs",
                     "steps",
                     "node_results",
                     "result_fetches",
                     "inbox_groups",
                     "inbox_nodes" }) {
                exec(worker, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
            }
        } },
            &error);
        if (w.isOpen()) {
            exec(w, QStringLiteral("VACUUM"));
            exec(w, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        if (!error.isEmpty()) {
            deliver(self, [self, error] {
                Q_EMIT self->writeFailed(error);
            });
        }
        if (done) {
            deliver(self, done);
        }
    });
}

} // namespace Dbtc::Models
