// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Models {

//! "dbt build -s x" from dbt Cloud's step name "Invoke dbt with `dbt build -s x`"; empty when
//! the step is not a dbt command (clone, profile...). The triage's "reproduce locally" and the
//! retry preview both read the failed step's command from it.
QString dbtCommandOfStep(const QString &stepName);

} // namespace Dbtc::Models
