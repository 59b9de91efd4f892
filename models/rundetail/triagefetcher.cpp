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
    tryNodesFile(stepIndex,
        { QStringLiteral("run_results.json"),
            TriageSource::RunResults,
            tr("no failing node in it"),
            true,
            &TriageFetcher::trySources });
}

void TriageFetcher::trySources(int stepIndex)
{
    tryNodesFile(stepIndex,
        { QStringLiteral("sources.json"),
            TriageSource::Sources,
            tr("no stale source in it"),
            false,
            &TriageFetcher::useLogTail });
}

void TriageFetcher::tryNodesFile(int stepIndex, const Attempt &attempt)
{
    // One rung of the fallback ladder: fetch the file, parse it off the GUI thread; a node in
    // it ends the ladder, anything else is noted in "tried" and the next rung is taken.
    m_artifacts->fetch(m_runId,
        stepIndex,
        attempt.file,
        m_requests.guard([this, stepIndex, attempt](
                             const QString &file, const QString &error, bool notFound) {
            StepTriage *s = mutableStep(stepIndex);
            if (!s) {
                return;
            }
            if (file.isEmpty()) {
                s->tried << (notFound ? tr("%1: the step saved none").arg(attempt.file)
                                      : tr("%1: %2").arg(attempt.file, error));
                if (!notFound && attempt.keepsError) {
                    s->artifactError = error;
                }
                (this->*attempt.next)(stepIndex);
                return;
            }
            m_artifacts->parse<NodesOrError>(
                file, problemsOf(), m_requests.guard([this, stepIndex, attempt](NodesOrError r) {
                    StepTriage *step = mutableStep(stepIndex);
                    if (!step) {
                        return;
                    }
                    if (!r.first.isEmpty()) {
                        finish(stepIndex, attempt.source, r.first);
                        loadManifest(stepIndex);
                        return;
                    }
                    step->tried << tr("%1: %2").arg(
                        attempt.file, r.second.isEmpty() ? attempt.nothingFound : r.second);
                    (this->*attempt.next)(stepIndex);
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
