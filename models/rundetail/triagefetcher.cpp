// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/triagefetcher.h"

#include "models/common/runartifacts.h"

namespace Dbtc::Models {

namespace {

using NodesOrError = std::pair<QList<TriageNode>, QString>;

RunArtifacts::Transform<NodesOrError> problemsOf()
{
    return [](const RunArtifacts::Index &index, const QString &error) {
        return index ? NodesOrError { triageNodes(*index), QString() } : NodesOrError { {}, error };
    };
}

} // namespace

TriageFetcher::TriageFetcher(RunArtifacts *artifacts, QObject *parent)
    : QObject(parent)
    , m_artifacts(artifacts)
{ }

void TriageFetcher::clear()
{
    m_requests.reset();
    m_runId = 0;
    m_runSteps.clear();
    m_steps.clear();
}

void TriageFetcher::setRun(const Api::Run &run)
{
    if (run.id != m_runId) {
        clear();
    }
    m_runId = run.id;
    m_runSteps = run.steps;
    if (!run.isComplete && Api::isInProgress(run.status)) {
        return;
    }
    QList<int> failed;
    for (const Api::RunStep &s : run.steps) {
        if (s.status == Api::RunStatus::Error) {
            failed << s.index;
        }
    }
    // An errored run whose steps never said which one failed: look at the last one that ran.
    if (failed.isEmpty() && run.status == Api::RunStatus::Error && !run.steps.isEmpty()) {
        failed << run.steps.last().index;
    }
    for (int index : std::as_const(failed)) {
        if (step(index)) {
            continue;
        }
        StepTriage t;
        t.stepIndex = index;
        for (const Api::RunStep &s : std::as_const(m_runSteps)) {
            if (s.index == index) {
                t.stepName = s.name;
            }
        }
        m_steps.append(t);
        Q_EMIT stepChanged(index);
        tryRunResults(index);
    }
}

const StepTriage *TriageFetcher::step(int stepIndex) const
{
    for (const StepTriage &s : m_steps) {
        if (s.stepIndex == stepIndex) {
            return &s;
        }
    }
    return nullptr;
}

StepTriage *TriageFetcher::mutableStep(int stepIndex)
{
    for (StepTriage &s : m_steps) {
        if (s.stepIndex == stepIndex) {
            return &s;
        }
    }
    return nullptr;
}

bool TriageFetcher::isBusy() const
{
    return std::any_of(m_steps.cbegin(), m_steps.cend(), [](const StepTriage &s) {
        return s.loading;
    });
}

void TriageFetcher::tryRunResults(int stepIndex)
{
    m_artifacts->fetch(m_runId,
        stepIndex,
        QStringLiteral("run_results.json"),
        m_requests.guard(
            [this, stepIndex](const QString &file, const QString &error, bool notFound) {
                if (!mutableStep(stepIndex)) {
                    return;
                }
                if (file.isEmpty()) {
                    StepTriage *s = mutableStep(stepIndex);
                    s->tried << (notFound ? tr("run_results.json: the step saved none")
                                          : tr("run_results.json: %1").arg(error));
                    if (!notFound) {
                        s->artifactError = error;
                    }
                    trySources(stepIndex);
                    return;
                }
                m_artifacts->parse<NodesOrError>(
                    file, problemsOf(), m_requests.guard([this, stepIndex](NodesOrError r) {
                        if (!mutableStep(stepIndex)) {
                            return;
                        }
                        if (!r.first.isEmpty()) {
                            finish(stepIndex, TriageSource::RunResults, r.first);
                            loadManifest(stepIndex);
                            return;
                        }
                        mutableStep(stepIndex)->tried
                            << (r.second.isEmpty() ? tr("run_results.json: no failing node in it")
                                                   : tr("run_results.json: %1").arg(r.second));
                        trySources(stepIndex);
                    }));
            }));
}

void TriageFetcher::trySources(int stepIndex)
{
    m_artifacts->fetch(m_runId,
        stepIndex,
        QStringLiteral("sources.json"),
        m_requests.guard([this, stepIndex](
                             const QString &file, const QString &error, bool notFound) {
            if (!mutableStep(stepIndex)) {
                return;
            }
            if (file.isEmpty()) {
                mutableStep(stepIndex)->tried << (notFound ? tr("sources.json: the step saved none")
                                                           : tr("sources.json: %1").arg(error));
                useLogTail(stepIndex);
                return;
            }
            m_artifacts->parse<NodesOrError>(
                file, problemsOf(), m_requests.guard([this, stepIndex](NodesOrError r) {
                    if (!mutableStep(stepIndex)) {
                        return;
                    }
                    if (!r.first.isEmpty()) {
                        finish(stepIndex, TriageSource::Sources, r.first);
                        loadManifest(stepIndex);
                        return;
                    }
                    mutableStep(stepIndex)->tried
                        << (r.second.isEmpty() ? tr("sources.json: no stale source in it")
                                               : tr("sources.json: %1").arg(r.second));
                    useLogTail(stepIndex);
                }));
        }));
}

void TriageFetcher::useLogTail(int stepIndex)
{
    QString log;
    for (const Api::RunStep &s : std::as_const(m_runSteps)) {
        if (s.index == stepIndex) {
            log = s.logs.isEmpty() ? s.truncatedDebugLogs : s.logs;
        }
    }
    StepTriage *s = mutableStep(stepIndex);
    s->logTail = logTail(log);
    finish(stepIndex, TriageSource::LogTail, nodesFromLog(log));
}

void TriageFetcher::finish(int stepIndex, TriageSource source, QList<TriageNode> nodes)
{
    StepTriage *s = mutableStep(stepIndex);
    s->source = source;
    s->nodes = std::move(nodes);
    s->loading = false;
    Q_EMIT stepChanged(stepIndex);
}

void TriageFetcher::loadManifest(int stepIndex)
{
    m_artifacts->fetch(m_runId,
        stepIndex,
        QStringLiteral("manifest.json"),
        m_requests.guard([this, stepIndex](const QString &file, const QString &, bool) {
            if (file.isEmpty() || !mutableStep(stepIndex)) {
                return; // context is a bonus: the triage stands without it
            }
            QList<TriageNode> nodes = mutableStep(stepIndex)->nodes;
            using Nodes = QList<TriageNode>;
            m_artifacts->parse<Nodes>(
                file,
                [nodes](const RunArtifacts::Index &index, const QString &) {
                    Nodes out = nodes;
                    if (index) {
                        addManifestContext(out, *index);
                    }
                    return out;
                },
                m_requests.guard([this, stepIndex](Nodes out) {
                    StepTriage *s = mutableStep(stepIndex);
                    if (!s) {
                        return;
                    }
                    s->nodes = std::move(out);
                    Q_EMIT stepChanged(stepIndex);
                }));
        }));
}

} // namespace Dbtc::Models
