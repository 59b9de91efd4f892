// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/cronschedule.h"

#include <QLocale>
#include <QStringList>

namespace Dbtc::Models {

namespace {

struct FieldSpec
{
    const char *name;
    int low;
    int high;
    QStringList names; //!< names[i] means low + i
};

int valueOf(const QString &text, const FieldSpec &spec, bool *ok)
{
    const int index = spec.names.indexOf(text.toUpper());
    if (index >= 0) {
        *ok = true;
        return spec.low + index;
    }
    return text.toInt(ok);
}

// One field into the set of values it allows; false with \a error naming the problem.
template <std::size_t N>
bool parseField(const QString &field, const FieldSpec &spec, std::bitset<N> *out, QString *error)
{
    for (const QString &part : field.split(u',')) {
        QString range = part;
        int step = 1;
        const qsizetype slash = part.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1) {
                *error =
                    QStringLiteral("step '%1' is not a positive number").arg(part.mid(slash + 1));
                return false;
            }
            range = part.left(slash);
        }
        int from = spec.low;
        int to = spec.high;
        if (range != u"*") {
            const qsizetype dash = range.indexOf(u'-');
            bool ok1 = false;
            bool ok2 = true;
            from = valueOf(dash >= 0 ? range.left(dash) : range, spec, &ok1);
            to = dash >= 0 ? valueOf(range.mid(dash + 1), spec, &ok2)
                           : (slash >= 0 ? spec.high : from);
            if (!ok1 || !ok2) {
                *error = QStringLiteral("'%1' is not a number").arg(range);
                return false;
            }
        }
        // Day of week 7 is Sunday as well.
        const int high = spec.high == 6 ? 7 : spec.high;
        if (from < spec.low || to > high || from > to) {
            *error = QStringLiteral("%1 is out of %2-%3").arg(range).arg(spec.low).arg(spec.high);
            return false;
        }
        for (int v = from; v <= to; v += step) {
            out->set(std::size_t(spec.high == 6 ? v % 7 : v));
        }
    }
    return true;
}

} // namespace

std::optional<CronSchedule> CronSchedule::parse(const QString &cron, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const QStringList fields = cron.simplified().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        why = QStringLiteral("a cron expression has 5 fields (minute hour day month weekday), "
                             "this one has %1")
                  .arg(fields.size());
        return std::nullopt;
    }
    static const FieldSpec specs[5] = {
        { "minute", 0, 59, {} },
        { "hour", 0, 23, {} },
        { "day of month", 1, 31, {} },
        { "month",
            1,
            12,
            { QStringLiteral("JAN"),
                QStringLiteral("FEB"),
                QStringLiteral("MAR"),
                QStringLiteral("APR"),
                QStringLiteral("MAY"),
                QStringLiteral("JUN"),
                QStringLiteral("JUL"),
                QStringLiteral("AUG"),
                QStringLiteral("SEP"),
                QStringLiteral("OCT"),
                QStringLiteral("NOV"),
                QStringLiteral("DEC") } },
        { "day of week",
            0,
            6,
            { QStringLiteral("SUN"),
                QStringLiteral("MON"),
                QStringLiteral("TUE"),
                QStringLiteral("WED"),
                QStringLiteral("THU"),
                QStringLiteral("FRI"),
                QStringLiteral("SAT") } },
    };
    CronSchedule s;
    QString fieldError;
    int failed = -1;
    if (!parseField(fields[0], specs[0], &s.m_minutes, &fieldError)) {
        failed = 0;
    } else if (!parseField(fields[1], specs[1], &s.m_hours, &fieldError)) {
        failed = 1;
    } else if (!parseField(fields[2], specs[2], &s.m_days, &fieldError)) {
        failed = 2;
    } else if (!parseField(fields[3], specs[3], &s.m_months, &fieldError)) {
        failed = 3;
    } else if (!parseField(fields[4], specs[4], &s.m_weekdays, &fieldError)) {
        failed = 4;
    }
    if (failed >= 0) {
        why = QStringLiteral("field %1 (%2): %3")
                  .arg(failed + 1)
                  .arg(QLatin1String(specs[failed].name), fieldError);
        return std::nullopt;
    }
    s.m_anyDay = fields[2].startsWith(u'*');
    s.m_anyWeekday = fields[4].startsWith(u'*');
    return s;
}

bool CronSchedule::matches(const QDateTime &at) const
{
    const QDateTime utc = at.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!m_minutes.test(std::size_t(t.minute())) || !m_hours.test(std::size_t(t.hour()))
        || !m_months.test(std::size_t(d.month()))) {
        return false;
    }
    const bool day = m_days.test(std::size_t(d.day()));
    const bool weekday = m_weekdays.test(std::size_t(d.dayOfWeek() % 7));
    if (m_anyDay || m_anyWeekday) {
        return day && weekday;
    }
    return day || weekday; // cron: both restricted means either
}

QList<QDateTime> CronSchedule::nextRuns(const QDateTime &after, int count) const
{
    QList<QDateTime> runs;
    QDateTime utc = after.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    utc = utc.addSecs(60);
    const QDateTime limit = utc.addYears(5);
    // Day by day, then hour by hour, then minute by minute: a few thousand steps at most.
    while (runs.size() < count && utc < limit) {
        const QDate d = utc.date();
        const bool day = m_days.test(std::size_t(d.day()));
        const bool weekday = m_weekdays.test(std::size_t(d.dayOfWeek() % 7));
        const bool dayOk = m_months.test(std::size_t(d.month()))
            && ((m_anyDay || m_anyWeekday) ? day && weekday : day || weekday);
        if (!dayOk) {
            utc = QDateTime(d.addDays(1), QTime(0, 0), Qt::UTC);
            continue;
        }
        if (!m_hours.test(std::size_t(utc.time().hour()))) {
            utc = QDateTime(d, QTime(utc.time().hour(), 0), Qt::UTC).addSecs(3600);
            continue;
        }
        if (m_minutes.test(std::size_t(utc.time().minute()))) {
            runs.append(utc);
        }
        utc = utc.addSecs(60);
    }
    return runs;
}

QList<CronRunPreview> previewRuns(
    const QString &cron, const QTimeZone &zone, const QDateTime &after, int count)
{
    QList<CronRunPreview> out;
    const std::optional<CronSchedule> schedule = CronSchedule::parse(cron);
    if (!schedule) {
        return out;
    }
    const QLocale c = QLocale::c();
    for (const QDateTime &utc : schedule->nextRuns(after, count)) {
        const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        CronRunPreview p;
        p.utc = utc;
        p.localText = c.toString(local, QStringLiteral("ddd d MMM yyyy HH:mm")) + u' '
            + (zone.isValid() ? zone.abbreviation(utc) : QStringLiteral("UTC"));
        p.utcText = c.toString(utc, QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
        out.append(p);
    }
    return out;
}

} // namespace Dbtc::Models
