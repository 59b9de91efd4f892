// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

class QDataStream;

namespace Dbtc::Api {
struct Run;
}

namespace Dbtc::Models {

//! \brief The part of a run the dashboard shows, kept compact because the model may hold
//! 100,000 of them. Api::Run carries ~60 fields; the detail page fetches the full run itself.
struct RunRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 jobId = 0;
    Api::RunStatus status = Api::RunStatus::Queued;
    QString jobName; //!< empty when the list was fetched without include_related=job
    QString environmentName;
    QString cause; //!< trigger.cause
    QString causeCategory; //!< trigger.cause_category ("scheduled", "api", ...)
    QString gitBranch;
    QString gitSha;
    QString statusMessage;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 queuedSeconds = 0;
    qint64 runSeconds = 0;
    QUrl href;

    static RunRecord fromApi(const Api::Run &run);

    bool inProgress() const { return Api::isInProgress(status); }

    //! The run's duration now: the stored one when finished, the live elapsed time otherwise.
    qint64 elapsedSeconds(const QDateTime &now) const;
    //! Fills names a newer copy of the same run lacks (a list fetched without include_related).
    void inheritNamesFrom(const RunRecord &older);

    friend bool operator==(const RunRecord &, const RunRecord &) = default;
};

QDataStream &operator<<(QDataStream &out, const RunRecord &r);
QDataStream &operator>>(QDataStream &in, RunRecord &r);

} // namespace Dbtc::Models
