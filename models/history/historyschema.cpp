// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/historyschema.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Dbtc::Models::HistorySchema {

// Times are UTC milliseconds since the epoch (INTEGER). A released version's statements never
// change: a new column or table is a new version.
QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral(
                "CREATE TABLE accounts (connection_id TEXT NOT NULL, account_id INTEGER "
                "NOT NULL, name TEXT, PRIMARY KEY (connection_id, account_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE jobs (connection_id TEXT NOT NULL, job_id INTEGER NOT NULL, "
                "account_id INTEGER NOT NULL, project_id INTEGER, environment_id INTEGER, "
                "name TEXT, PRIMARY KEY (connection_id, job_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE runs (connection_id TEXT NOT NULL, run_id INTEGER NOT NULL, "
                "account_id INTEGER NOT NULL, project_id INTEGER, environment_id INTEGER, "
                "job_id INTEGER, status INTEGER NOT NULL, created_at INTEGER, "
                "started_at INTEGER, finished_at INTEGER, duration_s INTEGER, "
                "queued_s INTEGER, trigger TEXT, git_branch TEXT, git_sha TEXT, "
                "PRIMARY KEY (connection_id, run_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE steps (connection_id TEXT NOT NULL, run_id INTEGER NOT NULL, "
                "step_index INTEGER NOT NULL, name TEXT, status INTEGER, "
                "started_at INTEGER, finished_at INTEGER, "
                "PRIMARY KEY (connection_id, run_id, step_index)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE node_results (connection_id TEXT NOT NULL, run_id INTEGER "
                "NOT NULL, step_index INTEGER NOT NULL, unique_id TEXT NOT NULL, "
                "status TEXT, execution_time REAL, "
                "PRIMARY KEY (connection_id, run_id, step_index, unique_id)) WITHOUT ROWID"),
        };
    case 2:
        return {
            QStringLiteral("ALTER TABLE node_results ADD COLUMN signature TEXT"),
            QStringLiteral("CREATE INDEX runs_by_finish ON runs (finished_at)"),
            QStringLiteral("CREATE INDEX runs_by_job ON runs (connection_id, job_id, run_id)"),
            // Which run steps' run_results were read (or were missing / over budget): each is
            // downloaded once.
            QStringLiteral(
                "CREATE TABLE result_fetches (connection_id TEXT NOT NULL, run_id "
                "INTEGER NOT NULL, step_index INTEGER NOT NULL, outcome INTEGER NOT NULL, "
                "PRIMARY KEY (connection_id, run_id, step_index)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE inbox_groups (group_key TEXT PRIMARY KEY, connection_id TEXT "
                "NOT NULL, account_id INTEGER, project_id INTEGER, unique_id TEXT NOT NULL, "
                "signature TEXT NOT NULL, message TEXT, label INTEGER NOT NULL, "
                "first_seen INTEGER, last_seen INTEGER, runs_affected INTEGER NOT NULL, "
                "newest_run_id INTEGER, newest_step INTEGER, newest_job_id INTEGER, "
                "resolved_at INTEGER, acknowledged INTEGER NOT NULL DEFAULT 0, "
                "snoozed_until INTEGER, snooze_until_change INTEGER NOT NULL DEFAULT 0) "
                "WITHOUT ROWID"),
            // The last outcomes of each node (oldest first, 'P' passed / 'F' failed): what
            // "flaky" is decided on.
            QStringLiteral("CREATE TABLE inbox_nodes (node_key TEXT PRIMARY KEY, outcomes TEXT NOT "
                           "NULL, open_group TEXT) WITHOUT ROWID"),
        };
    case 3:
        return {
            // Model performance reads an environment's runs over a window, then their results
            // by the node_results key (connection, run): without this it scans every run.
            QStringLiteral("CREATE INDEX runs_by_environment ON runs (connection_id, "
                           "environment_id, finished_at)"),
        };
    case 4:
        return {
            // The pulse page: each job's schedule and what it is doing now, as the watch last
            // saw them, so the page shows at start, offline, before the first poll answers.
            QStringLiteral("ALTER TABLE jobs ADD COLUMN environment_name TEXT"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN cron TEXT"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN scheduled INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN next_run INTEGER"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN active_run_id INTEGER"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN active_status INTEGER"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN last_run_created INTEGER"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN seen_at INTEGER"),
        };
    case 5:
        return {
            // Model performance over a long window groups an environment's results per node:
            // reached through the runs, that is a sort of every result in the window (most of
            // the 90-day query's time). Each result keeps its run's environment and finish
            // time (written with it, and by recordRun when the run comes or changes later), so
            // an index in node order hands them over already grouped, and the ranked nodes'
            // sparklines are a few seeks. Within a node the index keeps the runs' order
            // (finished_at, run_id, step_index), so sums add up in the same order either way.
            // Results of runs not (yet) recorded stay NULL, which
            // no window matches: the same as the join to runs.
            QStringLiteral("ALTER TABLE node_results ADD COLUMN environment_id INTEGER"),
            QStringLiteral("ALTER TABLE node_results ADD COLUMN finished_at INTEGER"),
            QStringLiteral("UPDATE node_results SET (environment_id, finished_at) = (SELECT "
                           "r.environment_id, r.finished_at FROM runs r WHERE r.connection_id = "
                           "node_results.connection_id AND r.run_id = node_results.run_id)"),
            QStringLiteral("CREATE INDEX node_results_by_node ON node_results (connection_id, "
                           "environment_id, unique_id, finished_at, run_id, step_index, status, "
                           "execution_time)"),
        };
    default:
        return {};
    }
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error)
{
    int version = userVersion(db);
    if (version < 0) {
        *error = QObject::tr("The history database cannot be read: %1").arg(db.lastError().text());
        return false;
    }
    if (version > CurrentVersion) {
        *error = QObject::tr("The history database was written by a newer version of the app "
                             "(schema %1, this app knows %2).")
                     .arg(version)
                     .arg(CurrentVersion);
        return false;
    }
    while (version < CurrentVersion) {
        const int next = version + 1;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        for (const QString &statement : migrationTo(next)) {
            if (!q.exec(statement)) {
                *error = QObject::tr("Upgrading the history database to schema %1 failed: %2")
                             .arg(next)
                             .arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
        version = next;
    }
    return true;
}

} // namespace Dbtc::Models::HistorySchema
