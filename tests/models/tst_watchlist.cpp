// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/settingsstore.h"
#include "models/notifications/watchlist.h"

#include <QSignalSpy>
#include <QTest>

using Dbtc::Models::MemorySettingsStore;
using Dbtc::Models::WatchList;

class TestWatchList final : public QObject
{
    Q_OBJECT

private slots:

    void starring_persistsPerConnection()
    {
        MemorySettingsStore settings;
        {
            WatchList list(&settings);
            list.setWatched(QStringLiteral("prod"), 42, true);
            list.setWatched(QStringLiteral("prod"), 7, true);
            list.setWatched(QStringLiteral("staging"), 42, true);
        }
        QCOMPARE(settings.value(QStringLiteral("watch/prod")).toStringList(),
            (QStringList { QStringLiteral("7"), QStringLiteral("42") }));
        WatchList reopened(&settings);
        QCOMPARE(reopened.watchedJobs(QStringLiteral("prod")), (QSet<qint64> { 7, 42 }));
        QVERIFY(reopened.isWatched(QStringLiteral("staging"), 42));
        QVERIFY(!reopened.isWatched(QStringLiteral("staging"), 7));
        QStringList connections = reopened.connections();
        connections.sort();
        QCOMPARE(connections, (QStringList { QStringLiteral("prod"), QStringLiteral("staging") }));
    }

    void changes_signalOncePerRealChange()
    {
        MemorySettingsStore settings;
        WatchList list(&settings);
        QSignalSpy spy(&list, &WatchList::watchChanged);
        list.setWatched(QStringLiteral("prod"), 1, true);
        list.setWatched(QStringLiteral("prod"), 1, true); // no change, no signal
        list.toggle(QStringLiteral("prod"), 1);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(2).toBool(), false);
        QVERIFY(!list.isWatched(QStringLiteral("prod"), 1));
        QVERIFY(settings.allKeys().isEmpty()); // empty sets leave no key
    }

    void clear_forgetsOnlyThatConnection()
    {
        MemorySettingsStore settings;
        WatchList list(&settings);
        list.setWatched(QStringLiteral("a"), 1, true);
        list.setWatched(QStringLiteral("a"), 2, true);
        list.setWatched(QStringLiteral("b"), 1, true);
        list.clear(QStringLiteral("a"));
        QVERIFY(list.watchedJobs(QStringLiteral("a")).isEmpty());
        QVERIFY(list.isWatched(QStringLiteral("b"), 1));
        QCOMPARE(list.connections(), QStringList { QStringLiteral("b") });
    }

    void garbageInSettings_isIgnored()
    {
        MemorySettingsStore settings;
        settings.setValue(QStringLiteral("watch/x"),
            QStringList { QStringLiteral("12"), QStringLiteral("abc"), QStringLiteral("-3") });
        WatchList list(&settings);
        QCOMPARE(list.watchedJobs(QStringLiteral("x")), QSet<qint64> { 12 });
    }
};

QTEST_GUILESS_MAIN(TestWatchList)
#include "tst_watchlist.moc"
