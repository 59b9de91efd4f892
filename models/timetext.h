// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Dbtc::Models {

//! \brief "just now", "5 min ago", "3 h ago", "2 days ago", "in 12 min"; empty when invalid.
QString relativeTimeText(const QDateTime &when, const QDateTime &now);
//! \brief The exact time for tooltips, in the user's local time zone with the zone named.
QString exactTimeText(const QDateTime &when);
//! \brief Durations the way people read them: "42s", "3m 05s", "1h 02m", "2d 3h".
QString durationText(qint64 seconds);

} // namespace Dbtc::Models
