// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/stepselectionpreview.h"

#include "api/client.h"
#include "artifacts/artifactindex.h"
#include "artifacts/selection/selection.h"
#include "models/common/dbtstepname.h"
#include "models/common/runartifacts.h"

#include <QDateTime>

namespace Dbtc::Models {

QString StepSelectionCount::summary() const
{
    QStringList parts;
    auto add = [&parts](int n, const QString &one, const QString &many) {
        if (n > 0) {
            parts.append(n == 1 ? one : many.arg(n));
        }
    };
    add(models, StepSelectionPreviewer::tr("1 model"), StepSelectionPreviewer::tr("%1 models"));
    add(tests, StepSelectionPreviewer::tr("1 test"), StepSelectionPreviewer::tr("%1 tests"));
    add(seeds, StepSelectionPreviewer::tr("1 seed"), StepSelectionPreviewer::tr("%1 seeds"));
    add(snapshots,
        StepSelectionPreviewer::tr("1 snapshot"),
        StepSelectionPreviewer::tr("%1 snapshots"));
    add(sources, StepSelectionPreviewer::tr("1 source"), StepSelectionPreviewer::tr("%1 sources"));
    add(others, StepSelectionPreviewer::tr("1 other"), StepSelectionPreviewer::tr("%1 others"));
    const QString nodes = total == 1 ? StepSelectionPreviewer::tr("1 node")
                                     : StepSelectionPreviewer::tr("%1 nodes").arg(total);
    return parts.isEmpty() ? nodes
                           : nodes + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
}

struct StepSelectionPreviewer::Manifest
{
    qint64 runId = 0;
    std::shared_ptr<const ArtifactIndex> index;
    QString error;
    QDateTime checkedAt;
    bool loading = false;
    QList<std::function<void()>> waiters;

