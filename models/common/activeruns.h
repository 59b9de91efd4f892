// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>

namespace Dbtc::Api {
struct Run;
} // namespace Dbtc::Api

namespace Dbtc::Models {

//! \brief How many runs of one job are in flight right now: queued (waiting for a slot or for
//! an earlier run of the job) and running (starting included: it holds a slot). A count from
//! the watch's last cycle, "now" rather than history, so it is never written to the database.
struct ActiveRuns
{
    int queued = 0;
    int running = 0;

    bool isEmpty() const { return queued == 0 && running == 0; }

    friend bool operator==(const ActiveRuns &, const ActiveRuns &) = default;
};

//! Per job id.
using ActiveRunsByJob = QHash<qint64, ActiveRuns>;

//! Counts \a runs (a runs/ list filtered on status__in=[1,2,3]) per job, for every job of
//! \a jobIds: each one gets an entry, zeros included, so a job whose runs ended reads 0 and not
//! "unknown". Runs of other jobs (deleted, or outside the listed scope) are left out; so is a
//! run that is no longer in flight (a page of the list can lag behind).
ActiveRunsByJob countActiveRuns(const QList<qint64> &jobIds, const QList<Api::Run> &runs);

} // namespace Dbtc::Models

Q_DECLARE_METATYPE(Dbtc::Models::ActiveRunsByJob)
