// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace Dbtc::Sim {

// The formats the real service writes (REFERENCE §4, §5): runs use a space separator, other
// objects ISO with 'T'; both with microseconds and "+00:00". Invalid times become JSON null.
QJsonValue runTimestamp(const QDateTime &t);
QJsonValue isoTimestamp(const QDateTime &t);
//! "HH:MM:SS" where hours may exceed 24.
QString hms(qint64 seconds);
//! "1 minute, 50 seconds", "12 seconds", "0 minutes", "1 day", "2 weeks, 1 day".
QString humanizedDuration(qint64 seconds);
//! "2 weeks, 1 day ago" for the past, "0 minutes from now" for the future.
QString humanizedRelative(const QDateTime &t, const QDateTime &now);

} // namespace Dbtc::Sim
