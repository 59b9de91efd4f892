// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Models {

//! \brief A five-field cron expression in plain words ("Every day at 06:00 UTC",
//! "Every 15 minutes", "Mondays to Fridays at 09:30 UTC"). Falls back to the expression itself
//! when it is too irregular to say briefly. dbt Cloud schedules are in UTC.
QString cronToWords(const QString &cron);

} // namespace Dbtc::Models
