// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"

#include <QString>

namespace Dbtc::Models {

//! The run status as the user reads it: dbt Cloud's words (Api::runStatusText, the wire's
//! status_humanized) in the user's language. Api::runStatusText stays the English key that
//! filters and logs use.
QString runStatusLabel(Api::RunStatus status);

} // namespace Dbtc::Models
