// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Dbtc::Models {

//! \brief "just now", "5m ago", "3h ago", "4d ago", "in 12m"; empty when invalid.
//! Short on purpose: it sits in narrow table columns; the tooltip has the exact time.
QString relativeTimeText(const QDateTime &when, const QDateTime &now);
//! \brief The exact time for tooltips, in the user's local time zone with the zone named.
QString exactTimeText(const QDateTime &when);
//! \brief Durations the way people read them: "42s", "3m 05s", "1h 02m", "2d 3h".
QString durationText(qint64 seconds);
//! \brief Measured times (dbt's execution_time, timing bars) keep their precision under a
//! minute: "0.42 s", "12.3 s"; from a minute on they read like durationText ("3m 05s").
QString executionTimeText(double seconds);

} // namespace Dbtc::Models
