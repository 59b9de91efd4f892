// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Models {

//! \brief One way two runs were started differently: a setting ("Git branch", "Threads") or
//! one step of the commands they ran ("Step 2"). An empty side means "not set" or "no step".
struct RunSettingChange
{
    QString what;
    QString before;
    QString after;

    bool operator==(const RunSettingChange &) const = default;
};

//! \brief The dbt commands a run executed: the trigger's steps override when it had one, else
//! the job's steps as the run reported them.
QStringList executedCommands(const Api::Run &run);

//! \brief The settings and steps in which \a after differs from \a before, in a fixed order
//! (job, environment, dbt version, git branch and commit, trigger, overrides, then the steps
//! one by one); empty when both were started the same way.
QList<RunSettingChange> compareRunSettings(const Api::Run &before, const Api::Run &after);

//! \brief "abc1234 → def5678", "abc1234 (both runs)", or empty when neither run says.
QString gitShaRange(const Api::Run &before, const Api::Run &after);

} // namespace Dbtc::Models
