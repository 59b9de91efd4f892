// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/cron.h"

#include <QStringList>
#include <QTimeZone>

namespace Dbtc::Sim {

namespace {

// Sets the bits a field selects; false on a malformed field.
template <size_t N> bool parseField(const QString &field, int lo, int hi, std::bitset<N> &bits)
{
    const QStringList parts = field.split(QLatin1Char(','));
    for (const QString &part : parts) {
        QString range = part.section(QLatin1Char('/'), 0, 0);
        int step = 1;
        if (part.contains(QLatin1Char('/'))) {
            bool ok = false;
            step = part.section(QLatin1Char('/'), 1).toInt(&ok);
            if (!ok || step <= 0) {
                return false;
            }
        }
        int from = lo;
        int to = hi;
        if (range != QLatin1String("*")) {
            bool ok1 = false;
            bool ok2 = true;
            from = range.section(QLatin1Char('-'), 0, 0).toInt(&ok1);
            to = range.contains(QLatin1Char('-')) ? range.section(QLatin1Char('-'), 1).toInt(&ok2)
                : part.contains(QLatin1Char('/')) ? hi
                                                  : from;
            if (!ok1 || !ok2 || from < lo || to > hi || from > to) {
                return false;
            }
        }
        for (int v = from; v <= to; v += step) {
            bits.set(size_t(v));
        }
    }
    return true;
}

} // namespace

std::optional<Cron> Cron::parse(const QString &expr)
{
    const QStringList f = expr.simplified().split(QLatin1Char(' '));
    if (f.size() != 5) {
        return std::nullopt;
    }
    Cron c;
    c.m_expr = expr.simplified();
    std::bitset<8> dow;
    if (!parseField(f[0], 0, 59, c.m_minute) || !parseField(f[1], 0, 23, c.m_hour)
        || !parseField(f[2], 1, 31, c.m_dom) || !parseField(f[3], 1, 12, c.m_month)
        || !parseField(f[4], 0, 7, dow)) {
        return std::nullopt;
    }
    for (size_t d = 0; d < 7; ++d) {
        c.m_dow[d] = dow[d] || (d == 0 && dow[7]); // 7 is Sunday too
    }
    c.m_domStar = f[2] == QLatin1String("*");
    c.m_dowStar = f[4] == QLatin1String("*");
    return c;
}

bool Cron::matches(const QDateTime &utc) const
{
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!m_minute[size_t(t.minute())] || !m_hour[size_t(t.hour())] || !m_month[size_t(d.month())]) {
        return false;
    }
    const bool domOk = m_dom[size_t(d.day())];
    const bool dowOk = m_dow[size_t(d.dayOfWeek() % 7)];
    // Vixie cron: when both day fields are restricted, either may match.
    if (!m_domStar && !m_dowStar) {
        return domOk || dowOk;
    }
    return domOk && dowOk;
}

QDateTime Cron::nextAfter(const QDateTime &after) const
{
    QDateTime t = after.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    t = t.addSecs(60);
    const QDateTime limit = t.addDays(366);
    while (t < limit) {
        if (!m_month[size_t(t.date().month())] || !m_hour[size_t(t.time().hour())]) {
            // Skip a whole hour when the hour or month cannot match: keeps the search cheap.
            t = t.addSecs(3600 - t.time().minute() * 60);
            continue;
        }
        if (matches(t)) {
            return t;
        }
        t = t.addSecs(60);
    }
    return {};
}

QString Cron::humanized() const
{
    const QStringList f = m_expr.split(QLatin1Char(' '));
    const bool everyDay =
        f[2] == QLatin1String("*") && f[3] == QLatin1String("*") && f[4] == QLatin1String("*");
    if (m_minute.count() == 1 && f[1] == QLatin1String("*") && everyDay) {
        return f[0] == QLatin1String("0") ? QStringLiteral("Every hour")
                                          : QStringLiteral("At %1 minutes past the hour").arg(f[0]);
    }
    if (m_minute.count() == 1 && m_hour.count() == 1 && f[1].toInt() >= 0
        && !f[1].contains(QLatin1Char('/'))) {
        int minute = 0;
        while (!m_minute[size_t(minute)]) {
            ++minute;
        }
        const QString at = QStringLiteral("At %1:%2")
                               .arg(f[1].toInt(), 2, 10, QLatin1Char('0'))
                               .arg(minute, 2, 10, QLatin1Char('0'));
        if (everyDay) {
            return at;
        }
        if (f[4] == QLatin1String("1-5")) {
            return at + QStringLiteral(", Monday through Friday");
        }
    }
    if (f[0].startsWith(QLatin1String("*/")) && f[1] == QLatin1String("*")) {
        return QStringLiteral("Every %1 minutes").arg(f[0].mid(2));
    }
    return QStringLiteral("Cron: %1").arg(m_expr);
}

} // namespace Dbtc::Sim
