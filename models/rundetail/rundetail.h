// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"
#include "models/rundetail/timingdata.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace Dbtc::Api {
class ApiJob;
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class RunArtifacts;
class RunDetailFollower;
class TriageFetcher;
class TriageHistory;

//! \brief Everything the run detail page shows about one run of one connection, without the
//! page: follows the run live (RunDetailFollower), works out its failures (TriageFetcher),
//! looks them up in earlier runs (TriageHistory), and fetches on request a step's full debug
//! log and the model timing of a step. One per connection; the view binds to it.
class RunDetail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetail)

public:
    //! \a client and \a artifacts (the connection's artifact service) must outlive this.
    RunDetail(Api::Client *client, RunArtifacts *artifacts, QObject *parent = nullptr);
    ~RunDetail() override;

    //! Stops whatever was shown and loads \a runId with its steps, following it until it
    //! completes. Its triage starts once the run is complete.
    void show(qint64 runId);
    //! Stops following and forgets the run (triage, history, pending fetches).
    void stop();
    //! Inactive (page hidden): no polling; active again polls at once while the run runs.
    void setActive(bool active);
    void setPollInterval(std::chrono::milliseconds interval);
    //! Polls the run now (Refresh).
    void refresh();

    qint64 runId() const { return m_runId; }

    //! The latest state of the run; null until the first answer.
    const Api::Run *run() const;
    bool isFollowing() const;

    //! Fetches the full debug log of a step: debugLogLoaded() or debugLogFailed().
    void fetchDebugLog(const Api::RunStep &step);
    //! Reads the model timing from run_results.json of \a stepIndex: timingLoaded() or
    //! timingFailed(). Only for a finished run (artifacts are saved at the end).
    void fetchTiming(int stepIndex);

    TriageFetcher *triage() const { return m_triage; }

    TriageHistory *history() const { return m_history; }

    RunArtifacts *artifacts() const { return m_artifacts; }

Q_SIGNALS:
    //! A fresh state of the run (with steps); \a first is true for the first answer.
    void runUpdated(const Dbtc::Api::Run &run, bool first);
    void loadFailed(const QString &message);
    //! \a notice is empty, or says that only the last lines came.
    void debugLogLoaded(qint64 stepId, const QString &text, const QString &notice);
    void debugLogFailed(qint64 stepId, const QString &message);
    void timingLoaded(int stepIndex, const Dbtc::Models::TimingData &data);
    void timingFailed(int stepIndex, const QString &message);

private:
    //! Fetches the step's manifest.json and emits timingLoaded() again with depends_on.
    void addTimingManifest(qint64 runId, int stepIndex, const TimingData &timing);

    QPointer<QObject> m_clientObject; //!< QObject: keeps api/client.h out of this header
    Api::Client *m_client;
    RunArtifacts *m_artifacts;
    RunDetailFollower *m_follower;
    TriageFetcher *m_triage;
    TriageHistory *m_history;
    QPointer<Api::ApiJob> m_debugJob;
    qint64 m_runId = 0;
    quint64 m_generation = 0; //!< bumped by show()/stop(): late answers of another run drop
};

} // namespace Dbtc::Models
