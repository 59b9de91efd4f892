// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/treeitem.h"

#include "api/types/environment.h"
#include "api/types/job.h"
#include "api/types/project.h"
#include "api/types/run.h"

#include <QDataStream>

namespace Dbtc::Models {

TreeItem TreeItem::fromProject(const Api::Project &p)
{
    TreeItem t;
    t.kind = TreeNodeKind::Project;
    t.id = p.id;
    t.name = p.name;
    t.accountId = p.accountId;
    t.projectId = p.id;
    t.detail = p.repositoryName;
    return t;
}

TreeItem TreeItem::fromEnvironment(const Api::Environment &e)
{
    TreeItem t;
    t.kind = TreeNodeKind::Environment;
    t.id = e.id;
    t.name = e.name;
    t.accountId = e.accountId;
    t.projectId = e.projectId;
    t.environmentId = e.id;
    switch (e.deploymentType) {
    case Api::DeploymentType::Production:
        t.detail = QStringLiteral("Production");
        break;
    case Api::DeploymentType::Staging:
        t.detail = QStringLiteral("Staging");
        break;
    default:
        t.detail = Api::environmentTypeText(e.type);
        break;
    }
    return t;
}

TreeItem TreeItem::fromJob(const Api::Job &j)
{
    TreeItem t;
    t.kind = TreeNodeKind::Job;
    t.id = j.id;
    t.name = j.name;
    t.accountId = j.accountId;
    t.projectId = j.projectId;
    t.environmentId = j.environmentId;
    if (j.triggers.schedule && !j.deactivated) {
        t.cron = j.schedule.cron;
        t.nextRun = j.nextRun;
    }
    if (j.mostRecentRun) {
        t.lastRunId = j.mostRecentRun->id;
        t.lastStatus = j.mostRecentRun->status;
        t.lastRunAt = j.mostRecentRun->createdAt;
    }
    return t;
}

QDataStream &operator<<(QDataStream &out, const TreeItem &t)
{
    out << int(t.kind) << t.id << t.name << t.accountId << t.projectId << t.environmentId
        << t.detail << t.cron << t.nextRun << t.lastRunId << int(t.lastStatus) << t.lastRunAt
        << t.childrenLoaded;
    return out;
}

QDataStream &operator>>(QDataStream &in, TreeItem &t)
{
    int kind = 0;
    int status = 0;
    in >> kind >> t.id >> t.name >> t.accountId >> t.projectId >> t.environmentId >> t.detail
        >> t.cron >> t.nextRun >> t.lastRunId >> status >> t.lastRunAt >> t.childrenLoaded;
    if (kind < int(TreeNodeKind::Connection) || kind > int(TreeNodeKind::Job)
        || !Api::runStatusFromInt(status, &t.lastStatus)) {
        in.setStatus(QDataStream::ReadCorruptData);
    }
    t.kind = TreeNodeKind(kind);
    return in;
}

} // namespace Dbtc::Models
