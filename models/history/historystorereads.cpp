// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore: the reads (runs of a job, fetched steps, the inbox, row counts), each a query
// on the history's thread delivered back on the caller's. Kept apart from the writes, pruning
// and the batching in historystore.cpp.
#include "models/history/historystore.h"
#include "models/history/historytime.h"

#include <QSqlQuery>
#include <QVariant>

namespace Dbtc::Models {

using HistoryTime::fromMillis;

void HistoryStore::readRuns(const QString &connectionId,
    qint64 jobId,
    int limit,
    std::function<void(QList<HistoryRun>)> done)
{
    read<QList<HistoryRun>>(
        [=](QSqlDatabase &db) {
            QList<HistoryRun> out;
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT run_id, account_id, project_id, environment_id, job_id, "
                               "status, created_at, started_at, finished_at, duration_s, "
                               "queued_s, trigger, git_branch, git_sha FROM runs WHERE "
                               "connection_id = ? AND (? = 0 OR job_id = ?) ORDER BY run_id "
                               "DESC LIMIT ?"));
            q.addBindValue(connectionId);
            q.addBindValue(jobId);
            q.addBindValue(jobId);
            q.addBindValue(limit > 0 ? limit : -1);
            if (!q.exec()) {
                return out;
            }
            while (q.next()) {
                HistoryRun r;
                r.connectionId = connectionId;
                r.runId = q.value(0).toLongLong();
                r.accountId = q.value(1).toLongLong();
                r.projectId = q.value(2).toLongLong();
                r.environmentId = q.value(3).toLongLong();
                r.jobId = q.value(4).toLongLong();
                r.status = q.value(5).toInt();
                r.createdAt = fromMillis(q.value(6));
                r.startedAt = fromMillis(q.value(7));
                r.finishedAt = fromMillis(q.value(8));
                r.durationSeconds = q.value(9).toLongLong();
                r.queuedSeconds = q.value(10).toLongLong();
                r.trigger = q.value(11).toString();
                r.gitBranch = q.value(12).toString();
                r.gitSha = q.value(13).toString();
                out.append(r);
            }
            return out;
        },
        std::move(done));
}

void HistoryStore::readFetchedSteps(std::function<void(QSet<QString>)> done)
{
    read<QSet<QString>>(
        [](QSqlDatabase &db) {
            QSet<QString> out;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral(
                    "SELECT connection_id, run_id, step_index FROM result_fetches"))) {
                while (q.next()) {
                    out.insert(fetchedStepKey(
                        q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt()));
                }
            }
            return out;
        },
        std::move(done));
}

void HistoryStore::readInbox(std::function<void(InboxState)> done)
{
    read<InboxState>(
        [](QSqlDatabase &db) {
            InboxState out;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral(
                    "SELECT group_key, connection_id, account_id, project_id, unique_id, "
                    "signature, "
                    "message, label, first_seen, last_seen, runs_affected, newest_run_id, "
                    "newest_step, newest_job_id, resolved_at, acknowledged, snoozed_until, "
                    "snooze_until_change FROM inbox_groups"))) {
                while (q.next()) {
                    InboxGroup g;
                    g.key = q.value(0).toString();
                    g.connectionId = q.value(1).toString();
                    g.accountId = q.value(2).toLongLong();
                    g.projectId = q.value(3).toLongLong();
                    g.uniqueId = q.value(4).toString();
                    g.signature = q.value(5).toString();
                    g.message = q.value(6).toString();
                    g.label = InboxLabel(std::clamp(q.value(7).toInt(), 0, 2));
                    g.firstSeen = fromMillis(q.value(8));
                    g.lastSeen = fromMillis(q.value(9));
                    g.runsAffected = q.value(10).toInt();
                    g.newestRunId = q.value(11).toLongLong();
                    g.newestStep = q.value(12).toInt();
                    g.newestJobId = q.value(13).toLongLong();
                    g.resolvedAt = fromMillis(q.value(14));
                    g.acknowledged = q.value(15).toBool();
                    g.snoozedUntil = fromMillis(q.value(16));
                    g.snoozeUntilChange = q.value(17).toBool();
                    out.groups.append(g);
                }
            }
            if (q.exec(QStringLiteral("SELECT node_key, outcomes, open_group FROM inbox_nodes"))) {
                while (q.next()) {
                    out.nodes.append(
                        { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
                }
            }
            return out;
        },
        std::move(done));
}

void HistoryStore::countRows(const QString &table, std::function<void(qint64)> done)
{
    static const QStringList tables { QStringLiteral("accounts"),
        QStringLiteral("jobs"),
        QStringLiteral("runs"),
        QStringLiteral("steps"),
        QStringLiteral("node_results"),
        QStringLiteral("result_fetches"),
        QStringLiteral("inbox_groups"),
        QStringLiteral("inbox_nodes") };
    if (!tables.contains(table)) { // a name, never SQL from elsewhere
        if (done) {
            done(-1);
        }
        return;
    }
    read<qint64>(
        [table](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next()
                ? q.value(0).toLongLong()
                : qint64(-1);
        },
        std::move(done));
}

} // namespace Dbtc::Models
