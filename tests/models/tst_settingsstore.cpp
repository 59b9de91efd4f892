// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory store behaves like QSettings where the stores' users rely on it: remove()
// takes a whole group, childKeys() lists one level.
#include "models/common/settingsstore.h"

#include <QTest>

using Dbtc::Models::MemorySettingsStore;

class TestSettingsStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void groups_likeQSettings()
    {
        MemorySettingsStore s;
        s.setValue(QStringLiteral("watch/a"), 1);
        s.setValue(QStringLiteral("watch/b"), 2);
        s.setValue(QStringLiteral("watch/deep/c"), 3);
        s.setValue(QStringLiteral("watcher"), 4);
        QCOMPARE(s.childKeys(QStringLiteral("watch")),
            (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(s.value(QStringLiteral("missing"), 9).toInt(), 9);
        s.remove(QStringLiteral("watch"));
        QCOMPARE(s.allKeys(), QStringList { QStringLiteral("watcher") });
        s.remove(QStringLiteral("watcher"));
        QVERIFY(s.allKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
