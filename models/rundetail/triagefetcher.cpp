// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/triagefetcher.h"

#include "api/apierror.h"
#include "models/common/dbtstepname.h"
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
{
    m_retry.setClient(artifacts->client()); // a 429 pause holds the retries too
    m_retry.setBusy(true); // the fast interval (and its backoff) is the retry rhythm
    connect(&m_retry, &PollSchedule::due, this, &TriageFetcher::retryFailedDownloads);
}

void TriageFetcher::setRetryIntervals(const PollSchedule::Intervals &intervals)
{
    m_retry.setIntervals(intervals);
}

void TriageFetcher::setActive(bool active)
{
    m_retry.setActive(active);
}

void TriageFetcher::clear()
{
    m_retry.stop();
    m_retry.clearErrors();
    m_retriesPending = 0;
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
    // "Reproduce locally" keeps the step's own command and flags.
    const QString command = dbtCommandOfStep(s->stepName);
    for (TriageNode &n : nodes) {
        n.stepCommand = command;
    }
    s->nodes = std::move(nodes);
    s->loading = false;
    Q_EMIT stepChanged(stepIndex);
    if (!s->artifactError.isEmpty() && !m_retry.isStarted()) {
        m_retry.start(PollSchedule::Start::AfterInterval);
    }
}

void TriageFetcher::retryFailedDownloads()
{
    // Only run_results.json is tried again: it is the rung whose download error is kept. The
    // fallback stays on screen until the file is here, so a retry that fails changes nothing
    // a user sees; one that succeeds replaces the fallback with the real failures.
    QList<int> failing;
    for (const StepTriage &s : std::as_const(m_steps)) {
        if (!s.loading && !s.artifactError.isEmpty()) {
            failing << s.stepIndex;
        }
    }
    if (failing.isEmpty()) {
        m_retry.succeeded();
        m_retry.stop();
        return;
    }
    m_retriesPending = int(failing.size());
    m_retryError.clear();
    const QString name = QStringLiteral("run_results.json");
    for (int stepIndex : std::as_const(failing)) {
        m_artifacts->fetch(m_runId,
            stepIndex,
            name,
            m_requests.guard(
                [this, stepIndex, name](const QString &file, const QString &error, bool notFound) {
                    if (file.isEmpty()) {
                        if (notFound) {
                            // Gone for good: the fallback is the answer; nothing to retry.
                            if (StepTriage *s = mutableStep(stepIndex)) {
                                s->artifactError.clear();
                            }
                        }
                        return retryDone(notFound ? QString() : error);
                    }
                    m_artifacts->parse<NodesOrError>(
                        file, problemsOf(), m_requests.guard([this, stepIndex](NodesOrError r) {
                            StepTriage *s = mutableStep(stepIndex);
                            if (!s) {
                                return retryDone({});
                            }
                            if (!r.second.isEmpty()) {
                                return retryDone(r.second);
                            }
                            s->artifactError.clear();
                            if (!r.first.isEmpty()) {
                                s->tried.clear();
                                s->logTail.clear();
                                finish(stepIndex, TriageSource::RunResults, r.first);
                                loadManifest(stepIndex);
                            }
                            retryDone({});
                        }));
                }));
    }
}

void TriageFetcher::retryDone(const QString &error)
{
    if (!error.isEmpty()) {
        m_retryError = error;
    }
    if (--m_retriesPending > 0) {
        return;
    }
    if (m_retryError.isEmpty()) {
        m_retry.succeeded();
        m_retry.stop();
    } else {
        m_retry.failed(Api::ApiError::make(Api::ApiError::Kind::Network, m_retryError));
    }
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
