// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"
#include "models/common/requesttracker.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Dbtc::Api {
class ApiJob;
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class RunArtifacts;

//! \brief A node's status in one earlier run of the same job.
struct NodeRunStatus
{
    qint64 runId = 0;
    QString gitSha;
    QDateTime finishedAt;
    QString status; //!< success, pass, error, fail, ..., "" = not in that run
    bool resultsMissing = false; //!< the run saved no run_results for the step
};

//! \brief "Is it new?": when a failing node last passed and when it started failing.
struct NodeHistory
{
    QList<NodeRunStatus> runs; //!< newest first, the current run excluded
    int lastSuccess = -1; //!< index into runs, -1 = none in the window
    int firstFailure = -1; //!< oldest failing run after lastSuccess; -1 = only this run
    QStringList shasBetween; //!< distinct SHAs from the first failure up to this run
    bool complete = false; //!< all runs in the window were read

    //! "New in this run: it passed in run 123 (abc1234)" and similar plain words.
    QString summary(qint64 currentRunId, const QString &currentSha) const;
};

//! Builds the history of one node from per-run statuses (newest first). Pure, for tests.
NodeHistory historyFrom(const QList<NodeRunStatus> &runs, const QString &currentSha);

//! \brief Looks a failing node up in the job's previous runs: lists the newest ~10 runs of the
//! job (one request), then reads their run_results.json for the same step, newest first, one at
//! a time and at background priority, and stops early once every node has a success.
class TriageHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageHistory)

public:
    static constexpr int Window = 10;

    TriageHistory(RunArtifacts *artifacts, QObject *parent = nullptr);

    void setClient(Api::Client *client);
    //! Starts (or extends) the lookup of \a uniqueIds of \a stepIndex for \a run.
    void request(const Api::Run &run, int stepIndex, const QStringList &uniqueIds);
    void clear();

    //! The history so far; complete is false while runs are still being read.
    NodeHistory history(const QString &uniqueId) const;

    bool isLoading() const { return m_loading; }

    QString error() const { return m_error; }

Q_SIGNALS:
    void updated();

private:
    struct Pending
    {
        int stepIndex = 0;
        QStringList ids;
    };

    void listRuns(qint64 offset = 0);
    void next();

    RunArtifacts *m_artifacts;
    QPointer<Api::Client> m_client;
    qint64 m_runId = 0;
    qint64 m_jobId = 0;
    QString m_currentSha;
    QList<Api::Run> m_previous; //!< complete runs before m_runId, newest first
    bool m_listed = false;
    bool m_loading = false;
    QString m_error;
    QList<Pending> m_queue; //!< (step, ids) still to look up
    QHash<QString, QList<NodeRunStatus>> m_statuses; //!< per unique id, newest first
    int m_cursor = 0; //!< next run of m_previous to read for m_queue.first()
    RequestTracker m_requests; //!< the runs list; artifact reads go through m_artifacts
};

} // namespace Dbtc::Models
