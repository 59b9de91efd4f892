// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/cronwords.h"

#include <QStringList>

namespace Dbtc::Models {

namespace {

bool isNumber(const QString &s)
{
    bool ok = false;
    s.toInt(&ok);
    return ok;
}

QString daysInWords(const QString &dow)
{
    static const QStringList names = { QStringLiteral("Sundays"),
        QStringLiteral("Mondays"),
        QStringLiteral("Tuesdays"),
        QStringLiteral("Wednesdays"),
        QStringLiteral("Thursdays"),
        QStringLiteral("Fridays"),
        QStringLiteral("Saturdays"),
        QStringLiteral("Sundays") };
    if (dow == u"*") {
        return QStringLiteral("Every day");
    }
    if (dow == u"1-5") {
        return QStringLiteral("Mondays to Fridays");
    }
    QStringList out;
    for (const QString &part : dow.split(u',')) {
        bool ok = false;
        const int d = part.toInt(&ok);
        if (!ok || d < 0 || d > 7) {
            return {};
        }
        out << names.at(d);
    }
    return out.join(QStringLiteral(", "));
}

QString hoursInWords(const QString &hours, int minute)
{
    QStringList out;
    for (const QString &part : hours.split(u',')) {
        bool ok = false;
        const int h = part.toInt(&ok);
        if (!ok || h < 0 || h > 23) {
            return {};
        }
        out << QStringLiteral("%1:%2").arg(h, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

QString cronToWords(const QString &cron)
{
    const QStringList f = cron.simplified().split(u' ');
    if (f.size() != 5 || f.at(2) != u"*" || f.at(3) != u"*") {
        return cron;
    }
    const QString &min = f.at(0);
    const QString &hour = f.at(1);
    const QString days = daysInWords(f.at(4));
    if (days.isEmpty()) {
        return cron;
    }
    const QString daySuffix = f.at(4) == u"*" ? QString() : QStringLiteral(", ") + days;
    if (min.startsWith(u"*/") && hour == u"*" && isNumber(min.mid(2))) {
        return QStringLiteral("Every %1 minutes").arg(min.mid(2)) + daySuffix;
    }
    if (isNumber(min) && hour == u"*") {
        return QStringLiteral("Hourly at :%1").arg(min.toInt(), 2, 10, QChar(u'0')) + daySuffix;
    }
    if (isNumber(min) && hour.startsWith(u"*/") && isNumber(hour.mid(2))) {
        return QStringLiteral("Every %1 hours").arg(hour.mid(2)) + daySuffix;
    }
    if (isNumber(min)) {
        const QString at = hoursInWords(hour, min.toInt());
        if (!at.isEmpty()) {
            return days + QStringLiteral(" at ") + at + QStringLiteral(" UTC");
        }
    }
    return cron;
}

} // namespace Dbtc::Models
