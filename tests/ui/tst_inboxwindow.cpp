// SPDX-License-Identifier: GPL-3.0-or-later
// The failure inbox in the window (issue 13): View > Failure Inbox and the status bar's button
// show the page with the count of open groups; opening a group leaves the page for the run;
// desktop notifications come from the inbox, one per new group (a run's new groups make one
// summary), none for a failure that keeps recurring, none for an acknowledged or a snoozed
// group, and none per failed run of a watched job.
#include "models/history/failureinbox.h"
#include "models/history/historystore.h"
#include "models/history/localhistory.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/workspace.h"
#include "ui/inbox/inboxpage.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/notifications/trayicon.h"
#include "ui/shell/consolestatusbar.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

const QString kFct = QStringLiteral("model.jaffle_shop.fct_orders");
const QString kTest = QStringLiteral("test.jaffle_shop.not_null_orders_order_id.81cfe2fe64");

//! One finished run step of job 7: \a failing fail with a message carrying \a n, others pass.
void observe(FailureInbox *inbox, qint64 runId, const QStringList &failing, int n = 1)
{
    const InboxRun run { QStringLiteral("demo"), 1, 2, 7, runId, 4, {} };
    QList<HistoryNodeResult> results;
    for (const QString &id : { kFct, kTest }) {
        const bool fails = failing.contains(id);
        results.append({ id,
            fails ? QStringLiteral("error") : QStringLiteral("pass"),
            1.0,
            fails ? QStringLiteral("Got %1 results, configured to fail if != 0").arg(n)
                  : QString() });
    }
    inbox->observe(run, results);
}

