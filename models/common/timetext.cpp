// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/timetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Dbtc::Models {

QString relativeTimeText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid()) {
        return {};
    }
    const qint64 secs = when.secsTo(now);
    const bool future = secs < 0;
    const qint64 a = future ? -secs : secs;
    QString amount;
    // The context lupdate gives a tr() call in namespace Dbtc::Models (translations/).
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Dbtc::Models", text);
    };
    if (a < 45) {
        return future ? tr("in a moment") : tr("just now");
    } else if (a < 3600) {
        amount = tr("%1m").arg(std::max<qint64>(1, (a + 30) / 60));
    } else if (a < 86400) {
        amount = tr("%1h").arg((a + 1800) / 3600);
    } else {
        amount = tr("%1d").arg(a / 86400);
    }
    return (future ? tr("in %1") : tr("%1 ago")).arg(amount);
}

QString exactTimeText(const QDateTime &when)
{
    if (!when.isValid()) {
        return {};
    }
    const QDateTime local = when.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) + QStringLiteral(" (")
        + when.toUTC().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC)");
}

QString durationText(qint64 seconds)
{
    if (seconds < 0) {
        seconds = 0;
    }
    const qint64 d = seconds / 86400;
    const qint64 h = (seconds % 86400) / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) {
        return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
    };
    if (d > 0) {
        return QStringLiteral("%1d %2h").arg(d).arg(h);
    }
    if (h > 0) {
        return QStringLiteral("%1h %2m").arg(h).arg(two(m));
    }
    if (m > 0) {
        return QStringLiteral("%1m %2s").arg(m).arg(two(s));
    }
    return QStringLiteral("%1s").arg(s);
}

QString executionTimeText(double seconds)
{
    if (!(seconds >= 0)) {
        seconds = 0; // also NaN
    }
    if (seconds >= 60) {
        return durationText(qint64(seconds));
    }
    return QStringLiteral("%1 s").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 2 : 1));
}

} // namespace Dbtc::Models
