// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <bitset>
#include <optional>

namespace Dbtc::Models {

//! \brief A five-field cron expression (minute hour day-of-month month day-of-week) as dbt
//! Cloud runs it: in UTC. Lists, ranges, steps and names (MON, JAN) are accepted; day-of-month
//! and day-of-week combine the way cron does (either matches when both are restricted).
class CronSchedule
{
public:
    //! \brief Parses \a cron; nullopt with \a error set ("field 2 (hour): 25 is out of 0-23").
    static std::optional<CronSchedule> parse(const QString &cron, QString *error = nullptr);

    //! \brief The next \a count run times strictly after \a after, in UTC (at most a few years
    //! ahead: an expression that never fires, such as 30 February, gives fewer).
    QList<QDateTime> nextRuns(const QDateTime &after, int count) const;

    bool matches(const QDateTime &utc) const;

private:
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days; //!< 1-31
    std::bitset<13> m_months; //!< 1-12
    std::bitset<7> m_weekdays; //!< 0 = Sunday
    bool m_anyDay = true;
    bool m_anyWeekday = true;
};

//! \brief One previewed run: when it starts in UTC and on the account's clock.
struct CronRunPreview
{
    QDateTime utc;
    QString localText; //!< "Sun 29 Mar 2026 08:00 CEST"
    QString utcText; //!< "06:00 UTC"
};

//! \brief The next \a count runs of \a cron after \a after, each shown in \a zone (the
//! account's time zone): a fixed UTC schedule moves by an hour on the account's clock across
//! a daylight-saving change, and the preview says so. Empty when \a cron does not parse.
QList<CronRunPreview> previewRuns(
    const QString &cron, const QTimeZone &zone, const QDateTime &after, int count = 5);

} // namespace Dbtc::Models
