// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Dbtc::Api {
class Client;
struct Run;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class ArtifactIndex;
class RunArtifacts;

//! \brief What one dbt step of a job would select, as dbt itself would ("this step selects 42
//! nodes: 30 models, 12 tests").
struct StepSelectionCount
{
    QString command; //!< the step as written
    bool selects = false; //!< false for dbt deps, debug, ... (they select no nodes)
    QString error; //!< the step's selection is malformed (column and reason), or unparseable
    int total = 0, models = 0, tests = 0, seeds = 0, snapshots = 0, sources = 0, others = 0;
    QStringList uniqueIds; //!< sorted

    //! "42 nodes (30 models, 12 tests)", the parts that are not zero.
    QString summary() const;
};

//! \brief A job's steps evaluated against the environment's latest manifest.
struct StepSelectionPreview
{
    QList<StepSelectionCount> steps;
    qint64 manifestRunId = 0; //!< the successful run whose manifest.json was used
    QString error; //!< no manifest to evaluate against (no successful run, download failed)
};

//! \brief What "rerun from failure" reruns in the failed step: dbt retry takes the nodes that
//! errored, failed or were skipped in that step's run_results.json; the step's selection (per
//! the engine, on the step's manifest) says how many it selected in all.
struct RetryNodes
{
    QString stepCommand; //!< "dbt build -s tag:nightly+"; empty when the step name hides it
    QStringList failed; //!< error, fail, runtime error; sorted unique ids
    QStringList skipped; //!< sorted
    int stepSelects = -1; //!< nodes the step's selection picks; -1 when it cannot be known
    QString error; //!< no run_results.json for the step, download failed, ...
};

//! \brief Evaluates job steps with dbt's selection engine against the manifest of the newest
//! successful run of the environment. The manifest is downloaded once through RunArtifacts (its
//! disk cache serves it after a restart) and parsed once; the parsed index is kept per
//! environment, so editing a step in the trigger dialog re-evaluates in milliseconds. The newest
//! successful run is looked up again after kRecheckSeconds, so a deploy that changed the
//! project is picked up.
class StepSelectionPreviewer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepSelectionPreviewer)

public:
    using Done = std::function<void(const StepSelectionPreview &preview)>;

    StepSelectionPreviewer(Api::Client *client, RunArtifacts *artifacts, QObject *parent = nullptr);
    ~StepSelectionPreviewer() override;

    //! \a done runs on this object's thread, unless \a context is gone by then.
    void preview(qint64 environmentId, const QStringList &steps, QObject *context, Done done);

    //! Evaluation only (for tests and the command line): \a index is a manifest.
    static StepSelectionPreview evaluate(const ArtifactIndex &index, const QStringList &steps);

    //! The nodes a retry of \a run reruns in its failed step (dbt Cloud's \a failedStepName,
    //! from runs/{id}/retry/). Reads the step's run_results.json and manifest.json through
    //! RunArtifacts (cached like every artifact).
    void retryNodes(const Api::Run &run,
        const QString &failedStepName,
        QObject *context,
        std::function<void(const RetryNodes &)> done);

    //! Evaluation only: \a results is the failed step's run_results.json, \a manifest its
    //! manifest.json (may be null: no selection count then).
    static RetryNodes evaluateRetry(
        const ArtifactIndex &results, const ArtifactIndex *manifest, const QString &stepCommand);

    static constexpr int kRecheckSeconds = 600;

private:
    struct Manifest;
    void withManifest(qint64 environmentId,
        QObject *context,
        std::function<void(std::shared_ptr<const ArtifactIndex>, qint64 runId, QString error)>
            then);

    void retryNodesOfStep(qint64 runId,
        int stepIndex,
        const QString &stepCommand,
        QObject *context,
        std::function<void(const RetryNodes &)> done);

    QPointer<QObject> m_clientObject;
    Api::Client *m_client;
    RunArtifacts *m_artifacts;
    QHash<qint64, std::shared_ptr<Manifest>> m_manifests; //!< by environment
};

} // namespace Dbtc::Models
