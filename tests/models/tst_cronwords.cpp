// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/cronwords.h"

#include <QTest>

using namespace Dbtc::Models;

class TestCronWords final : public QObject
{
    Q_OBJECT

private slots:
    void cronToWords_data();
    void cronToWords();
};

void TestCronWords::cronToWords_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("words");
    QTest::newRow("daily") << u"0 6 * * *"_qs << u"Every day at 06:00 UTC"_qs;
    QTest::newRow("weekdays") << u"30 9 * * 1-5"_qs << u"Mondays to Fridays at 09:30 UTC"_qs;
    QTest::newRow("every 15") << u"*/15 * * * *"_qs << u"Every 15 minutes"_qs;
    QTest::newRow("hourly") << u"5 * * * *"_qs << u"Hourly at :05"_qs;
    QTest::newRow("two hours") << u"0 2,14 * * *"_qs << u"Every day at 02:00, 14:00 UTC"_qs;
    QTest::newRow("every 4h") << u"0 */4 * * 0"_qs << u"Every 4 hours, Sundays"_qs;
    QTest::newRow("irregular kept") << u"0 0 1 * *"_qs << u"0 0 1 * *"_qs;
    QTest::newRow("garbage kept") << u"not a cron"_qs << u"not a cron"_qs;
}

void TestCronWords::cronToWords()
{
    QFETCH(QString, cron);
    QFETCH(QString, words);
    QCOMPARE(Dbtc::Models::cronToWords(cron), words);
}

QTEST_GUILESS_MAIN(TestCronWords)
#include "tst_cronwords.moc"
