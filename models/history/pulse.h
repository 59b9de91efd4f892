// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>

namespace Dbtc::Models {

class HistoryStore;

//! \brief One job on the pulse page: where it lives, its schedule, its newest runs and how
//! long it has been failing, as the local history knows them.
struct PulseJob
{
    QString connectionId;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 jobId = 0;
    QString name;
    QString environmentName;
    QString cron;
    bool scheduled = false;
    QDateTime nextRun;
    int lastStatus = 0; //!< int(Api::RunStatus) of the newest finished run; 0: none known
    qint64 lastRunId = 0;
    QDateTime lastFinished;
    QDateTime lastSuccess; //!< finished_at of the newest successful run
    //! The oldest failure after the last success, while the newest finished run failed.
    QDateTime failingSince;
    int failuresInARow = 0;
    qint64 activeRunId = 0; //!< queued or running now (as the watch last saw)
    int activeStatus = 0;
    QDateTime lastRunCreated; //!< the newest run's creation, finished or not
    QDateTime seenAt; //!< when the watch last listed the job
};

//! \brief Every job the history knows, with its runs summed up (the newest 200 runs of each,
//! through the runs_by_job index), on the store's thread; \a done on the caller's.
void readPulse(HistoryStore &store, std::function<void(QList<PulseJob>)> done);

//! \brief When a scheduled job should have started and did not: the latest time \a cron fired
//! at or before \a now - \a grace, if the job's newest run was created before it (a scheduled
//! run appears within seconds of its time; \a grace allows for a queue). Invalid when the job
//! is on time, unscheduled, or \a cron does not parse.
QDateTime overdueSince(const QString &cron,
    const QDateTime &lastRunCreated,
    const QDateTime &now,
    std::chrono::minutes grace = std::chrono::minutes(10));

} // namespace Dbtc::Models
