// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/pulse.h"

#include "api/types/runstatus.h"
#include "models/common/cronschedule.h"
#include "models/history/historystore.h"
#include "models/history/historytime.h"

#include <QSqlQuery>
#include <QVariant>

namespace Dbtc::Models {

namespace {

using HistoryTime::fromMillis;

//! Sums up one job's newest finished runs (newest first).
void summarizeRuns(PulseJob &job, QSqlQuery &runs)
{
    bool first = true;
    while (runs.next()) {
        const int status = runs.value(1).toInt();
        const QDateTime created = fromMillis(runs.value(2));
        const QDateTime finished = fromMillis(runs.value(3));
        if (first) {
            job.lastRunId = runs.value(0).toLongLong();
            job.lastStatus = status;
            job.lastFinished = finished;
            if (!job.lastRunCreated.isValid() || created > job.lastRunCreated) {
                job.lastRunCreated = created;
            }
            first = false;
        }
        if (status == int(Api::RunStatus::Success)) {
            job.lastSuccess = finished;
            return; // everything older is before the last success
        }
        // Everything since the last success: a cancelled run neither breaks nor extends
        // the failures.
        if (status == int(Api::RunStatus::Error)) {
            job.failingSince = created;
            ++job.failuresInARow;
        }
    }
}

QList<PulseJob> queryPulse(QSqlDatabase &db)
{
    QList<PulseJob> out;
    QSqlQuery jobs(db);
    jobs.setForwardOnly(true);
    if (!jobs.exec(QStringLiteral(
            "SELECT connection_id, job_id, account_id, project_id, environment_id, name, "
            "environment_name, cron, scheduled, next_run, active_run_id, active_status, "
            "last_run_created, seen_at FROM jobs ORDER BY connection_id, account_id, "
            "project_id, environment_id, name"))) {
        return out;
    }
    QSqlQuery runs(db);
    runs.setForwardOnly(true);
    runs.prepare(QStringLiteral(
        "SELECT run_id, status, created_at, finished_at FROM runs WHERE connection_id = ? "
        "AND job_id = ? ORDER BY run_id DESC LIMIT 200"));
    while (jobs.next()) {
        PulseJob j;
        j.connectionId = jobs.value(0).toString();
        j.jobId = jobs.value(1).toLongLong();
        j.accountId = jobs.value(2).toLongLong();
        j.projectId = jobs.value(3).toLongLong();
        j.environmentId = jobs.value(4).toLongLong();
        j.name = jobs.value(5).toString();
        j.environmentName = jobs.value(6).toString();
        j.cron = jobs.value(7).toString();
        j.scheduled = jobs.value(8).toInt() != 0;
        j.nextRun = fromMillis(jobs.value(9));
        j.activeRunId = jobs.value(10).toLongLong();
        j.activeStatus = jobs.value(11).toInt();
        j.lastRunCreated = fromMillis(jobs.value(12));
        j.seenAt = fromMillis(jobs.value(13));
        runs.bindValue(0, j.connectionId);
        runs.bindValue(1, j.jobId);
        if (runs.exec()) {
            summarizeRuns(j, runs);
        }
        runs.finish();
        if (j.lastStatus != int(Api::RunStatus::Error)) { // only a failing job fails "since"
            j.failingSince = {};
            j.failuresInARow = 0;
        }
        out.append(j);
    }
    return out;
}

} // namespace

void readPulse(HistoryStore &store, std::function<void(QList<PulseJob>)> done)
{
    store.read<QList<PulseJob>>(queryPulse, std::move(done));
}

QDateTime overdueSince(const QString &cron,
    const QDateTime &lastRunCreated,
    const QDateTime &now,
    std::chrono::minutes grace)
{
    const auto schedule = CronSchedule::parse(cron);
    if (!schedule) {
        return {};
    }
    const QDateTime cutoff = now.addSecs(-std::chrono::seconds(grace).count());
    // The latest firing at or before the cutoff: look back an hour, then a day, then five
    // weeks, so that a cron every minute costs 60 steps and a monthly one a handful.
    for (const qint64 window : { 3600LL, 86400LL, 35LL * 86400 }) {
        QDateTime latest;
        QDateTime t = cutoff.addSecs(-window);
        for (int guard = 0; guard < 2000; ++guard) {
            const QList<QDateTime> next = schedule->nextRuns(t, 1);
            if (next.isEmpty() || next.first() > cutoff) {
                break;
            }
            latest = t = next.first();
        }
        if (latest.isValid()) {
            // A run created a minute early still counts (dbt Cloud's scheduler is not exact).
            const bool ran = lastRunCreated.isValid() && lastRunCreated >= latest.addSecs(-60);
            return ran ? QDateTime() : latest;
        }
    }
    return {};
}

} // namespace Dbtc::Models
