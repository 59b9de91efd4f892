// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/runconversions.h"

namespace Dbtc::Models {

Api::Run apiRunFrom(const RunRecord &r)
{
    Api::Run run;
    run.id = r.id;
    run.accountId = r.accountId;
    run.projectId = r.projectId;
    run.environmentId = r.environmentId;
    run.jobDefinitionId = r.jobId;
    run.status = r.status;
    run.jobName = r.jobName;
    run.environmentName = r.environmentName;
    run.statusMessage = r.statusMessage;
    run.gitBranch = r.gitBranch;
    run.gitSha = r.gitSha;
    run.createdAt = r.createdAt;
    run.startedAt = r.startedAt;
    run.finishedAt = r.finishedAt;
    run.queuedDuration = std::chrono::seconds(r.queuedSeconds);
    run.runDuration = std::chrono::seconds(r.runSeconds);
    run.duration = run.queuedDuration + run.runDuration;
    run.href = r.href;
    run.inProgress = Api::isInProgress(r.status);
    run.isComplete = !run.inProgress;
    run.isSuccess = r.status == Api::RunStatus::Success;
    run.isError = r.status == Api::RunStatus::Error;
    run.isCancelled = r.status == Api::RunStatus::Cancelled;
    return run;
}

QList<Api::Run> apiRunsFrom(const QList<RunRecord> &records)
{
    QList<Api::Run> out;
    out.reserve(records.size());
    for (const auto &r : records) {
        out.append(apiRunFrom(r));
    }
    return out;
}

bool runInScope(const RunScope &scope, const RunRecord &r)
{
    return !(r.accountId && scope.accountId && r.accountId != scope.accountId)
        && !(scope.jobId && r.jobId != scope.jobId)
        && !(scope.environmentId && r.environmentId != scope.environmentId)
        && !(scope.projectId && r.projectId != scope.projectId);
}

Api::Job apiJobFrom(const TreeItem &item)
{
    Api::Job job;
    job.id = item.id;
    job.name = item.name;
    job.accountId = item.accountId;
    job.projectId = item.projectId;
    job.environmentId = item.environmentId;
    return job;
}

} // namespace Dbtc::Models
