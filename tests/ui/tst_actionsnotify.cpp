// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationCenter: a watched job's failure becomes exactly one desktop notification, stays
// in the list until seen, badges the tray, and a click opens the run.
#include "models/common/preferences.h"
#include "models/common/settingsstore.h"
#include "models/notifications/notificationgrouper.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/notifications/notificationlist.h"
#include "ui/notifications/trayicon.h"
#include "ui/widgets/palette.h"

#include <QAction>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Dbtc;
using Api::Run;
using Api::RunStatus;

namespace {

const QString kConn = QStringLiteral("demo");

Run makeRun(qint64 id, qint64 job, RunStatus status)
{
    Run r;
    r.id = id;
    r.jobDefinitionId = job;
    r.status = status;
    r.duration = std::chrono::seconds(95);
    r.jobName = QStringLiteral("job_%1").arg(job);
    return r;
}

QIcon appIcon()
{
    QPixmap pm(32, 32);
    pm.fill(Ui::color(Ui::ColorRole::Running, false)); // any opaque colour: a stand-in app icon
    return QIcon(pm);
}

} // namespace

class TestActionsNotify final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Models::MemorySettingsStore> m_settings;
    std::unique_ptr<Models::WatchList> m_watch;
    std::unique_ptr<Models::RunNotifier> m_notifier;
    std::unique_ptr<Models::NotificationModel> m_model;
    std::unique_ptr<Models::Preferences> m_prefs;
    std::unique_ptr<Ui::NotificationCenter> m_center;

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<Models::MemorySettingsStore>();
        m_watch = std::make_unique<Models::WatchList>(m_settings.get());
        // The Workspace's notifier and list, wired as the Workspace wires them.
        m_notifier = std::make_unique<Models::RunNotifier>(m_watch.get());
        m_model = std::make_unique<Models::NotificationModel>();
        connect(m_notifier.get(),
            &Models::RunNotifier::runFinished,
            m_model.get(),
            &Models::NotificationModel::addRun);
        m_prefs = std::make_unique<Models::Preferences>(m_settings.get());
        m_center = std::make_unique<Ui::NotificationCenter>(
            m_notifier.get(), m_model.get(), m_watch.get(), appIcon(), m_prefs.get());
        m_center->grouper()->setWindow(std::chrono::milliseconds(20));
        m_center->grouper()->setMinInterval(std::chrono::milliseconds(0));
        for (const qint64 job : { 10, 11, 12, 13 }) {
            m_watch->setWatched(kConn, job, true);
        }
    }

    void cleanup()
    {
        m_center.reset();
        m_prefs.reset();
        m_model.reset();
        m_notifier.reset();
        m_watch.reset();
        m_settings.reset();
    }

    void watchedFailure_oneNotification_listAndBadge()
    {
        Ui::TrayIcon *tray = m_center->tray();
        const QImage plain = tray->icon().pixmap(32, 32).toImage();
        m_center->observeRuns(kConn, { makeRun(1, 10, RunStatus::Success) });
        m_center->observeRuns(kConn, { makeRun(2, 10, RunStatus::Running) });
        m_center->observeRuns(kConn, { makeRun(2, 10, RunStatus::Error) });
        m_center->observeRuns(kConn, { makeRun(2, 10, RunStatus::Error) });
        QTRY_COMPARE(tray->notificationsShown(), 1);
        QTest::qWait(100);
        QCOMPARE(tray->notificationsShown(), 1);
        QCOMPARE(tray->lastNotification().title, QStringLiteral("job_10 failed"));
        QVERIFY(tray->lastNotification().body.contains(QStringLiteral("after 1m 35s")));
        QCOMPARE(tray->failingCount(), 1);
        QVERIFY(tray->toolTip().contains(QStringLiteral("1 watched job is failing")));
        QVERIFY(tray->icon().pixmap(32, 32).toImage() != plain); // the badge is drawn
        QCOMPARE(m_center->model()->rowCount(), 1);

        QSignalSpy open(m_center.get(), &Ui::NotificationCenter::openRunRequested);
        tray->activateLastNotification(); // the user clicks the toast
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), kConn);
        QCOMPARE(open.at(0).at(1).toLongLong(), 2);
        QCOMPARE(m_center->model()->rowCount(), 0); // seen
    }

    void burst_isOneSummary_clickShowsTheList()
    {
        m_center->observeRuns(kConn, {}); // baseline
        m_center->observeRuns(kConn,
            { makeRun(20, 10, RunStatus::Error),
                makeRun(21, 11, RunStatus::Error),
                makeRun(22, 12, RunStatus::Success),
                makeRun(23, 13, RunStatus::Error),
                makeRun(24, 99, RunStatus::Error) }); // 99: not watched
        Ui::TrayIcon *tray = m_center->tray();
        QTRY_COMPARE(tray->notificationsShown(), 1);
        QCOMPARE(tray->lastNotification().title,
            QStringLiteral("4 watched jobs finished: 3 failed, 1 succeeded"));
        QCOMPARE(tray->failingCount(), 3);
        QVERIFY(tray->toolTip().contains(QStringLiteral("3 watched jobs are failing")));
        QSignalSpy list(m_center.get(), &Ui::NotificationCenter::showNotificationsRequested);
        tray->activateLastNotification();
        QCOMPARE(list.size(), 1);
    }

    void list_opensAndMarksSeen()
    {
        m_center->observeRuns(kConn, {});
        m_center->observeRuns(
            kConn, { makeRun(30, 10, RunStatus::Error), makeRun(31, 11, RunStatus::Error) });
        std::unique_ptr<Ui::NotificationList> list(m_center->createList(nullptr));
        list->resize(420, 300);
        list->show();
        QCOMPARE(list->view()->model()->rowCount(), 2);
        if (const QString dir = qEnvironmentVariable("DBTC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(list->grab().save(dir + QStringLiteral("/screenshot-notifications.png")));
        }
        QSignalSpy open(m_center.get(), &Ui::NotificationCenter::openRunRequested);
        list->view()->setCurrentIndex(list->view()->model()->index(0, 0));
        list->findChild<QPushButton *>(QStringLiteral("openRunButton"))->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(1).toLongLong(), 31); // newest first
        QCOMPARE(list->view()->model()->rowCount(), 1);
        auto *all = list->findChild<QPushButton *>(QStringLiteral("markAllSeenButton"));
        QVERIFY(all->isEnabled());
        all->click();
        QCOMPARE(m_center->model()->unseenCount(), 0);
        QVERIFY(!all->isEnabled());
        QVERIFY(!list->view()->isVisible()); // the empty state instead
    }

    void watchAction_starsTheSelectedJob()
    {
        QAction *watch = m_center->watchAction();
        QVERIFY(!watch->isEnabled());
        m_center->setWatchContext(kConn, 10, QStringLiteral("nightly"));
        QVERIFY(watch->isEnabled());
        QVERIFY(watch->isChecked()); // watched in init()
        m_center->setWatchContext(kConn, 42);
        QVERIFY(!watch->isChecked());
        watch->trigger();
        QVERIFY(m_watch->isWatched(kConn, 42));
        m_watch->setWatched(kConn, 42, false); // starred off elsewhere (the navigator)
        QVERIFY(!watch->isChecked());
        QCOMPARE(m_settings->value(QStringLiteral("watch/demo")).toStringList(),
            (QStringList { QStringLiteral("10"),
                QStringLiteral("11"),
                QStringLiteral("12"),
                QStringLiteral("13") }));
    }

    void keepPollingWhenClosed_offByDefault_persisted()
    {
        Ui::TrayIcon *tray = m_center->tray();
        QVERIFY(!tray->keepPollingWhenClosed());
        QSignalSpy changed(tray, &Ui::TrayIcon::keepPollingWhenClosedChanged);
        tray->setKeepPollingWhenClosed(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_settings->value(QStringLiteral("tray/keepPollingWhenClosed")).toBool(), true);
        Models::Preferences otherPrefs(m_settings.get()); // a restart reads the same key
        Ui::TrayIcon other(appIcon(), &otherPrefs);
        QVERIFY(other.keepPollingWhenClosed());
    }
};

QTEST_MAIN(TestActionsNotify)
#include "tst_actionsnotify.moc"
