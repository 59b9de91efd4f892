// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notifications/notifier.h"

#include "models/notifications/watchlist.h"

#include <algorithm>

namespace Dbtc::Models {

RunNotifier::RunNotifier(WatchList *watchList, QObject *parent)
    : QObject(parent)
    , m_watchList(watchList)
{
    connect(m_watchList, &WatchList::watchChanged, this, &RunNotifier::recountFailing);
}

RunNotifier::~RunNotifier() = default;

void RunNotifier::observeRuns(const QString &connectionId, const QList<Api::Run> &runs)
{
    ConnectionState &state = m_connections[connectionId];
    // Oldest first, so that two runs of one job finishing in one poll arrive in order.
    QList<Api::Run> sorted = runs;
    std::sort(sorted.begin(), sorted.end(), [](const Api::Run &a, const Api::Run &b) {
        return a.id < b.id;
    });
    qint64 maxId = state.baselineMaxId;
    for (Api::Run run : std::as_const(sorted)) {
        maxId = std::max(maxId, run.id);
        if (!run.jobName.isEmpty()) {
            state.jobNames.insert(run.jobDefinitionId, run.jobName);
        } else {
            run.jobName = state.jobNames.value(run.jobDefinitionId);
        }
        if (Api::isInProgress(run.status)) {
            state.inFlight.insert(run.id);
            continue;
        }
        auto outcome = state.lastOutcome.find(run.jobDefinitionId);
        if (outcome == state.lastOutcome.end() || outcome->id <= run.id) {
            state.lastOutcome.insert(run.jobDefinitionId, run);
        }
        if (state.announced.contains(run.id)) {
            continue;
        }
        const bool sawRunning = state.inFlight.remove(run.id);
        const bool isNew = state.baselined && run.id > state.baselineMaxId;
        if (!sawRunning && !isNew) {
            continue; // history from before we started listening
        }
        state.announced.insert(run.id);
        if (m_watchList->isWatched(connectionId, run.jobDefinitionId)) {
            emit runFinished(connectionId, run);
        }
    }
    if (!state.baselined) {
        state.baselined = true;
        state.baselineMaxId = maxId;
    }
    recountFailing();
}

void RunNotifier::observeHistory(const QString &connectionId, const QList<Api::Run> &runs)
{
    ConnectionState &state = m_connections[connectionId];
    for (const Api::Run &run : runs) {
        if (!Api::isInProgress(run.status) && !state.inFlight.contains(run.id)) {
            state.announced.insert(run.id);
        }
    }
    observeRuns(connectionId, runs);
}

void RunNotifier::setJobName(const QString &connectionId, qint64 jobId, const QString &name)
{
    m_connections[connectionId].jobNames.insert(jobId, name);
}

QString RunNotifier::jobName(const QString &connectionId, qint64 jobId) const
{
    const auto it = m_connections.constFind(connectionId);
    const QString name = it == m_connections.cend() ? QString() : it->jobNames.value(jobId);
    return name.isEmpty() ? tr("Job %1").arg(jobId) : name;
}

QList<Api::Run> RunNotifier::failingRuns(const QString &connectionId) const
{
    QList<Api::Run> out;
    const auto it = m_connections.constFind(connectionId);
    if (it == m_connections.cend()) {
        return out;
    }
    for (const Api::Run &run : it->lastOutcome) {
        if (run.status == Api::RunStatus::Error
            && m_watchList->isWatched(connectionId, run.jobDefinitionId)) {
            out << run;
        }
    }
    return out;
}

void RunNotifier::forgetConnection(const QString &connectionId)
{
    m_connections.remove(connectionId);
    recountFailing();
}

void RunNotifier::recountFailing()
{
    int failing = 0;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        failing += int(failingRuns(it.key()).size());
    }
    if (failing == m_failing) {
        return;
    }
    m_failing = failing;
    emit failingJobsChanged(failing);
}

} // namespace Dbtc::Models
