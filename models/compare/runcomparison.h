// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"
#include "models/common/requesttracker.h"
#include "models/compare/runsettingsdiff.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

class RunArtifacts;
class RunDiffJob;
struct RunDiff;

//! \brief What the run diff page shows: the two runs (as dbt Cloud describes them; empty for
//! local folders), how they were started differently, and the artifact diff. `diff` is null
//! when the artifacts could not be compared; `artifactsMessage` then says why in plain words.
struct RunComparisonResult
{
    Api::Run before;
    Api::Run after;
    QString beforeLabel; //!< "Run #123" or the folder compared
    QString afterLabel;
    QList<RunSettingChange> settings;
    QString shaRange;
    std::shared_ptr<const RunDiff> diff;
    QString artifactsMessage;
};

//! \brief Compares two runs of a connection (one per ConnectionSession), or two local target
//! folders: fetches both runs, downloads each one's run_results.json and manifest.json through
//! the one download path (RunArtifacts, cached), then diffs them off the GUI thread
//! (RunDiffJob). A new compare supersedes the one in flight: its answers are dropped.
class RunComparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunComparison)

public:
    RunComparison(Api::Client *client, RunArtifacts *artifacts, QObject *parent = nullptr);
    ~RunComparison() override;

    //! The older run (by id) is "before", whichever order the user picked them in.
    void compareRuns(qint64 firstRunId, qint64 secondRunId);
    //! \a runId against the newest successful run of its job before it.
    void compareWithLastSuccess(qint64 runId);
    //! Two run_results.json files or target folders on disk (a manifest beside adds SQL).
    void compareFolders(const QString &before, const QString &after);
    void cancel();

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    //! What is being done ("Downloading run_results.json of run #12…").
    void progress(const QString &what);
    void finished(const Dbtc::Models::RunComparisonResult &result);
    //! Nothing to show: a run could not be fetched, or the runs are not comparable.
    void failed(const QString &message);

private:
    struct Side
    {
        qint64 runId = 0;
        QString runResults; //!< downloaded file, empty until fetched
        QString missing; //!< why this side has no run_results
        int pendingFiles = 0;
    };

    void start();
    void fetchRuns(qint64 beforeId, qint64 afterId);
    void fetchArtifacts(Side &side);
    void sideReady();
    void fail(const QString &message);

    Api::Client *m_client;
    //! A sibling in the session, destroyed before this (the session's children go in order).
    QPointer<RunArtifacts> m_artifacts;
    RunDiffJob *m_diffJob;
    RequestTracker m_requests;
    quint64 m_generation = 0;
    bool m_busy = false;
    int m_runsPending = 0;
    RunComparisonResult m_result;
    Side m_before, m_after;
};

} // namespace Dbtc::Models

Q_DECLARE_METATYPE(Dbtc::Models::RunComparisonResult)
