// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/job.h"
#include "api/types/run.h"
#include "models/console/runrecord.h"
#include "models/console/runscope.h"
#include "models/console/treeitem.h"

#include <QList>

namespace Dbtc::Models {

//! \brief The dashboard knows runs as compact records; the actions want Api::Run. The fields
//! the actions and the notifier read are carried over; the trigger (overrides) is not, so a
//! rerun from start fetches the full run first (RunActions does).
Api::Run apiRunFrom(const Models::RunRecord &record);
QList<Api::Run> apiRunsFrom(const QList<Models::RunRecord> &records);
//! Whether \a record belongs on the dashboard of \a scope.
bool runInScope(const Models::RunScope &scope, const Models::RunRecord &record);
//! A job as far as the navigator knows it (id, name, ids); the trigger dialog fetches the rest.
Api::Job apiJobFrom(const Models::TreeItem &item);

} // namespace Dbtc::Models
