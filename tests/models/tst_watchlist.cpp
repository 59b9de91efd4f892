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

    void scopes_persistPerConnection_junkIgnored()
    {
        using Dbtc::Models::WatchScopeKind;
        MemorySettingsStore settings;
        {
            WatchList list(&settings);
            QSignalSpy spy(&list, &WatchList::scopeWatchChanged);
            list.setScopeWatched(QStringLiteral("prod"), WatchScopeKind::Project, 12, true);
            list.setScopeWatched(QStringLiteral("prod"), WatchScopeKind::Project, 12, true);
            list.setScopeWatched(QStringLiteral("prod"), WatchScopeKind::Account, 1, true);
            list.setScopeWatched(QStringLiteral("prod"), WatchScopeKind::Environment, 5, true);
            list.setScopeWatched(QStringLiteral("prod"), WatchScopeKind::Environment, 0, true);
            QCOMPARE(spy.size(), 3); // no change and a bad id signal nothing
            QVERIFY(list.watchedJobs(QStringLiteral("prod")).isEmpty()); // scopes are not stars
        }
        QCOMPARE(settings.value(QStringLiteral("watchScope/prod")).toStringList(),
            (QStringList { QStringLiteral("a:1"), QStringLiteral("p:12"), QStringLiteral("e:5") }));
        settings.setValue(QStringLiteral("watchScope/staging"),
            QStringList { QStringLiteral("p:3"),
                QStringLiteral("x:4"),
                QStringLiteral("p:-2"),
                QStringLiteral("p"),
                QStringLiteral("e:abc") });
        WatchList reopened(&settings);
        const Dbtc::Models::WatchScopes prod = reopened.watchedScopes(QStringLiteral("prod"));
        QCOMPARE(prod.accounts, (QSet<qint64> { 1 }));
        QCOMPARE(prod.projects, (QSet<qint64> { 12 }));
        QCOMPARE(prod.environments, (QSet<qint64> { 5 }));
        QVERIFY(prod.covers(1, 99, 98)); // every job of account 1
        QVERIFY(!prod.covers(2, 99, 98));
        QVERIFY(prod.covers(2, 12, 98));
        QVERIFY(prod.covers(2, 99, 5));
        const Dbtc::Models::WatchScopes staging = reopened.watchedScopes(QStringLiteral("staging"));
        QCOMPARE(staging.projects, (QSet<qint64> { 3 }));
        QVERIFY(staging.accounts.isEmpty() && staging.environments.isEmpty());

        reopened.clear(QStringLiteral("prod"));
        QVERIFY(reopened.watchedScopes(QStringLiteral("prod")).isEmpty());
        QVERIFY(!settings.value(QStringLiteral("watchScope/prod")).isValid());
        QVERIFY(reopened.isScopeWatched(QStringLiteral("staging"), WatchScopeKind::Project, 3));
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
