// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/historyrecorder.h"

#include "models/common/runartifacts.h"
#include "models/history/failureinbox.h"
#include "models/history/historystore.h"

#include <QFileInfo>

namespace Dbtc::Models {

namespace {

bool isFinished(const Api::Run &run)
{
    return run.status == Api::RunStatus::Success || run.status == Api::RunStatus::Error
        || run.status == Api::RunStatus::Cancelled;
}

QString runKey(const QString &connectionId, qint64 runId)
{
    return QStringLiteral("%1/%2").arg(connectionId).arg(runId);
}

} // namespace

HistoryRecorder::HistoryRecorder(HistoryStore *store, FailureInbox *inbox, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_inbox(inbox)
{
    m_store->readFetchedSteps([this, guard = QPointer<HistoryRecorder>(this)](QSet<QString> done) {
        if (!guard) {
            return;
        }
        m_fetched.unite(done);
        m_fetchedLoaded = true;
        for (const auto &[connectionId, run] : std::exchange(m_waiting, {})) {
            enqueue(connectionId, run);
        }
        next();
    });
}

HistoryRecorder::~HistoryRecorder() = default;

void HistoryRecorder::addConnection(const QString &connectionId, RunArtifacts *artifacts)
{
    if (m_artifacts.value(connectionId) != artifacts) {
        abandon(connectionId);
    }
    m_artifacts.insert(connectionId, artifacts);
    next();
}

void HistoryRecorder::removeConnection(const QString &connectionId)
{
    abandon(connectionId);
    m_artifacts.remove(connectionId);
    m_queue.removeIf([&](const Fetch &f) {
        if (f.connectionId != connectionId) {
            return false;
        }
        m_queued.remove(HistoryStore::fetchedStepKey(f.connectionId, f.run.id, f.step));
        return true;
    });
    next();
}

void HistoryRecorder::abandon(const QString &connectionId)
{
    if (m_fetching && m_current.connectionId == connectionId) {
        ++m_serial;
        m_fetching = false;
        m_queued.remove(
            HistoryStore::fetchedStepKey(m_current.connectionId, m_current.run.id, m_current.step));
    }
}

HistoryRun HistoryRecorder::historyRunFrom(const QString &connectionId, const Api::Run &run)
{
    HistoryRun h;
    h.connectionId = connectionId;
    h.runId = run.id;
    h.accountId = run.accountId;
    h.projectId = run.projectId;
    h.environmentId = run.environmentId;
    h.jobId = run.jobDefinitionId;
    h.jobName = run.jobName;
    h.status = int(run.status);
    h.createdAt = run.createdAt;
    h.startedAt = run.startedAt;
    h.finishedAt = run.finishedAt;
    h.durationSeconds = run.duration.count();
    h.queuedSeconds = run.queuedDuration.count();
    if (run.trigger) {
        h.trigger = run.trigger->cause;
    }
    h.gitBranch = run.gitBranch;
    h.gitSha = run.gitSha;
    for (const Api::RunStep &s : run.steps) {
        h.steps.append({ s.index, s.name, int(s.status), s.startedAt, s.finishedAt });
    }
    return h;
}

QList<int> HistoryRecorder::resultSteps(const Api::Run &run)
{
    QList<int> steps;
    for (const Api::RunStep &s : run.steps) {
        // "Invoke dbt with `dbt build`": the steps after the clone and profile steps.
        if (!s.dbtCommand.isEmpty() || s.name.contains(QLatin1String("dbt "))) {
            steps.append(s.index);
        }
    }
    if (steps.isEmpty()) {
        steps.append(0);
    }
    return steps;
}

void HistoryRecorder::recordRuns(const QString &connectionId, const QList<Api::Run> &runs)
{
    for (const Api::Run &run : runs) {
        recordRun(connectionId, run);
    }
}

void HistoryRecorder::recordJobs(const QString &connectionId, const QList<Api::Job> &jobs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Api::Job &job : jobs) {
        HistoryJob h;
        h.connectionId = connectionId;
        h.jobId = job.id;
        h.accountId = job.accountId;
        h.projectId = job.projectId;
        h.environmentId = job.environmentId;
        h.name = job.name;
        h.environmentName = job.environmentName;
        h.cron = job.schedule.cron;
        h.scheduled = job.triggers.schedule && !job.deactivated;
        h.nextRun = job.nextRun;
        if (const auto &latest = job.mostRecentRun) {
            h.lastRunCreated = latest->createdAt;
            if (Api::isInProgress(latest->status)) {
                h.activeRunId = latest->id;
                h.activeStatus = int(latest->status);
            }
        }
        h.seenAt = now;
        m_store->recordJob(h); // its newest finished run arrives through recordRuns
    }
}

void HistoryRecorder::recordRun(const QString &connectionId, const Api::Run &run)
{
    if (!isFinished(run) || run.id == 0) {
        return;
    }
    const QString key = runKey(connectionId, run.id);
    if (!m_recordedRuns.contains(key)) {
        m_recordedRuns.insert(key);
        m_store->recordRun(historyRunFrom(connectionId, run));
    }
    if (run.status == Api::RunStatus::Cancelled) {
        return; // a cancelled run's results say what was cut short, not what failed
    }
    if (!m_fetchedLoaded) {
        m_waiting.append({ connectionId, run });
        return;
    }
    enqueue(connectionId, run);
    next();
}

void HistoryRecorder::enqueue(const QString &connectionId, const Api::Run &run)
{
    for (int step : resultSteps(run)) {
        const QString key = HistoryStore::fetchedStepKey(connectionId, run.id, step);
        if (m_fetched.contains(key) || m_queued.contains(key)) {
            continue;
        }
        m_queued.insert(key);
        m_queue.append({ connectionId, run, step });
    }
}

void HistoryRecorder::next()
{
    while (!m_fetching && !m_queue.isEmpty()) {
        const Fetch fetch = m_queue.takeFirst();
        RunArtifacts *artifacts = m_artifacts.value(fetch.connectionId);
        if (!artifacts) {
            m_queued.remove(
                HistoryStore::fetchedStepKey(fetch.connectionId, fetch.run.id, fetch.step));
            continue;
        }
        m_fetching = true;
        m_current = fetch;
        const quint64 serial = ++m_serial;
        QPointer<RunArtifacts> guard(artifacts);
        artifacts->fetch(
            fetch.run.id,
            fetch.step,
            QStringLiteral("run_results.json"),
            [this, fetch, guard, serial](const QString &file, const QString &, bool notFound) {
                if (serial != m_serial) {
                    return;
                }
                if (file.isEmpty()) {
                    if (notFound) {
                        finish(fetch, ResultsOutcome::Missing, {});
                    } else {
                        // Offline or a server error: asked again the next time the run is seen.
                        m_queued.remove(HistoryStore::fetchedStepKey(
                            fetch.connectionId, fetch.run.id, fetch.step));
                        m_fetching = false;
                        next();
                    }
                    return;
                }
                if (!guard) { // the connection went while the file came
                    abandon(fetch.connectionId);
                    next();
                    return;
                }
                if (QFileInfo(file).size() > m_budget) {
                    finish(fetch, ResultsOutcome::OverBudget, {});
                    return;
                }
                using Rows = std::optional<QList<HistoryNodeResult>>;
                guard->parse<Rows>(
                    file,
                    [](const RunArtifacts::Index &index, const QString &) -> Rows {
                        if (!index) {
                            return std::nullopt;
                        }
                        QList<HistoryNodeResult> rows;
                        rows.reserve(qsizetype(index->results().size()));
                        for (const RunResult &r : index->results()) {
                            rows.append({ toQString(r.uniqueId),
                                toQString(r.status),
                                r.executionTime,
                                r.message.toString() });
                        }
                        return rows;
                    },
                    [this, fetch, serial](Rows rows) {
                        if (serial != m_serial) {
                            return;
                        }
                        if (rows) {
                            finish(fetch, ResultsOutcome::Read, *rows);
                        } else {
                            finish(fetch, ResultsOutcome::Failed, {});
                        }
                    });
            },
            this);
    }
    if (!m_fetching && m_queue.isEmpty()) {
        Q_EMIT idle();
    }
}

void HistoryRecorder::finish(
    const Fetch &fetch, ResultsOutcome outcome, const QList<HistoryNodeResult> &results)
{
    const QString key = HistoryStore::fetchedStepKey(fetch.connectionId, fetch.run.id, fetch.step);
    m_queued.remove(key);
    m_fetched.insert(key);
    m_store->recordResults(fetch.connectionId, fetch.run.id, fetch.step, outcome, results);
    if (m_inbox && outcome == ResultsOutcome::Read) {
        InboxRun run { fetch.connectionId,
            fetch.run.accountId,
            fetch.run.projectId,
            fetch.run.jobDefinitionId,
            fetch.run.id,
            fetch.step,
            fetch.run.finishedAt };
        m_inbox->observe(run, results);
    }
    m_fetching = false;
    Q_EMIT resultsRecorded(fetch.connectionId, fetch.run.id, fetch.step, outcome);
    next();
}

} // namespace Dbtc::Models
