// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/json.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Dbtc::Api::Json {

QDateTime parseTimestamp(const QString &text)
{
    // Runs/steps/triggers use "YYYY-MM-DD HH:MM:SS.ffffff+00:00", jobs/accounts ISO with 'T',
    // older nested jobs 'Z'; some fields have no fraction. One pattern covers all of them.
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)"
                       R"(\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7)) {
        const QString fraction = QString(m.captured(7) + QStringLiteral("00")).left(3);
        ms = fraction.toInt();
    }
    const QTime time(m.captured(4).toInt(),
        m.captured(5).toInt(),
        m.hasCaptured(6) ? m.captured(6).toInt() : 0,
        ms);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z" && zone != u"z") {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const QString digits = zone.mid(1).remove(u':');
        offsetSeconds = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
    }
    QDateTime dt(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return dt.toUTC();
}

std::optional<std::chrono::seconds> parseDuration(const QString &text)
{
    // "HH:MM:SS" where HH may exceed 24 ("24:00:36"); Python's timedelta form
    // "1 day, 0:00:36" is accepted too in case a proxy or an old server sends it.
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:(-?\d+) days?, )?(\d+):(\d{2}):(\d{2})(?:\.\d+)?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 days = m.hasCaptured(1) ? m.captured(1).toLongLong() : 0;
    const qint64 total = days * 86400 + m.captured(2).toLongLong() * 3600
        + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
    return std::chrono::seconds { total };
}

} // namespace Dbtc::Api::Json
