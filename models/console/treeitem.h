// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QDataStream;

namespace Dbtc::Api {
struct Environment;
struct Job;
struct Project;
} // namespace Dbtc::Api

namespace Dbtc::Models {

enum class TreeNodeKind {
    Connection,
    Account,
    Project,
    Environment,
    Job,
    //! Under each account: the "Administration" node and one child per AdminArea (id =
    //! int(AdminArea)). Built locally, never fetched, never in the offline cache.
    Administration,
    AdminArea,
};

//! Nodes with no children on the server: jobs and the administration nodes.
inline bool isLeafKind(TreeNodeKind kind)
{
    return kind == TreeNodeKind::Job || kind == TreeNodeKind::AdminArea;
}

inline bool isAdminKind(TreeNodeKind kind)
{
    return kind == TreeNodeKind::Administration || kind == TreeNodeKind::AdminArea;
}

//! \brief The plain data of one navigator node: what is shown, what is merged on refresh and
//! what goes into the offline cache (never a token).
struct TreeItem
{
    TreeNodeKind kind = TreeNodeKind::Account;
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    QString detail; //!< project: repository; environment: "Production deployment"
    // Jobs only
    QString cron; //!< empty when the job has no schedule trigger
    QDateTime nextRun;
    qint64 lastRunId = 0; //!< 0 = never ran (as far as we know)
    Api::RunStatus lastStatus = Api::RunStatus::Queued;
    QDateTime lastRunAt;
    bool childrenLoaded = false; //!< cache only: the node had been expanded

    static TreeItem fromProject(const Api::Project &p);
    static TreeItem fromEnvironment(const Api::Environment &e);
    static TreeItem fromJob(const Api::Job &j);

    //! Same node (kind and id); used to merge a refreshed list into the tree.
    bool sameNode(const TreeItem &o) const { return kind == o.kind && id == o.id; }

    friend bool operator==(const TreeItem &, const TreeItem &) = default;
};

QDataStream &operator<<(QDataStream &out, const TreeItem &item);
QDataStream &operator>>(QDataStream &in, TreeItem &item);

} // namespace Dbtc::Models
