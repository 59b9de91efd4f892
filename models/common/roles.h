// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Dbtc::Models {

// Unscoped on purpose: roles are passed around as plain ints (QModelIndex::data(int)),
// and delegates receive them through setters without including model headers.
enum Role {
    RawValueRole = Qt::UserRole + 1, //!< the sortable value behind a cell (qint64, QDateTime, int)
    RunIdRole,
    StatusRole, //!< int(Api::RunStatus)
    InProgressRole, //!< bool: queued, starting or running
    JobIdRole,
    EnvironmentIdRole,
    ProjectIdRole,
    BranchRole,
    HrefRole, //!< QUrl of the run (or job) in the dbt Cloud web UI
    StartedAtRole, //!< QDateTime, for the live elapsed painter
    NodeKindRole, //!< int(TreeNodeKind)
    NodeIdRole,
    ConnectionIdRole,
    AccountIdRole,
    ScheduleTextRole, //!< the job's cron in words
    NextRunRole, //!< QDateTime
    StaleRole, //!< bool: shown from the offline cache, not yet refreshed
    LoadingRole, //!< bool: children are being fetched
    ErrorTextRole, //!< QString: the last fetch of this node failed
};

// Unscoped like Role: used as plain column numbers by views and the proxy.
enum RunColumn {
    RunStatusColumn,
    RunIdColumn,
    RunJobColumn,
    RunEnvironmentColumn,
    RunTriggerColumn,
    RunBranchColumn,
    RunCreatedColumn,
    RunStartedColumn,
    RunFinishedColumn,
    RunQueuedColumn,
    RunDurationColumn,
    RunColumnCount
};

} // namespace Dbtc::Models
