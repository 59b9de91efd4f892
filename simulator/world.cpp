// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/world.h"

#include "simulator/dbtlogs.h"

namespace Dbtc::Sim {

bool isTerminal(RunStatus s)
{
    return s == RunStatus::Success || s == RunStatus::Error || s == RunStatus::Cancelled;
}

QString statusHumanized(RunStatus s)
{
    switch (s) {
    case RunStatus::Queued:
        return QStringLiteral("Queued");
    case RunStatus::Starting:
        return QStringLiteral("Starting");
    case RunStatus::Running:
        return QStringLiteral("Running");
    case RunStatus::Success:
        return QStringLiteral("Success");
    case RunStatus::Error:
        return QStringLiteral("Error");
    case RunStatus::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

const Account *World::account(qint64 id) const
{
    for (const Account &a : accounts) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

Run *World::run(qint64 accountId, qint64 id)
{
    auto it = runs.find(id);
    return it != runs.end() && it->accountId == accountId ? &*it : nullptr;
}

Job *World::job(qint64 accountId, qint64 id)
{
    auto it = jobs.find(id);
    return it != jobs.end() && it->accountId == accountId ? &*it : nullptr;
}

const Environment *World::environment(qint64 id) const
{
    auto it = environments.constFind(id);
    return it != environments.cend() ? &*it : nullptr;
}

const Project *World::project(qint64 id) const
{
    auto it = projects.constFind(id);
    return it != projects.cend() ? &*it : nullptr;
}

const Run *World::activeRunOf(qint64 jobId, qint64 exceptRunId) const
{
    // Runs are ordered by id; live runs are the newest, so walk backwards and stop early.
    for (auto it = runs.cend(); it != runs.cbegin();) {
        --it;
        if (it->jobId == jobId && it->id != exceptRunId && !isTerminal(it->status)) {
            return &*it;
        }
    }
    return nullptr;
}

const Run *World::latestRunOf(qint64 jobId) const
{
    for (auto it = runs.cend(); it != runs.cbegin();) {
        --it;
        if (it->jobId == jobId) {
            return &*it;
        }
    }
    return nullptr;
}

void World::ensureSteps(Run &run) const
{
    if (run.stepsMaterialised || !run.startedAt.isValid()) {
        return;
    }
    run.stepsMaterialised = true;
    const Project *proj = project(run.projectId);
    const QStringList commands = runCommands(run, jobs.value(run.jobId));
    QDateTime at = run.startedAt;
    for (int i = 0; i < commands.size() && i < run.plan.stepSeconds.size(); ++i) {
        Step step;
        step.index = i + 1;
        step.id = run.id * 100 + step.index; // decodable: findStep() needs no index
        step.dbtCommand = commands.at(i);
        step.name = stepName(step.dbtCommand, proj ? proj->connectionType : QString());
        step.createdAt = at;
        step.startedAt = at;
        step.finishedAt = at.addSecs(run.plan.stepSeconds.at(i));
        const bool fails = run.plan.outcome == RunStatus::Error && run.plan.failStep == step.index;
        step.status = fails ? RunStatus::Error : RunStatus::Success;
        step.logs = stepLogs(run, step, fails);
        at = step.finishedAt;
        run.steps.append(step);
        if (fails) {
            break; // later steps never start: they show up as skipped in the retry details
        }
    }
    if (run.status == RunStatus::Cancelled && run.finishedAt.isValid()) {
        truncateSteps(run);
    }
}

void World::truncateSteps(Run &run)
{
    QList<Step> kept;
    for (Step s : std::as_const(run.steps)) {
        if (s.startedAt >= run.finishedAt) {
            break;
        }
        if (s.finishedAt > run.finishedAt) {
            s.finishedAt = run.finishedAt;
            s.status = RunStatus::Cancelled;
            QList<LogLine> logs;
            for (const LogLine &l : std::as_const(s.logs)) {
                if (l.at <= run.finishedAt) {
                    logs.append(l);
                }
            }
            s.logs = logs;
        }
        kept.append(s);
    }
    run.steps = kept;
}

std::pair<Run *, const Step *> World::findStep(qint64 accountId, qint64 stepId)
{
    Run *r = run(accountId, stepId / 100);
    if (!r) {
        return { nullptr, nullptr };
    }
    ensureSteps(*r);
    for (const Step &s : std::as_const(r->steps)) {
        if (s.id == stepId) {
            return { r, &s };
        }
    }
    return { r, nullptr };
}

} // namespace Dbtc::Sim
