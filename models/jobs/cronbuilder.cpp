// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/cronbuilder.h"

#include <QStringList>

#include <algorithm>

namespace Dbtc::Models {

namespace {

QString joined(QList<int> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    QStringList parts;
    for (const int v : values) {
        parts << QString::number(v);
    }
    return parts.join(u',');
}

// "1,3,5" or "1-5" into its values; false when it is anything else (steps, names).
bool listOf(const QString &field, int low, int high, QList<int> *out)
{
    out->clear();
    for (const QString &part : field.split(u',')) {
        const QStringList ends = part.split(u'-');
        bool ok1 = false;
        bool ok2 = false;
        const int from = ends.value(0).toInt(&ok1);
        const int to = ends.size() == 2 ? ends.value(1).toInt(&ok2) : from;
        if (!ok1 || (ends.size() == 2 && !ok2) || ends.size() > 2 || from < low || to > high
            || from > to) {
            return false;
        }
        for (int v = from; v <= to; ++v) {
            out->append(v % 7 == 0 && high == 7 ? 0 : v);
        }
    }
    return true;
}

} // namespace

QString CronBuilder::cron() const
{
    if (mode == Mode::Custom) {
        return customCron.simplified();
    }
    const QString dow = days.isEmpty() || days.size() >= 7 ? QStringLiteral("*") : joined(days);
    QString hour;
    if (mode == Mode::AtHours) {
        hour = hours.isEmpty() ? QStringLiteral("0") : joined(hours);
    } else {
        hour = intervalHours <= 1 ? QStringLiteral("*") : QStringLiteral("*/%1").arg(intervalHours);
    }
    return QStringLiteral("%1 %2 * * %3").arg(minute).arg(hour, dow);
}

QString CronBuilder::dateType() const
{
    if (mode == Mode::Custom) {
        return QStringLiteral("custom_cron");
    }
    return days.isEmpty() || days.size() >= 7 ? QStringLiteral("every_day")
                                              : QStringLiteral("days_of_week");
}

QString CronBuilder::timeType() const
{
    return mode == Mode::AtHours ? QStringLiteral("at_exact_hours") : QStringLiteral("every_hour");
}

CronBuilder CronBuilder::fromCron(const QString &cron)
{
    CronBuilder custom;
    custom.mode = Mode::Custom;
    custom.customCron = cron.simplified();
    const QStringList f = custom.customCron.split(u' ');
    bool minuteOk = false;
    CronBuilder b;
    b.minute = f.value(0).toInt(&minuteOk);
    if (f.size() != 5 || !minuteOk || b.minute < 0 || b.minute > 59 || f[2] != u"*"
        || f[3] != u"*") {
        return custom;
    }
    if (f[4] != u"*" && !listOf(f[4], 0, 7, &b.days)) {
        return custom;
    }
    if (f[1] == u"*") {
        b.mode = Mode::EveryNHours;
        b.intervalHours = 1;
    } else if (f[1].startsWith(QLatin1String("*/"))) {
        bool ok = false;
        b.intervalHours = f[1].mid(2).toInt(&ok);
        if (!ok || b.intervalHours < 1 || b.intervalHours > 23) {
            return custom;
        }
        b.mode = Mode::EveryNHours;
    } else if (listOf(f[1], 0, 23, &b.hours)) {
        b.mode = Mode::AtHours;
    } else {
        return custom;
    }
    std::sort(b.days.begin(), b.days.end());
    b.days.erase(std::unique(b.days.begin(), b.days.end()), b.days.end());
    if (b.days.size() >= 7) {
        b.days.clear();
    }
    return b;
}

} // namespace Dbtc::Models