//! Lets what waits for the end of this turn of the event loop (notification, count) happen.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestInboxWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    int m_serial = 0; //!< each test its own history file

    FailureInbox *inbox() const { return m_workspace->history()->inbox(); }

    int shown() const { return m_window->notifications()->tray()->notificationsShown(); }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        ++m_serial;
        m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("cache")));
        m_workspace->openHistory(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(m_serial)));
        m_window = std::make_unique<Ui::MainWindow>(m_workspace.get());
        if (!inbox()->isLoaded()) {
            QSignalSpy loaded(inbox(), &FailureInbox::loaded);
            QVERIFY(loaded.wait(10000));
        }
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void pageActionAndCount()
    {
        Ui::MainWindow &w = *m_window;
        QVERIFY(w.inboxPage());
        QVERIFY(w.inboxAction()->isEnabled());
        QToolButton *button = w.consoleStatusBar()->inboxButton();
        QVERIFY(!button->isHidden());
        QCOMPARE(button->text(), QStringLiteral("Inbox"));

        observe(inbox(), 101, { kFct, kTest });
        settle(); // counted once after the run's results, not per group
        QCOMPARE(button->text(), QStringLiteral("Inbox · 2 open"));
        QVERIFY(w.inboxAction()->text().contains(QStringLiteral("2 open")));

        w.inboxAction()->trigger();
        QVERIFY(w.isShowingInbox());
        auto *pages = qobject_cast<QStackedWidget *>(w.inboxPage()->parentWidget());
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget(), w.inboxPage());

        // The test passes next time: resolved, one open group left.
        observe(inbox(), 102, { kFct });
        settle();
        QCOMPARE(button->text(), QStringLiteral("Inbox · 1 open"));

        // The status bar's button toggles back to where the user was.
        button->click();
        QVERIFY(!w.isShowingInbox());
        QVERIFY(pages->currentWidget() != w.inboxPage());
        button->click();
        QVERIFY(w.isShowingInbox());
    }

    void openingAGroupLeavesThePage()
    {
        Ui::MainWindow &w = *m_window;
        observe(inbox(), 201, { kFct });
        w.showInbox();
        QVERIFY(w.isShowingInbox());
        // No connection "demo" in this window: the run cannot open, but the page is left.
        emit w.inboxPage()->openRunRequested(QStringLiteral("demo"), 201, 4);
        QVERIFY(!w.isShowingInbox());
    }

    void oneNotificationPerNewGroup()
    {
        observe(inbox(), 301, { kFct, kTest });
        settle();
        QCOMPARE(shown(), 1); // two new groups from one run: one summary
        const DesktopNotification last = m_window->notifications()->tray()->lastNotification();
        QCOMPARE(last.title, QStringLiteral("2 new failures"));
        QVERIFY(last.body.contains(QStringLiteral("fct_orders")));
        QVERIFY(last.body.contains(QStringLiteral("not_null_orders_order_id")));
        QCOMPARE(last.runId, qint64(301)); // clicking opens triage at that run
        QCOMPARE(last.jobCount, 1);

        // The same failures again, numbers changed: recurring, not new, quiet.
        observe(inbox(), 302, { kFct, kTest }, 7);
        settle();
        QCOMPARE(shown(), 1);

        // Resolved, then back: a reopened group says so once.
        observe(inbox(), 303, {});
        observe(inbox(), 304, { kFct }, 3);
        settle();
        QCOMPARE(shown(), 2);
        const DesktopNotification reopened = m_window->notifications()->tray()->lastNotification();
        QCOMPARE(reopened.title, QStringLiteral("New failure: fct_orders"));
        QCOMPARE(reopened.runId, qint64(304));
    }

    void acknowledgedAndSnoozedStayQuiet()
    {
        observe(inbox(), 401, { kFct, kTest });
        settle();
        QCOMPARE(shown(), 1);
        QString fct, test;
        for (const InboxGroup &g : inbox()->groups()) {
            (g.uniqueId == kFct ? fct : test) = g.key;
        }
        inbox()->acknowledge(fct);
        inbox()->snoozeUntil(test, QDateTime::currentDateTimeUtc().addSecs(3600));
        observe(inbox(), 402, {}); // both resolve
        observe(inbox(), 403, { kFct, kTest }); // and come back
        settle();
        QCOMPARE(shown(), 1);

        // Once the snooze is over, the next return notifies again.
        inbox()->setClock([] {
            return QDateTime::currentDateTimeUtc().addSecs(7200);
        });
        observe(inbox(), 404, {});
        observe(inbox(), 405, { kTest });
        settle();
        QCOMPARE(shown(), 2);
        QCOMPARE(m_window->notifications()->tray()->lastNotification().title,
            QStringLiteral("New failure: not_null_orders_order_id"));
    }

    void failedRunsOfWatchedJobsAreNotNotifiedPerRun()
    {
        Ui::NotificationCenter *center = m_window->notifications();
        QVERIFY(center->failuresFromInbox());
        center->grouper()->setWindow(std::chrono::milliseconds(1));
        center->grouper()->setMinInterval(std::chrono::milliseconds(1));
        m_workspace->watchList()->setWatched(QStringLiteral("demo"), 7, true);
        RunNotifier *notifier = center->notifier();
        auto runOf = [](qint64 id, Api::RunStatus status) {
            Api::Run r;
            r.id = id;
            r.jobDefinitionId = 7;
            r.status = status;
            return r;
        };
        notifier->observeRuns(QStringLiteral("demo"), {});
        notifier->observeRuns(QStringLiteral("demo"),
            { runOf(501, Api::RunStatus::Running), runOf(502, Api::RunStatus::Running) });
        notifier->observeRuns(QStringLiteral("demo"),
            { runOf(501, Api::RunStatus::Error), runOf(502, Api::RunStatus::Success) });
        QTRY_COMPARE(shown(), 1); // the success only
        QTest::qWait(50);
        QCOMPARE(shown(), 1);
        QVERIFY(!m_window->notifications()->tray()->lastNotification().anyFailed);
    }

    void startsFromTheHistory_markedStale()
    {
        observe(inbox(), 601, { kFct, kTest });
        settle();
        // Quit and start again, offline: the groups are there at once, marked stale.
        const QString path = m_workspace->history()->store()->path();
        m_window.reset();
        m_workspace.reset();
        m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("cache")));
        m_workspace->openHistory(path);
        m_window = std::make_unique<Ui::MainWindow>(m_workspace.get());
        if (!inbox()->isLoaded()) {
            QSignalSpy loaded(inbox(), &FailureInbox::loaded);
            QVERIFY(loaded.wait(10000));
        }
        settle();
        QCOMPARE(inbox()->groups().size(), 2);
        QCOMPARE(
            m_window->consoleStatusBar()->inboxButton()->text(), QStringLiteral("Inbox · 2 open"));
        Ui::InboxPage *page = m_window->inboxPage();
        QVERIFY(page->isStale());
        QVERIFY2(page->summaryText().contains(QStringLiteral("not refreshed yet")),
            qPrintable(page->summaryText()));
        QCOMPARE(shown(), 0); // what was known before is not news
        page->setStale(false); // what a watch's first refresh does
        QVERIFY(!page->summaryText().contains(QStringLiteral("not refreshed")));
    }

    void noHistoryNoInbox()
    {
        m_window.reset();
        Workspace bare(m_dir.filePath(QStringLiteral("cache2")));
        Ui::MainWindow w(&bare);
        QVERIFY(!w.inboxPage());
        QVERIFY(!w.inboxAction()->isEnabled());
        QVERIFY(w.consoleStatusBar()->inboxButton()->isHidden());
        QVERIFY(!w.notifications()->failuresFromInbox());
        w.showInbox();
        QVERIFY(!w.isShowingInbox());
    }
};

QTEST_MAIN(TestInboxWindow)
#include "tst_inboxwindow.moc"
