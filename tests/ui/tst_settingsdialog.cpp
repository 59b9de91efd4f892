// SPDX-License-Identifier: GPL-3.0-or-later
// File > Settings as a user drives it: each change applies at once and survives a restart,
// the artifact cache shows its size and clears, "Restore Defaults" restores; the window's
// size and splitter come back as they were left.
#include "mainwindowfixture.h"
#include "models/common/preferences.h"
#include "models/common/settingsstore.h"
#include "ui/settings/settingsdialog.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>

using namespace Dbtc;
using namespace std::chrono_literals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cacheDir;

    static Ui::SettingsDialog *openSettings(Ui::MainWindow &w)
    {
        auto *action = w.findChild<QAction *>(QStringLiteral("settingsAction"));
        if (!action) {
            return nullptr;
        }
        action->trigger();
        return w.settingsDialog();
    }

    void writeCachedRun(const QString &run, int bytes)
    {
        const QString dir = m_cacheDir.path() + QStringLiteral("/artifacts/127.0.0.1_1/1/") + run
            + QStringLiteral("/step1");
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/manifest.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(bytes, 'x'));
    }

private Q_SLOTS:

    void changesApplyAtOnceAndSurviveARestart()
    {
        Models::MemorySettingsStore settings;
        {
            Models::Workspace ws(m_cacheDir.path(), &settings);
            Ui::MainWindow w(&ws);
            w.show();
            Ui::SettingsDialog *dialog = openSettings(w);
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->fastPoll()->value(), 3); // the defaults
            QCOMPARE(dialog->slowPoll()->value(), 30);
            dialog->fastPoll()->setValue(5);
            dialog->slowPoll()->setValue(120);
            // The dashboard's poller follows at once.
            QCOMPARE(ws.runPoller()->schedule().intervals().fast, 5000ms);
            QCOMPARE(ws.runPoller()->schedule().intervals().slow, 120000ms);
            dialog->readOnlyBox()->setChecked(true);
            QVERIFY(ws.preferences()->readOnlyByDefault());
        }
        Models::Workspace again(m_cacheDir.path(), &settings);
        QCOMPARE(again.runPoller()->schedule().intervals().fast, 5000ms);
        QCOMPARE(again.runPoller()->schedule().intervals().slow, 120000ms);
        QVERIFY(again.preferences()->readOnlyByDefault());
        Ui::MainWindow w(&again);
        Ui::SettingsDialog *dialog = openSettings(w);
        QCOMPARE(dialog->fastPoll()->value(), 5);
        QVERIFY(dialog->readOnlyBox()->isChecked());
    }

    void hostileValuesFallBackToDefaults()
    {
        Models::MemorySettingsStore settings;
        settings.setValue(Models::Preferences::kFastPollKey, 0); // "poll every 0 s"
        settings.setValue(Models::Preferences::kSlowPollKey, QStringLiteral("soon"));
        settings.setValue(Models::Preferences::kArtifactCacheKey, -5);
        Models::Preferences prefs(&settings);
        QCOMPARE(prefs.fastPollSeconds(), 3);
        QCOMPARE(prefs.slowPollSeconds(), 30);
        QCOMPARE(prefs.artifactCacheLimitMiB(), 2048);
        prefs.setPollSeconds(50, 20); // slow never below fast
        QCOMPARE(prefs.slowPollSeconds(), 50);
    }

    void cacheShowsItsSizeAndClears()
    {
        writeCachedRun(QStringLiteral("101"), 300000);
        writeCachedRun(QStringLiteral("102"), 200000);
        Models::Workspace ws(m_cacheDir.path());
        Ui::MainWindow w(&ws);
        w.show();
        Ui::SettingsDialog *dialog = openSettings(w);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->cacheUsageLabel()->text().contains(QStringLiteral("488")), 5000);
        dialog->clearCacheButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->clearCacheButton()->isEnabled(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->cacheUsageLabel()->text().contains(QStringLiteral(" 0 "))
                || dialog->cacheUsageLabel()->text().endsWith(QStringLiteral(" 0 bytes")),
            5000);
        QVERIFY(QDir(m_cacheDir.path() + QStringLiteral("/artifacts")).isEmpty());
    }

    void aLowerBudgetPrunesTheOldestRunsFirst()
    {
        writeCachedRun(QStringLiteral("201"), 40 * 1024 * 1024);
        QTest::qWait(20); // a later modification time
        writeCachedRun(QStringLiteral("202"), 40 * 1024 * 1024);
        Models::Workspace ws(m_cacheDir.path());
        ws.preferences()->setArtifactCacheLimitMiB(50); // room for one of the two
        const QString account = m_cacheDir.path() + QStringLiteral("/artifacts/127.0.0.1_1/1/");
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(account + QStringLiteral("201")).exists(), 5000);
        QVERIFY(QDir(account + QStringLiteral("202")).exists()); // the newest stays
    }

    void historyShowsItsSizeAndClears()
    {
        QTemporaryDir dataDir;
        Models::Workspace ws(m_cacheDir.path());
        ws.openHistory(dataDir.filePath(QStringLiteral("history.sqlite")));
        Ui::MainWindow w(&ws);
        w.show();
        Ui::SettingsDialog *dialog = openSettings(w);
        // The history row appears once the database answers, with its size.
        auto *row = dialog->findChild<QPushButton *>();
        QVERIFY(row);
        QPushButton *clear = nullptr;
        for (auto *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("History"))) {
                clear = b;
            }
        }
        QVERIFY(clear);
        QTRY_VERIFY_WITH_TIMEOUT(clear->isVisible(), 5000);
        // Clearing asks first; the answer comes from the dialog's own question box.
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::Yes)->click();
            }
        });
        clear->click();
        QTRY_VERIFY_WITH_TIMEOUT(clear->isEnabled(), 5000);
    }

    void restoreDefaultsPutsEverythingBack()
    {
        Models::MemorySettingsStore settings;
        Models::Workspace ws(m_cacheDir.path(), &settings);
        ws.preferences()->setPollSeconds(10, 300);
        ws.preferences()->setNotificationsEnabled(false);
        Ui::MainWindow w(&ws);
        Ui::SettingsDialog *dialog = openSettings(w);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog->fastPoll()->value(), 3);
        QCOMPARE(ws.preferences()->slowPollSeconds(), 30);
        QVERIFY(ws.preferences()->notificationsEnabled());
        QCOMPARE(Ui::Theme::instance()->theme(), Ui::Theme::System);
    }

    void theWindowComesBackAsItWasLeft()
    {
        Models::MemorySettingsStore settings;
        QList<int> sizes;
        QSize left;
        {
            Models::Workspace ws(m_cacheDir.path(), &settings);
            Ui::MainWindow w(&ws);
            w.show();
            w.resize(1000, 640);
            QTest::qWait(50);
            auto *splitter = w.findChild<QSplitter *>();
            QVERIFY(splitter);
            splitter->setSizes({ 300, 700 });
            sizes = splitter->sizes();
            left = w.size(); // what the window manager granted (never below the minimum)
            QVERIFY(left != QSize(1200, 740)); // not the default, or the test proves nothing
        }
        Models::Workspace ws(m_cacheDir.path(), &settings);
        Ui::MainWindow w(&ws);
        w.show();
        QTest::qWait(50);
        QCOMPARE(w.size(), left);
        QCOMPARE(w.findChild<QSplitter *>()->sizes(), sizes);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
