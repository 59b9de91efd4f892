// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <bitset>
#include <optional>

namespace Dbtc::Sim {

//! A five-field cron expression in UTC (minute hour day-of-month month day-of-week), the form
//! dbt Cloud job schedules use: *, lists, ranges and steps.
class Cron
{
public:
    static std::optional<Cron> parse(const QString &expr);
    bool matches(const QDateTime &utc) const;
    //! The first matching minute strictly after `after` (searches up to a year ahead).
    QDateTime nextAfter(const QDateTime &after) const;
    //! "Every hour", "At 06:00 every day", ... close to what dbt Cloud writes.
    QString humanized() const;

private:
    QString m_expr;
    std::bitset<60> m_minute;
    std::bitset<24> m_hour;
    std::bitset<32> m_dom;
    std::bitset<13> m_month;
    std::bitset<7> m_dow;
    bool m_domStar = true;
    bool m_dowStar = true;
};

} // namespace Dbtc::Sim
