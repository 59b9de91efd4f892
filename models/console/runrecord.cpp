// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/runrecord.h"

#include "api/types/run.h"

#include <QDataStream>

namespace Dbtc::Models {

RunRecord RunRecord::fromApi(const Api::Run &run)
{
    RunRecord r;
    r.id = run.id;
    r.accountId = run.accountId;
    r.projectId = run.projectId;
    r.environmentId = run.environmentId;
    r.jobId = run.jobDefinitionId;
    r.status = run.status;
    r.jobName = run.jobName;
    r.environmentName = run.environmentName;
    if (run.trigger) {
        r.cause = run.trigger->cause;
        r.causeCategory = run.trigger->causeCategory;
    }
    r.gitBranch = run.gitBranch;
    r.gitSha = run.gitSha;
    r.statusMessage = run.statusMessage;
    r.createdAt = run.createdAt;
    r.startedAt = run.startedAt;
    r.finishedAt = run.finishedAt;
    r.queuedSeconds = run.queuedDuration.count();
    r.runSeconds = run.runDuration.count();
    r.href = run.href;
    return r;
}

qint64 RunRecord::elapsedSeconds(const QDateTime &now) const
{
    if (status == Api::RunStatus::Running || status == Api::RunStatus::Starting) {
        // The server's run_duration only moves when we poll; the clock moves every second.
        if (startedAt.isValid()) {
            return std::max<qint64>(runSeconds, startedAt.secsTo(now));
        }
    }
    return runSeconds;
}

void RunRecord::inheritNamesFrom(const RunRecord &older)
{
    if (jobName.isEmpty()) {
        jobName = older.jobName;
    }
    if (environmentName.isEmpty()) {
        environmentName = older.environmentName;
    }
    if (cause.isEmpty() && causeCategory.isEmpty()) {
        cause = older.cause;
        causeCategory = older.causeCategory;
    }
}

QDataStream &operator<<(QDataStream &out, const RunRecord &r)
{
    out << r.id << r.accountId << r.projectId << r.environmentId << r.jobId << int(r.status)
        << r.jobName << r.environmentName << r.cause << r.causeCategory << r.gitBranch << r.gitSha
        << r.statusMessage << r.createdAt << r.startedAt << r.finishedAt << r.queuedSeconds
        << r.runSeconds << r.href;
    return out;
}

QDataStream &operator>>(QDataStream &in, RunRecord &r)
{
    int status = 0;
    in >> r.id >> r.accountId >> r.projectId >> r.environmentId >> r.jobId >> status >> r.jobName
        >> r.environmentName >> r.cause >> r.causeCategory >> r.gitBranch >> r.gitSha
        >> r.statusMessage >> r.createdAt >> r.startedAt >> r.finishedAt >> r.queuedSeconds
        >> r.runSeconds >> r.href;
    if (!Api::runStatusFromInt(status, &r.status)) {
        in.setStatus(QDataStream::ReadCorruptData);
    }
    return in;
}

} // namespace Dbtc::Models