    void settle()
    {
        loading = false;
        checkedAt = QDateTime::currentDateTimeUtc();
        const auto pending = std::exchange(waiters, {});
        for (const auto &w : pending) {
            w();
        }
    }
};

StepSelectionPreviewer::StepSelectionPreviewer(
    Api::Client *client, RunArtifacts *artifacts, QObject *parent)
    : QObject(parent)
    , m_clientObject(client)
    , m_client(client)
    , m_artifacts(artifacts)
{ }

StepSelectionPreviewer::~StepSelectionPreviewer() = default;

StepSelectionPreview StepSelectionPreviewer::evaluate(
    const ArtifactIndex &index, const QStringList &steps)
{
    StepSelectionPreview out;
    for (const QString &step : steps) {
        StepSelectionCount c;
        c.command = step;
        const Selection::StepSelection parsed = Selection::stepSelection(step);
        c.selects = parsed.selects;
        if (!parsed.error.isEmpty()) {
            c.error = parsed.error;
        } else if (parsed.selects) {
            const Selection::Result r = Selection::select(index, parsed.query);
            if (!r.ok()) {
                c.error = r.error->toString();
            } else {
                for (const std::uint32_t e : r.entities) {
                    const Entity &entity = index.entities()[e];
                    c.uniqueIds.append(toQString(entity.uniqueId));
                    switch (entity.type) {
                    case ResourceType::Model:
                        ++c.models;
                        break;
                    case ResourceType::Test:
                    case ResourceType::UnitTest:
                        ++c.tests;
                        break;
                    case ResourceType::Seed:
                        ++c.seeds;
                        break;
                    case ResourceType::Snapshot:
                        ++c.snapshots;
                        break;
                    case ResourceType::Source:
                        ++c.sources;
                        break;
                    default:
                        ++c.others;
                        break;
                    }
                }
                c.total = int(r.entities.size());
            }
        }
        out.steps.append(c);
    }
    return out;
}

void StepSelectionPreviewer::preview(
    qint64 environmentId, const QStringList &steps, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    withManifest(environmentId,
        context,
        [guard, steps, done](
            std::shared_ptr<const ArtifactIndex> index, qint64 runId, QString error) {
            if (!guard) {
                return;
            }
            StepSelectionPreview p;
            if (index) {
                p = evaluate(*index, steps);
            } else {
                p.error = error;
            }
            p.manifestRunId = runId;
            done(p);
        });
}

void StepSelectionPreviewer::withManifest(qint64 environmentId,
    QObject *context,
    std::function<void(std::shared_ptr<const ArtifactIndex>, qint64, QString)> then)
{
    Q_UNUSED(context)
    std::shared_ptr<Manifest> &slot = m_manifests[environmentId];
    if (!slot) {
        slot = std::make_shared<Manifest>();
    }
    const std::shared_ptr<Manifest> m = slot;
    const bool fresh = m->checkedAt.isValid()
        && m->checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < kRecheckSeconds;
    if (fresh && !m->loading) {
        then(m->index, m->runId, m->error);
        return;
    }
    m->waiters.append([m, then] {
        then(m->index, m->runId, m->error);
    });
    if (m->loading) {
        return; // one lookup and one download, however many ask meanwhile
    }
    if (!m_clientObject) {
        m->error = tr("Not connected.");
        m->settle();
        return;
    }
    m->loading = true;
    Api::RunQuery q;
    q.environmentId = environmentId;
    q.status = Api::RunStatus::Success;
    q.orderBy = QStringLiteral("-id");
    q.limit = 1;
    m_client->listRuns(
        q,
        this,
        [this, m](const Api::Result<Api::Page<Api::Run>> &r) {
            if (!r) {
                m->error = tr("Could not find the environment's last successful run: %1")
                               .arg(r.error().userMessage());
                m->settle();
                return;
            }
            if (r->items.isEmpty()) {
                m->index.reset();
                m->runId = 0;
                m->error = tr("No successful run in this environment yet, so there is no manifest "
                              "to evaluate the selection against.");
                m->settle();
                return;
            }
            const qint64 runId = r->items.first().id;
            if (runId == m->runId && m->index) {
                m->settle(); // still the newest: keep the parsed index
                return;
            }
            m_artifacts->fetch(
                runId,
                0,
                QStringLiteral("manifest.json"),
                [this, m, runId](const QString &file, const QString &error, bool notFound) {
                    if (!error.isEmpty()) {
                        m->error = notFound
                            ? tr("Run #%1 has no manifest.json to evaluate the selection against.")
                                  .arg(runId)
                            : tr("Could not download the manifest of run #%1: %2")
                                  .arg(runId)
                                  .arg(error);
                        m->settle();
                        return;
                    }
                    struct Parsed
                    {
                        std::shared_ptr<const ArtifactIndex> index;
                        QString error;
                    };
                    m_artifacts->parse<Parsed>(
                        file,
                        [](const RunArtifacts::Index &index, const QString &error) {
                            return Parsed { index, error };
                        },
                        [m, runId](Parsed parsed) {
                            m->index = parsed.index;
                            m->runId = parsed.index ? runId : 0;
                            m->error = parsed.error;
                            m->settle();
                        });
                },
                this);
        },
        Api::Priority::Background);
}

RetryNodes StepSelectionPreviewer::evaluateRetry(
    const ArtifactIndex &results, const ArtifactIndex *manifest, const QString &stepCommand)
{
    RetryNodes out;
    out.stepCommand = stepCommand;
    // dbt retry's RETRYABLE_STATUSES: error, fail, runtime error and skipped.
    for (const RunResult &r : results.results()) {
        const QString id = toQString(r.uniqueId);
        if (r.status == "skipped") {
            out.skipped << id;
        } else if (r.status == "error" || r.status == "fail" || r.status == "runtime error") {
            out.failed << id;
        }
    }
    const Selection::StepSelection step = Selection::stepSelection(stepCommand);
    if (manifest && step.selects && step.error.isEmpty()) {
        const Selection::Result r = Selection::select(*manifest, step.query);
        if (r.ok()) {
            out.stepSelects = int(r.entities.size());
        }
    }
    out.failed.sort();
    out.failed.removeDuplicates();
    out.skipped.sort();
    out.skipped.removeDuplicates();
    return out;
}

void StepSelectionPreviewer::retryNodes(const Api::Run &run,
    const QString &failedStepName,
    QObject *context,
    std::function<void(const RetryNodes &)> done)
{
    QPointer<QObject> guard(context);
    auto withSteps = [this, guard, failedStepName, done](
                         const QList<Api::RunStep> &steps, qint64 runId) {
        if (!guard) {
            return;
        }
        const Api::RunStep *failed = nullptr;
        for (const Api::RunStep &s : steps) {
            if (s.name == failedStepName && (!failed || s.status == Api::RunStatus::Error)) {
                failed = &s;
            }
        }
        if (!failed) {
            RetryNodes r;
            r.error = tr("The run does not list the failed step \"%1\".").arg(failedStepName);
            done(r);
            return;
        }
        retryNodesOfStep(runId, failed->index, dbtCommandOfStep(failed->name), guard, done);
    };
    if (!run.steps.isEmpty()) {
        withSteps(run.steps, run.id);
        return;
    }
    if (!m_clientObject) {
        RetryNodes r;
        r.error = tr("Not connected.");
        done(r);
        return;
    }
    Api::RunInclude include;
    include.steps = true;
    m_client->getRun(
        run.id, include, this, [withSteps, done, runId = run.id](const Api::Result<Api::Run> &r) {
            if (!r) {
                RetryNodes out;
                out.error = tr("Could not read the run's steps: %1").arg(r.error().userMessage());
                done(out);
                return;
            }
            withSteps(r->steps, runId);
        });
}

void StepSelectionPreviewer::retryNodesOfStep(qint64 runId,
    int stepIndex,
    const QString &stepCommand,
    QObject *context,
    std::function<void(const RetryNodes &)> done)
{
    QPointer<QObject> guard(context);
    auto fail = [guard, done](const QString &error) {
        if (guard) {
            RetryNodes r;
            r.error = error;
            done(r);
        }
    };
    m_artifacts->fetch(
        runId,
        stepIndex,
        QStringLiteral("run_results.json"),
        [this, guard, fail, done, runId, stepIndex, stepCommand](
            const QString &file, const QString &error, bool notFound) {
            if (!error.isEmpty()) {
                fail(notFound ? tr("The failed step left no run_results.json, so the nodes it "
                                   "would rerun are unknown.")
                              : tr("Could not download the failed step's run_results.json: %1")
                                    .arg(error));
                return;
            }
            m_artifacts->parse<RunArtifacts::Index>(
                file,
                [](const RunArtifacts::Index &index, const QString &) {
                    return index;
                },
                [this, guard, fail, done, runId, stepIndex, stepCommand](
                    RunArtifacts::Index results) {
                    if (!guard) {
                        return;
                    }
                    if (!results) {
                        fail(tr("The failed step's run_results.json could not be read."));
                        return;
                    }
                    // The manifest only adds the step's selection count: without it the
                    // list still stands.
                    m_artifacts->fetch(
                        runId,
                        stepIndex,
                        QStringLiteral("manifest.json"),
                        [this, guard, done, results, stepCommand](
                            const QString &manifestFile, const QString &, bool) {
                            if (!guard) {
                                return;
                            }
                            if (manifestFile.isEmpty()) {
                                done(evaluateRetry(*results, nullptr, stepCommand));
                                return;
                            }
                            m_artifacts->parse<RunArtifacts::Index>(
                                manifestFile,
                                [](const RunArtifacts::Index &index, const QString &) {
                                    return index;
                                },
                                [guard, done, results, stepCommand](RunArtifacts::Index manifest) {
                                    if (guard) {
                                        done(evaluateRetry(*results, manifest.get(), stepCommand));
                                    }
                                });
                        },
                        this);
                });
        },
        this);
}

} // namespace Dbtc::Models
