// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/lifecycle.h"

#include "simulator/cron.h"
#include "simulator/dbtlogs.h"
#include "simulator/timefmt.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Dbtc::Sim {

SimClock::SimClock(const QDateTime &start, double speed, bool life)
    : m_start(start.toUTC())
    , m_speed(speed)
    , m_life(life)
{
    m_real.start();
}

QDateTime SimClock::now() const
{
    const qint64 lived = m_life ? qint64(double(m_real.elapsed()) * m_speed) : 0;
    return m_start.addMSecs(lived + m_offsetMs);
}

void SimClock::advance(qint64 seconds)
{
    m_offsetMs += seconds * 1000;
}

QString shaFor(quint64 seed, qint64 runId)
{
    // Runs of the same day share a commit, as deployments do; hashing keeps it deterministic.
    const QByteArray key = QByteArray::number(seed) + ':' + QByteArray::number(runId / 40);
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

Lifecycle::Lifecycle(World &world, SimClock &clock)
    : m_world(world)
    , m_clock(clock)
{ }

void Lifecycle::plan(Run &run, const Job &job) const
{
    QRandomGenerator rng(
        quint32(m_world.seed * 2654435761u) ^ quint32(run.id * 40503u) ^ quint32(run.id >> 20));
    RunPlan &p = run.plan;
    const int steps = plannedStepCount(job, run.trigger);
    p.stepSeconds.clear();
    p.stepSeconds << 3 + int(rng.bounded(6)) << 1 + int(rng.bounded(3)) << 6 + int(rng.bounded(10));
    for (int i = 3; i < steps; ++i) {
        // dbt steps: mostly a minute or three, with a long tail.
        const int base = 25 + int(rng.bounded(150));
        p.stepSeconds << (rng.bounded(20) == 0 ? base * 6 : base);
    }
    p.queueSeconds = 1 + int(rng.bounded(rng.bounded(10) == 0 ? 240 : 12));
    p.startingSeconds = 4 + int(rng.bounded(20));
    const int roll = int(rng.bounded(100));
    p.outcome = RunStatus::Success;
    if (roll < job.failureRate) {
        p.outcome = RunStatus::Error;
        // Mostly a dbt step fails; now and then the clone or the deps step does.
        p.failStep = rng.bounded(8) == 0 ? 3 : 4 + int(rng.bounded(quint32(qMax(1, steps - 3))));
        p.failStep = qMin(p.failStep, steps);
        p.failNode = jaffleModels().at(int(rng.bounded(quint32(jaffleModels().size()))));
    } else if (roll >= 98) {
        p.timesOut = true;
    }
}

Run &Lifecycle::createRun(Job &job, Trigger trigger, const QDateTime &createdAt)
{
    Run run;
    run.id = m_world.allocRunId(job.accountId);
    run.accountId = job.accountId;
    run.projectId = job.projectId;
    run.environmentId = job.environmentId;
    run.jobId = job.id;
    trigger.id = m_world.allocObjectId(job.accountId);
    trigger.createdAt = createdAt;
    run.trigger = trigger;
    const Environment *env = m_world.environment(job.environmentId);
    run.dbtVersion = trigger.dbtVersionOverride.value_or(!job.dbtVersion.isEmpty() ? job.dbtVersion
            : env                                                                  ? env->dbtVersion
                  : QStringLiteral("versionless"));
    run.createdAt = run.updatedAt = createdAt;
    if (const Run *blocker = m_world.activeRunOf(job.id)) {
        run.blockedBy = { blocker->id };
    }
    plan(run, job);
    auto it = m_world.runs.insert(run.id, run);
    return *it;
}

void Lifecycle::advanceRun(Run &run, const QDateTime &now)
{
    if (run.status == RunStatus::Queued) {
        QDateTime ready = run.createdAt.addSecs(run.plan.queueSeconds);
        if (!run.blockedBy.isEmpty()) {
            const Run *blocker = m_world.runs.contains(run.blockedBy.first())
                ? &m_world.runs[run.blockedBy.first()]
                : nullptr;
            if (blocker && !isTerminal(blocker->status)) {
                return; // still waiting behind the previous run of the same job
            }
            if (blocker && blocker->finishedAt.addSecs(2) > ready) {
                ready = blocker->finishedAt.addSecs(2);
            }
        }
        if (now < ready) {
            return;
        }
        run.blockedBy.clear();
        run.status = RunStatus::Starting;
        run.dequeuedAt = ready;
        run.updatedAt = ready;
        run.executedByThreadId = QStringLiteral("scheduler-run-0-%1")
                                     .arg(QString::number(run.id * 7919 % 0xffffffff, 16));
    }
    if (run.status == RunStatus::Starting) {
        const QDateTime started = run.dequeuedAt.addSecs(run.plan.startingSeconds);
        if (now < started) {
            return;
        }
        run.status = RunStatus::Running;
        run.startedAt = started;
        run.updatedAt = started;
        const Environment *env = m_world.environment(run.environmentId);
        run.gitBranch = run.trigger.gitBranch.value_or(
            env && !env->customBranch.isEmpty() ? env->customBranch : QStringLiteral("main"));
        run.gitSha = run.trigger.gitSha.value_or(shaFor(m_world.seed, run.id));
    }
    if (run.status == RunStatus::Running) {
        qint64 total = 0;
        const int last = run.plan.outcome == RunStatus::Error ? run.plan.failStep
                                                              : int(run.plan.stepSeconds.size());
        for (int i = 0; i < last && i < run.plan.stepSeconds.size(); ++i) {
            total += run.plan.stepSeconds.at(i);
        }
        const Job job = m_world.jobs.value(run.jobId);
        const int timeout = run.trigger.timeoutSecondsOverride.value_or(job.timeoutSeconds);
        const bool timesOut = run.plan.timesOut || (timeout > 0 && total > timeout);
        const qint64 limit = timeout > 0 ? timeout : 86400;
        const QDateTime finish =
            run.startedAt.addSecs(timesOut ? qMin<qint64>(limit, total) : total);
        run.lastHeartbeatAt = qMin(now, finish);
        run.updatedAt = run.lastHeartbeatAt;
        if (now < finish) {
            return;
        }
        run.finishedAt = finish;
        run.updatedAt = finish;
        if (timesOut) {
            run.status = RunStatus::Cancelled;
            run.statusMessage = QStringLiteral("This run timed out after running for %1, which "
                                               "exceeded the configured timeout of %2 seconds.")
                                    .arg(humanizedDuration(finish.toSecsSinceEpoch()
                                        - run.startedAt.toSecsSinceEpoch()))
                                    .arg(limit);
        } else {
            run.status = run.plan.outcome;
        }
        run.hasDocsGenerated = run.status == RunStatus::Success
            && run.trigger.generateDocsOverride.value_or(job.generateDocs);
        run.hasSourcesGenerated = run.status == RunStatus::Success && job.runGenerateSources;
        if (run.stepsMaterialised) {
            World::truncateSteps(run);
        }
    }
}

void Lifecycle::step(const QDateTime &now, bool cron)
{
    if (cron) {
        fireCron(now);
    }
    // Id order: a blocker always finishes before the run queued behind it is looked at.
    for (Run &run : m_world.runs) {
        if (!isTerminal(run.status)) {
            advanceRun(run, now);
        }
    }
}

void Lifecycle::scheduleNext(Job &job, const QDateTime &from) const
{
    const auto cron = Cron::parse(job.cron);
    job.nextRun = job.scheduleEnabled && cron && job.state == 1 && !job.deactivated
        ? cron->nextAfter(from)
        : QDateTime();
}

void Lifecycle::fireCron(const QDateTime &now)
{
    for (Job &job : m_world.jobs) {
        if (!job.nextRun.isValid() || job.nextRun > now) {
            continue;
        }
        Trigger t;
        t.cause = QStringLiteral("scheduled");
        t.causeCategory = QStringLiteral("scheduled");
        const QDateTime at = job.nextRun;
        // Missed instants (a big advance()) collapse into one run, as the real scheduler does.
        scheduleNext(job, now);
        createRun(job, t, at);
    }
}

void Lifecycle::cancel(Run &run, const QDateTime &now)
{
    if (isTerminal(run.status)) {
        return;
    }
    m_world.ensureSteps(run);
    run.status = RunStatus::Cancelled;
    run.statusMessage = QStringLiteral("Cancelled by user.");
    run.finishedAt = now;
    run.updatedAt = now;
    run.blockedBy.clear();
    World::truncateSteps(run);
}

QString Lifecycle::retryRefusal(const Run &run) const
{
    if (run.status != RunStatus::Error) {
        return QStringLiteral("RETRY_NOT_FAILED_RUN");
    }
    const Run *latest = m_world.latestRunOf(run.jobId);
    if (run.retryingRunId != 0 || (latest && latest->id != run.id)) {
        return QStringLiteral("RETRY_NOT_LATEST_RUN");
    }
    if (run.plan.failStep <= 3) {
        return QStringLiteral("RETRY_NO_RUN_RESULTS"); // failed before dbt wrote run_results.json
    }
    return {};
}

Run &Lifecycle::retry(Run &failed, const QDateTime &now)
{
    Job &job = m_world.jobs[failed.jobId];
    const QStringList commands = runCommands(failed, job);
    Trigger t;
    t.cause = QStringLiteral("Retry of run %1 from point of failure").arg(failed.id);
    t.causeCategory = QStringLiteral("rerun");
    // dbt Cloud re-invokes the failed command as `dbt retry`, then the steps that were skipped.
    QStringList rest { QStringLiteral("dbt retry") };
    rest += commands.mid(failed.plan.failStep);
    rest.removeAll(QStringLiteral("dbt docs generate"));
    rest.removeAll(QStringLiteral("dbt source freshness"));
    t.stepsOverride = rest;
    const qint64 failedId = failed.id; // createRun may reallocate the map
    Run &run = createRun(job, t, now);
    run.retryOfRunId = failedId;
    m_world.runs[failedId].retryingRunId = run.id;
    return m_world.runs[run.id];
}

} // namespace Dbtc::Sim
