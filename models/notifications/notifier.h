// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace Dbtc::Models {

class WatchList;

//! \brief Turns the run lists the pollers fetch into "a watched job's run finished" events.
//!
//! It is fed with whatever run lists arrive (several pollers may overlap, and the same run is
//! seen in many polls) and emits runFinished exactly once per finished run of a watched job:
//! for runs it saw in progress, and for runs newer than anything it knew when it first heard of
//! the connection. History that was already finished at that first observation is never
//! announced (starting the app must not replay yesterday's failures as notifications), but it
//! does count towards failingJobCount(): a job whose latest run failed is failing.
class RunNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunNotifier)

public:
    explicit RunNotifier(WatchList *watchList, QObject *parent = nullptr);
    ~RunNotifier() override;

    void observeRuns(const QString &connectionId, const QList<Api::Run> &runs);
    //! \brief Like observeRuns, for runs of jobs the caller sees for the first time (a job
    //! just starred, or the first background poll): their finished runs are history, never
    //! announced, even when newer than the baseline another poller set. A run seen in flight
    //! before still is announced when it has finished.
    void observeHistory(const QString &connectionId, const QList<Api::Run> &runs);
    //! Names for runs fetched without include_related=job (the navigator knows them).
    void setJobName(const QString &connectionId, qint64 jobId, const QString &name);
    QString jobName(const QString &connectionId, qint64 jobId) const;

    //! Watched jobs (all connections) whose latest finished run is an error.
    int failingJobCount() const { return m_failing; }

    //! The latest failed run of each failing watched job of \a connectionId.
    QList<Api::Run> failingRuns(const QString &connectionId) const;
    void forgetConnection(const QString &connectionId);

Q_SIGNALS:
    void runFinished(const QString &connectionId, const Dbtc::Api::Run &run);
    void failingJobsChanged(int count);

private:
    struct ConnectionState
    {
        bool baselined = false;
        qint64 baselineMaxId = 0;
        QSet<qint64> inFlight; //!< runs seen queued/starting/running
        QSet<qint64> announced; //!< finished runs already handled
        QHash<qint64, Api::Run> lastOutcome; //!< job id -> its newest finished run
        QHash<qint64, QString> jobNames;
    };

    void recountFailing();

    WatchList *m_watchList;
    QHash<QString, ConnectionState> m_connections;
    int m_failing = 0;
};

} // namespace Dbtc::Models
