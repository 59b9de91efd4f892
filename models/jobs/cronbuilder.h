// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Dbtc::Models {

//! \brief The schedule builder behind the editor: "every N hours", "at these hours", on some
//! days of the week, or a custom cron; it writes the cron and dbt Cloud's schedule date/time
//! types (every_day / days_of_week / custom_cron, every_hour / at_exact_hours). All in UTC,
//! like dbt Cloud's schedules.
struct CronBuilder
{
    enum class Mode {
        EveryNHours, //!< minute m of every N-th hour
        AtHours, //!< minute m of each listed hour
        Custom, //!< the cron as typed
    };

    Mode mode = Mode::EveryNHours;
    int intervalHours = 1; //!< 1-23
    QList<int> hours; //!< AtHours: 0-23
    int minute = 0;
    QList<int> days; //!< 0 = Sunday ... 6; empty = every day
    QString customCron;

    //! \brief The five-field cron this builds ("0 */4 * * 1-5" as "0 */4 * * 1,2,3,4,5").
    QString cron() const;
    QString dateType() const; //!< every_day, days_of_week or custom_cron
    QString timeType() const; //!< every_hour or at_exact_hours

    //! \brief The builder that writes \a cron, when it is one of the shapes above; otherwise
    //! Mode::Custom holding \a cron.
    static CronBuilder fromCron(const QString &cron);

    friend bool operator==(const CronBuilder &, const CronBuilder &) = default;
};

} // namespace Dbtc::Models
