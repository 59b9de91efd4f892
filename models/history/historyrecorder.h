// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/job.h"
#include "api/types/run.h"
#include "models/history/historyrecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace Dbtc::Models {

class FailureInbox;
class HistoryStore;
class RunArtifacts;

//! \brief Feeds the history and the failure inbox from the runs the watch sees: each finished
//! run is written once, and the run_results.json of each of its dbt steps is read once (through
//! the connection's RunArtifacts, so it is the same cached download triage uses), one file at a
//! time at the artifacts' background pace. A file over the size budget is not parsed and not
//! asked for again; a failed download is tried again the next time the run is seen.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    static constexpr qint64 DefaultResultsBudget = 64LL * 1024 * 1024;

    //! \a store and \a inbox (may be null) must outlive the recorder.
    HistoryRecorder(HistoryStore *store, FailureInbox *inbox, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    //! Largest run_results.json read, in bytes.
    void setResultsBudget(qint64 bytes) { m_budget = bytes; }

    //! \a artifacts (the session's, it must outlive the connection here) serves the downloads.
    void addConnection(const QString &connectionId, RunArtifacts *artifacts);
    void removeConnection(const QString &connectionId);

    //! The entry point: runs as a poller saw them; unfinished ones and runs already
    //! recorded cost nothing.
    void recordRuns(const QString &connectionId, const QList<Api::Run> &runs);
    //! The watch's job list: each job's schedule and what it runs now (the pulse page).
    void recordJobs(const QString &connectionId, const QList<Api::Job> &jobs);
    void recordRun(const QString &connectionId, const Api::Run &run);

    //! The run_results files still to read.
    int pendingFetches() const { return int(m_queue.size()) + (m_fetching ? 1 : 0); }

    static HistoryRun historyRunFrom(const QString &connectionId, const Api::Run &run);
    //! The steps whose run_results to read: the dbt command steps, or 0 (the last step) when
    //! the run came without its steps.
    static QList<int> resultSteps(const Api::Run &run);

Q_SIGNALS:
    //! A step's results were filed (or found missing / over budget).
    void resultsRecorded(
        const QString &connectionId, qint64 runId, int step, ResultsOutcome outcome);
    void idle();

private:
    struct Fetch
    {
        QString connectionId;
        Api::Run run;
        int step = 0;
    };

    void enqueue(const QString &connectionId, const Api::Run &run);
    void next();
    void finish(
        const Fetch &fetch, ResultsOutcome outcome, const QList<HistoryNodeResult> &results);
    //! The connection's RunArtifacts goes (or is replaced): its fetch in flight never answers.
    void abandon(const QString &connectionId);

    HistoryStore *m_store;
    QPointer<FailureInbox> m_inbox;
    QHash<QString, QPointer<RunArtifacts>> m_artifacts;
    QSet<QString> m_recordedRuns; //!< "connection/run" written in this process
    QSet<QString> m_fetched; //!< fetchedStepKey()s done, from the database and this process
    QSet<QString> m_queued;
    QList<Fetch> m_queue;
    QList<QPair<QString, Api::Run>> m_waiting; //!< seen before the fetched steps were read
    bool m_fetchedLoaded = false;
    bool m_fetching = false;
    Fetch m_current; //!< the fetch in flight while m_fetching
    quint64 m_serial = 0; //!< drops the answer of a fetch abandoned with its connection
    qint64 m_budget = DefaultResultsBudget;
};

} // namespace Dbtc::Models
