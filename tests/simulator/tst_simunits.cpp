// SPDX-License-Identifier: GPL-3.0-or-later
// Small pure pieces: cron, the real time/duration formats and list-parameter parsing.
#include "simulator/cron.h"
#include "simulator/http.h"
#include "simulator/timefmt.h"

#include <QTest>

using namespace Dbtc::Sim;

class TestSimUnits final : public QObject
{
    Q_OBJECT

private slots:

    void cron_nextAfter()
    {
        const auto c = Cron::parse(QStringLiteral("30 7 * * 1-5"));
        QVERIFY(c);
        const QDateTime fri(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC); // a Friday
        QCOMPARE(
            c->nextAfter(fri), QDateTime(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC)); // Monday
        QCOMPARE(Cron::parse(QStringLiteral("*/30 * * * *"))->nextAfter(fri),
            QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC));
        QVERIFY(!Cron::parse(QStringLiteral("61 * * * *")));
        QVERIFY(!Cron::parse(QStringLiteral("* * *")));
        QCOMPARE(
            Cron::parse(QStringLiteral("0 * * * *"))->humanized(), QStringLiteral("Every hour"));
    }

    void formats_matchTheRealService()
    {
        QCOMPARE(hms(110), QStringLiteral("00:01:50"));
        QCOMPARE(hms(86436), QStringLiteral("24:00:36"));
        QCOMPARE(humanizedDuration(110), QStringLiteral("1 minute, 50 seconds"));
        QCOMPARE(humanizedDuration(12), QStringLiteral("12 seconds"));
        QCOMPARE(humanizedDuration(0), QStringLiteral("0 minutes"));
        QCOMPARE(humanizedDuration(86436), QStringLiteral("1 day"));
        QCOMPARE(humanizedDuration(15 * 86400), QStringLiteral("2 weeks, 1 day"));
        const QDateTime t(QDate(2021, 12, 7), QTime(10, 32, 24, 326), Qt::UTC);
        QVERIFY(runTimestamp(t).toString().startsWith(QLatin1String("2021-12-07 10:32:24.326")));
        QVERIFY(runTimestamp(t).toString().endsWith(QLatin1String("+00:00")));
        QCOMPARE(runTimestamp(t).toString().size(), 32);
        QVERIFY(isoTimestamp(t).toString().startsWith(QLatin1String("2021-12-07T10:32:24")));
        QVERIFY(runTimestamp(QDateTime()).isNull());
        QCOMPARE(humanizedRelative(t.addSecs(60), t), QStringLiteral("0 minutes from now"));
    }

    void listParams_everyEncoding()
    {
        Request r;
        r.query = { { QStringLiteral("x"), QStringLiteral("[\"a\", \"b\"]") },
            { QStringLiteral("x"), QStringLiteral("c,d") },
            { QStringLiteral("x"), QStringLiteral("['e']") } };
        QCOMPARE(r.list(QStringLiteral("x")),
            (QStringList { QStringLiteral("a"),
                QStringLiteral("b"),
                QStringLiteral("c"),
                QStringLiteral("d"),
                QStringLiteral("e") }));
        QVERIFY(r.list(QStringLiteral("y")).isEmpty());
    }
};

QTEST_MAIN(TestSimUnits)
#include "tst_simunits.moc"
