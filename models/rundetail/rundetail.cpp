// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/rundetail.h"

#include "api/client.h"
#include "models/common/runartifacts.h"
#include "models/rundetail/rundetailfollower.h"
#include "models/rundetail/triagefetcher.h"
#include "models/rundetail/triagehistory.h"

namespace Dbtc::Models {

RunDetail::RunDetail(Api::Client *client, RunArtifacts *artifacts, QObject *parent)
    : QObject(parent)
    , m_clientObject(client)
    , m_client(client)
    , m_artifacts(artifacts)
    , m_follower(new RunDetailFollower(this))
    , m_triage(new TriageFetcher(artifacts, this))
    , m_history(new TriageHistory(artifacts, this))
{
    m_history->setClient(client);
    connect(
        m_follower, &RunDetailFollower::runUpdated, this, [this](const Api::Run &run, bool first) {
            m_triage->setRun(run);
            Q_EMIT runUpdated(run, first);
        });
    connect(m_follower, &RunDetailFollower::loadFailed, this, &RunDetail::loadFailed);
}

RunDetail::~RunDetail()
{
    if (m_debugJob) {
        m_debugJob->abort();
    }
}

void RunDetail::show(qint64 runId)
{
    stop();
    m_runId = runId;
    m_follower->follow(m_clientObject ? m_client : nullptr, runId);
}

void RunDetail::stop()
{
    ++m_generation;
    m_follower->stop();
    // The triage's and history's fetches (made without a context) and the timing's; the
    // artifact browser's own fetch of the same service goes on.
    m_artifacts->cancel(nullptr);
    m_artifacts->cancel(this);
    m_history->clear();
    m_triage->clear();
    if (m_debugJob) {
        m_debugJob->abort();
    }
    m_runId = 0;
}

void RunDetail::setActive(bool active)
{
    m_follower->setActive(active);
    m_triage->setActive(active);
}

void RunDetail::setPollInterval(std::chrono::milliseconds interval)
{
    m_follower->setInterval(interval);
}

void RunDetail::refresh()
{
    m_follower->refresh();
}

const Api::Run *RunDetail::run() const
{
    return m_follower->hasRun() ? &m_follower->run() : nullptr;
}

bool RunDetail::isFollowing() const
{
    return m_follower->isFollowing();
}

void RunDetail::fetchDebugLog(const Api::RunStep &step)
{
    if (m_debugJob) {
        m_debugJob->abort();
    }
    if (!m_clientObject) {
        Q_EMIT debugLogFailed(step.id, tr("Not connected to dbt Cloud."));
        return;
    }
    const quint64 generation = m_generation;
    const qint64 stepId = step.id;
    const int index = step.index;
    m_debugJob = m_client->getStep(
        stepId, true, this, [this, stepId, index, generation](const Api::Result<Api::RunStep> &r) {
            if (generation != m_generation) {
                return;
            }
            if (!r.ok()) {
                if (r.error().kind != Api::ApiError::Kind::Cancelled) {
                    Q_EMIT debugLogFailed(stepId, r.error().userMessage());
                }
                return;
            }
            const QString text = r->debugLogs.isEmpty() ? r->truncatedDebugLogs : r->debugLogs;
            Q_EMIT debugLogLoaded(stepId,
                text,
                r->debugLogs.isEmpty() && !text.isEmpty()
                    ? tr("dbt Cloud sent only the last 1,000 lines of the debug log of step %1.")
                          .arg(index)
                    : QString());
        });
}

void RunDetail::fetchTiming(int stepIndex)
{
    const qint64 runId = m_runId;
    const quint64 generation = m_generation;
    m_artifacts->fetch(
        runId,
        stepIndex,
        QStringLiteral("run_results.json"),
        [this, runId, stepIndex, generation](
            const QString &file, const QString &error, bool notFound) {
            if (generation != m_generation) {
                return;
            }
            if (file.isEmpty()) {
                Q_EMIT timingFailed(stepIndex,
                    notFound ? tr(
                        "Step %1 saved no run_results.json: only dbt commands have model timing.")
                                   .arg(stepIndex)
                             : tr("Could not read run_results.json of step %1: %2")
                                   .arg(stepIndex)
                                   .arg(error));
                return;
            }
            m_artifacts->parse<TimingData>(
                file,
                [](const RunArtifacts::Index &index, const QString &) {
                    return index ? timingFrom(*index) : TimingData {};
                },
                [this, runId, stepIndex, generation](TimingData data) {
                    if (generation != m_generation) {
                        return;
                    }
                    Q_EMIT timingLoaded(stepIndex, data);
                    if (!data.isEmpty()) {
                        addTimingManifest(runId, stepIndex, data);
                    }
                });
        },
        this);
}

void RunDetail::addTimingManifest(qint64 runId, int stepIndex, const TimingData &timing)
{
    // The chart is shown already, with the critical path inferred from time; the step's
    // manifest (when it saved one) makes it exact and adds the folders. No manifest: nothing
    // to say, the inferred path stays and the chart says it is inferred.
    const quint64 generation = m_generation;
    m_artifacts->fetch(
        runId,
        stepIndex,
        QStringLiteral("manifest.json"),
        [this, stepIndex, generation, timing](const QString &file, const QString &, bool) {
            if (generation != m_generation || file.isEmpty()) {
                return;
            }
            m_artifacts->parse<TimingData>(
                file,
                [timing](const RunArtifacts::Index &index, const QString &) {
                    TimingData data = timing;
                    if (index) {
                        addManifest(data, *index);
                    }
                    return data;
                },
                [this, stepIndex, generation](TimingData data) {
                    if (generation == m_generation && !data.dependsOn.isEmpty()) {
                        Q_EMIT timingLoaded(stepIndex, data);
                    }
                });
        },
        this);
}

} // namespace Dbtc::Models
