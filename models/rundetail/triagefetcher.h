// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"
#include "models/common/pollschedule.h"
#include "models/common/requesttracker.h"
#include "models/rundetail/triage.h"

#include <QList>
#include <QObject>

namespace Dbtc::Api {
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class RunArtifacts;

//! \brief Works out, for every failed step of a run, which nodes failed and why: the step's
//! run_results.json, else its sources.json (freshness), else the tail of the step log, and
//! says which one answered. Then reads the step's manifest.json (in the background) for each
//! node's path, description, depends_on and tests. Downloads are cached per run and step.
class TriageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageFetcher)

public:
    explicit TriageFetcher(RunArtifacts *artifacts, QObject *parent = nullptr);

    //! Starts over for \a run (which must carry its steps). Steps are triaged once the run is
    //! complete: artifacts only exist after it finished. Calling it again with a newer state of
    //! the same run only picks up steps not triaged yet.
    void setRun(const Api::Run &run);
    void clear();

    //! A step whose run_results.json failed to download (an outage, a broken body, a 429)
    //! shows its fallback at once and is tried again by itself on this clock (backoff from
    //! twice the fast interval, capped), until the file arrives or the run changes: the
    //! failures tab recovers without reopening the run. Default: PollSchedule's intervals.
    void setRetryIntervals(const PollSchedule::Intervals &intervals);
    //! Inactive (page hidden): no retries until active again.
    void setActive(bool active);

    const QList<StepTriage> &steps() const { return m_steps; }

    const StepTriage *step(int stepIndex) const;
    bool isBusy() const;

Q_SIGNALS:
    //! A step's triage was added or changed (loading done, fallback taken, manifest added).
    void stepChanged(int stepIndex);

private:
    //! A file of the fallback ladder and what follows it when it names no node.
    struct Attempt
    {
        QString file;
        TriageSource source;
        QString nothingFound; //!< "no failing node in it"
        bool keepsError; //!< its download error is the step's artifactError
        void (TriageFetcher::*next)(int stepIndex);
    };

    void tryRunResults(int stepIndex);
    void trySources(int stepIndex);
    void tryNodesFile(int stepIndex, const Attempt &attempt);
    void useLogTail(int stepIndex);
    void loadManifest(int stepIndex);
    StepTriage *mutableStep(int stepIndex);
    void finish(int stepIndex, TriageSource source, QList<TriageNode> nodes);
    void retryFailedDownloads();
    void retryDone(const QString &error);

    RunArtifacts *m_artifacts;
    qint64 m_runId = 0;
    QList<Api::RunStep> m_runSteps;
    QList<StepTriage> m_steps;
    //! Answers (downloads, parses) for a run no longer shown are dropped. The jobs themselves
    //! belong to m_artifacts, which the owner aborts when the run changes.
    RequestTracker m_requests;
    PollSchedule m_retry; //!< the clock of the failed downloads' retries
    int m_retriesPending = 0;
    QString m_retryError; //!< the last retry's error, for the backoff
};

} // namespace Dbtc::Models
