// SPDX-License-Identifier: GPL-3.0-or-later
// App::Settings, the one owner of QSettings: a file written by earlier versions (QSettings
// arrays and keys used directly) reads back unchanged through the stores it hands out.
#include "app/connectionprofile.h"
#include "app/settings.h"
#include "models/artifacts/recentfiles.h"
#include "models/common/preferences.h"
#include "models/notifications/watchlist.h"
#include "ui/notifications/trayicon.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void olderFile_readsBackThroughEveryStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.ini"));
        {
            // What the app wrote before the settings had one owner.
            QSettings old(path, QSettings::IniFormat);
            old.beginWriteArray(QStringLiteral("connections"));
            old.setArrayIndex(0);
            old.setValue(QStringLiteral("id"), QStringLiteral("p1"));
            old.setValue(QStringLiteral("name"), QStringLiteral("Acme (US)"));
            old.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://cloud.getdbt.com"));
            old.setValue(QStringLiteral("accountId"), 42);
            old.setValue(QStringLiteral("readOnly"), true);
            old.endArray();
            old.setValue(QStringLiteral("watch/p1"),
                QStringList { QStringLiteral("7"), QStringLiteral("9") });
            old.setValue(
                QStringLiteral("artifacts/recent"), QStringList { QStringLiteral("/tmp/target") });
            old.setValue(QStringLiteral("tray/keepPollingWhenClosed"), true);
        }
        App::Settings settings(path);
        const QList<App::ConnectionProfile> profiles = App::ProfileStore(settings).load();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().name, QStringLiteral("Acme (US)"));
        QCOMPARE(profiles.first().accountId, 42);
        QVERIFY(profiles.first().readOnly);
        Models::WatchList watch(&settings);
        QCOMPARE(watch.watchedJobs(QStringLiteral("p1")), (QSet<qint64> { 7, 9 }));
        QCOMPARE(watch.connections(), QStringList { QStringLiteral("p1") });
        Models::RecentFiles recent(&settings);
        QCOMPARE(recent.files(), QStringList { QStringLiteral("/tmp/target") });
        Models::Preferences prefs(&settings);
        Ui::TrayIcon tray(QIcon(), &prefs);
        QVERIFY(tray.keepPollingWhenClosed());
    }

    void corruptFile_isSetAsideWithAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.ini"));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i) {
            garbage.append(char((i * 7919 + 13) % 256)); // binary noise, no INI structure
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        App::Settings settings(path);
        QVERIFY(!settings.recoveryMessage().isEmpty());
        QVERIFY2(settings.recoveryMessage().contains(QStringLiteral(".corrupt")),
            qPrintable(settings.recoveryMessage()));
        // The unreadable file is kept beside, byte for byte, for whoever wants to look.
        const QStringList aside =
            QDir(dir.path()).entryList({ QStringLiteral("console.ini.corrupt-*") }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        // The fresh settings work.
        settings.setValue(QStringLiteral("watch/p1"), QStringList { QStringLiteral("7") });
        settings.sync();
        App::Settings again(path);
        QVERIFY(again.recoveryMessage().isEmpty());
        QCOMPARE(again.value(QStringLiteral("watch/p1")).toStringList(),
            QStringList { QStringLiteral("7") });
    }

    void profilesSaved_areReadByQSettingsArrays()
    {
        // The other direction: a downgrade (or any QSettings reader) still finds the profiles.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.ini"));
        App::ConnectionProfile a;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("First");
        a.baseUrl = QUrl(QStringLiteral("https://emea.dbt.com"));
        a.accountId = 1;
        App::ConnectionProfile demo = a;
        demo.id = QStringLiteral("demo");
        demo.demo = true;
        App::ConnectionProfile b = a;
        b.id = QStringLiteral("b");
        b.name = QStringLiteral("Second");
        {
            App::Settings settings(path);
            App::ProfileStore store(settings);
            store.save({ a, b, b });
            store.save({ a, demo, b }); // shorter than before: no stale third entry
        }
        QSettings reader(path, QSettings::IniFormat);
        const int n = reader.beginReadArray(QStringLiteral("connections"));
        QCOMPARE(n, 2);
        QStringList names;
        for (int i = 0; i < n; ++i) {
            reader.setArrayIndex(i);
            names << reader.value(QStringLiteral("name")).toString();
        }
        reader.endArray();
        QCOMPARE(names, (QStringList { QStringLiteral("First"), QStringLiteral("Second") }));
        QVERIFY(!reader.contains(QStringLiteral("connections/3/id")));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
