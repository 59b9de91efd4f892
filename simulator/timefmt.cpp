// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/timefmt.h"

namespace Dbtc::Sim {

namespace {

QJsonValue format(const QDateTime &t, QChar separator)
{
    if (!t.isValid()) {
        return QJsonValue::Null;
    }
    const QDateTime u = t.toUTC();
    // Qt has milliseconds only; the service prints microseconds, so pad with a stable suffix.
    const QString micro = QStringLiteral("%1").arg(
        u.time().msec() * 1000 + int(u.toMSecsSinceEpoch() % 7) * 111, 6, 10, QLatin1Char('0'));
    return QString(u.toString(QStringLiteral("yyyy-MM-dd")) + separator
        + u.toString(QStringLiteral("HH:mm:ss")) + QLatin1Char('.') + micro
        + QStringLiteral("+00:00"));
}

QString unit(qint64 n, const char *singular)
{
    const QString word = QLatin1String(singular);
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? word : word + QLatin1Char('s'));
}

} // namespace

QJsonValue runTimestamp(const QDateTime &t)
{
    return format(t, QLatin1Char(' '));
}

QJsonValue isoTimestamp(const QDateTime &t)
{
    return format(t, QLatin1Char('T'));
}

QString hms(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString humanizedDuration(qint64 seconds)
{
    // Django's timesince: the two largest adjacent units, and "0 minutes" below one second.
    seconds = qMax<qint64>(0, seconds);
    if (seconds == 0) {
        return QStringLiteral("0 minutes");
    }

    struct Unit
    {
        qint64 secs;
        const char *name;
    };

    static constexpr Unit units[] = { { 365 * 86400, "year" },
        { 30 * 86400, "month" },
        { 7 * 86400, "week" },
        { 86400, "day" },
        { 3600, "hour" },
        { 60, "minute" },
        { 1, "second" } };
    for (size_t i = 0; i < std::size(units); ++i) {
        const qint64 n = seconds / units[i].secs;
        if (n == 0) {
            continue;
        }
        QString out = unit(n, units[i].name);
        if (units[i].secs >= 86400 && i + 1 < std::size(units) && units[i + 1].secs < 86400) {
            return out; // "1 day" rather than "1 day, 0 hours": days never pair with hours
        }
        if (i + 1 < std::size(units)) {
            const qint64 rest = (seconds % units[i].secs) / units[i + 1].secs;
            if (rest > 0) {
                out += QStringLiteral(", ") + unit(rest, units[i + 1].name);
            }
        }
        return out;
    }
    return QStringLiteral("0 minutes");
}

QString humanizedRelative(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid() || t > now) {
        return QStringLiteral("0 minutes from now");
    }
    return humanizedDuration(t.secsTo(now)) + QStringLiteral(" ago");
}

} // namespace Dbtc::Sim
