// SPDX-License-Identifier: GPL-3.0-or-later
// The console window's actions and notifications against the simulator, offscreen: context
// menus through the window's own wiring, read-only connections, a started run followed, watched
// jobs notified also off screen and hidden, and server text that must not resize the window.
#include "mainwindowfixture.h"

#include <QDir>

class TestMainWindowActions : public QObject, protected MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        // Test mode keeps the offline cache and any QStandardPaths use out of the user's files.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_cacheDir.isValid());
        // Each test starts like a first start: no offline cache left by the previous one (a
        // restored, half-loaded tree still refreshing makes loadAll() stop short; see the note).
        QVERIFY(QDir(m_cacheDir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_cacheDir.path()));
        QVERIFY(m_sim.start(600));
    }

    void runContextMenuCancelReachesTheServerOnce()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const int row = rowWhere(w, [](Api::RunStatus s) {
            return Api::isInProgress(s);
        });
        QVERIFY2(row >= 0, "the demo starts with runs in flight");
        QTableView *view = w.runsPanel()->view();
        view->selectRow(row);
        const qint64 runId = view->currentIndex().data(Models::RunIdRole).toLongLong();

        int asked = 0;
        w.runActions(QStringLiteral("demo"))->setConfirmer([&](const Ui::ActionPrompt &) {
            ++asked;
            return true;
        });
        view->scrollTo(view->model()->index(row, 0));
        const QPoint onRow = view->visualRect(view->model()->index(row, 0)).center();
        const QList<MenuEntry> menu = rightClick(view, onRow);
        for (const char *text : { "Cancel Run",
                 "Rerun from Failure…",
                 "Rerun from Start…",
                 "Open in dbt Cloud",
                 "Copy Run ID" }) {
            QVERIFY2(entry(menu, QString::fromUtf8(text)), text);
        }
        QVERIFY(entry(menu, QStringLiteral("Cancel Run"))->enabled);
        QVERIFY(!entry(menu, QStringLiteral("Rerun from Failure…"))->enabled);
        QAction *cancel = entry(menu, QStringLiteral("Cancel Run"))->action;
        QCOMPARE(cancel, w.runActions(QStringLiteral("demo"))->cancelAction());
        const int before = m_sim.server->requestCount(QStringLiteral("/cancel/"));
        cancel->trigger();
        cancel->trigger(); // a second click while the first is in flight sends nothing
        QVERIFY(QTest::qWaitFor(
            [&] {
                const int r = w.runsPanel()->model()->rowForId(runId);
                return r >= 0
                    && w.runsPanel()->model()->runAt(r).status == Api::RunStatus::Cancelled;
            },
            10000));
        QCOMPARE(asked, 1);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/cancel/")) - before, 1);
        // The same actions sit in the Run menu and the runs tool bar.
        QVERIFY(w.runsPanel()->toolBar()->actions().contains(
            w.runActions(QStringLiteral("demo"))->cancelAction()));
        bool inMenu = false;
        for (QAction *top : w.menuBar()->actions()) {
            if (top->menu() && top->text() == QStringLiteral("&Run")) {
                inMenu = top->menu()->actions().contains(
                    w.runActions(QStringLiteral("demo"))->cancelAction());
            }
        }
        QVERIFY(inMenu);
    }

    void readOnlyConnectionHidesEveryWriteAction()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        Models::ConnectionInfo info = demoInfo();
        info.readOnly = true;
        w.workspace()->addConnection(info, m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const int posts = m_sim.server->requestCount(QStringLiteral("/cancel/"))
            + m_sim.server->requestCount(QStringLiteral("/run/"))
            + m_sim.server->requestCount(QStringLiteral("/retry/"));
        Ui::RunActions *actions = w.runActions(QStringLiteral("demo"));
        QVERIFY(actions->isReadOnly());
        w.runsPanel()->view()->selectRow(0);
        // Only "Watch Job" (not a write) may remain in the tool bar.
        QVERIFY(visibleCount(w.runsPanel()->toolBar()->actions()) <= 1);
        QCOMPARE(visibleCount(w.runDetail()->actionsBar()->actions()), 0);
        QTableView *view = w.runsPanel()->view();
        const QList<MenuEntry> menu =
            rightClick(view, view->visualRect(view->model()->index(0, 0)).center());
        // Open in dbt Cloud, Copy Run ID, and the two compares (reads, not writes).
        QCOMPARE(visibleEntries(menu), 4);
        QVERIFY(entry(menu, QStringLiteral("Compare Runs")));
        QVERIFY(entry(menu, QStringLiteral("Compare with Last Successful Run")));
        actions->cancelAction()->trigger();
        actions->triggerAction()->trigger();

        const qint64 jobId = someJobWithRuns(w);
        w.treeModel()->loadAll(QStringLiteral("demo"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.treeModel()
                    ->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId)
                    .isValid();
            },
            10000));
        w.navigator()->select(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId);
        QTreeView *tree = w.navigator()->view();
        QVERIFY(tree->currentIndex().isValid());
        tree->scrollTo(tree->currentIndex());
        const QList<MenuEntry> jobMenu =
            rightClick(tree, tree->visualRect(tree->currentIndex()).center());
        QVERIFY(!entry(jobMenu, QStringLiteral("Run Job…")));
        QVERIFY(entry(jobMenu, QStringLiteral("Watch Job")));
        QTest::qWait(100);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/cancel/"))
                + m_sim.server->requestCount(QStringLiteral("/run/"))
                + m_sim.server->requestCount(QStringLiteral("/retry/")),
            posts);
    }

    void startedRunIsSelectedAndFollowed()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const qint64 jobId = someJobWithRuns(w);
        std::optional<Api::Run> started;
        Api::TriggerRequest req;
        req.cause = QStringLiteral("integration");
        m_sim.client->triggerJob(jobId, req, this, [&](const Api::Result<Api::Run> &r) {
            if (r.ok()) {
                started = *r;
            }
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return started.has_value();
            },
            10000));
        // What RunActions emits after a trigger (or "watch that run instead").
        Q_EMIT w.runActions(QStringLiteral("demo"))->runStarted(*started);
        QVERIFY(w.isShowingRunDetail());
        QCOMPARE(w.runDetail()->runId(), started->id);
        QCOMPARE(w.runsPanel()->view()->currentIndex().data(Models::RunIdRole).toLongLong(),
            started->id);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.runDetail()->view()->run() != nullptr;
            },
            10000));
        QCOMPARE(w.runDetail()->view()->run()->id, started->id);
    }

    void watchedJobsNotifyAndOpenTheirRun()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const qint64 jobId = someJobWithRuns(w);
        w.treeModel()->loadAll(QStringLiteral("demo"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.treeModel()
                    ->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId)
                    .isValid();
            },
            10000));
        QVERIFY(w.navigator()->select(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId));
        QAction *watch = w.notifications()->watchAction();
        QVERIFY(watch->isEnabled());
        watch->setChecked(false);
        watch->trigger();
        QVERIFY(w.watchList()->isWatched(QStringLiteral("demo"), jobId));
        QVERIFY(w.runsPanel()->toolBar()->actions().contains(watch));

        // A failure lands in the list: the status bar says so; opening it shows the run.
        Api::Run failed;
        failed.id = m_sim.server->failedRunId(m_sim.accountId);
        failed.jobDefinitionId = jobId;
        failed.status = Api::RunStatus::Error;
        failed.jobName = QStringLiteral("nightly");
        w.notifications()->model()->addRun(QStringLiteral("demo"), failed);
        QVERIFY(w.consoleStatusBar()->notificationButton()->text().contains(
            QStringLiteral("1 failed")));
        QTest::mouseClick(w.consoleStatusBar()->notificationButton(), Qt::LeftButton);
        QVERIFY(w.notificationDock()->isVisible());
        Q_EMIT w.notifications()->openRunRequested(QStringLiteral("demo"), failed.id);
        QVERIFY(w.isShowingRunDetail());
        QCOMPARE(w.runDetail()->runId(), failed.id);
        w.watchList()->setWatched(QStringLiteral("demo"), jobId, false);
    }

    void watchedJobOffScreenNotifiesOnceWhileHidden()
    {
        // Star a job, look at another project, hide the window: its failure still raises
        // exactly one notification (the background watch, not the dashboard, sees it).
        Models::Workspace ws(m_cacheDir.path());
        Ui::MainWindow w(&ws);
        w.show();
        ws.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        w.treeModel()->loadAll(QStringLiteral("demo"));
        QModelIndex job;
        QVERIFY(QTest::qWaitFor(
            [&] {
                job = findByName(
                    w.treeModel(), Models::TreeNodeKind::Job, QStringLiteral("Ad-hoc backfill"));
                return job.isValid();
            },
            10000));
        const Models::TreeItem watched = w.treeModel()->itemFor(job);
        qint64 otherProject = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                otherProject = anyOtherProject(w.treeModel(), watched.projectId);
                return otherProject != 0;
            },
            10000));
        QVERIFY(w.navigator()->select(
            QStringLiteral("demo"), Models::TreeNodeKind::Project, otherProject));
        QCOMPARE(ws.scope().projectId, otherProject);
        ws.watchList()->setWatched(QStringLiteral("demo"), watched.id, true);

        Models::WatchPoller *watch = ws.watchPoller(QStringLiteral("demo"));
        QVERIFY(watch);
        watch->setIntervals({ 50ms, 50ms, 1s });
        watch->pollNow();
        const int baseline = watch->cyclesCompleted();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return watch->cyclesCompleted() > baseline;
            },
            10000));
        w.notifications()->grouper()->setWindow(20ms);
        w.notifications()->grouper()->setMinInterval(0ms);
        QSignalSpy desktop(w.notifications()->grouper(), &Models::NotificationGrouper::notify);
        const int listed = ws.notifications()->rowCount();

        w.hide(); // closed to the tray, say: the dashboard stops polling
        QVERIFY(!ws.runPoller()->isActive());
        QVERIFY(m_sim.server->setJobFailureRate(watched.id, 100));
        bool triggered = false;
        Api::TriggerRequest request;
        request.cause = QStringLiteral("background watch test");
        m_sim.client->triggerJob(watched.id, request, this, [&](const Api::Result<Api::Run> &r) {
            triggered = r.ok();
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return triggered;
            },
            10000));
        m_sim.server->advance(3h);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return ws.notifications()->rowCount() > listed;
            },
            10000));
        QCOMPARE(ws.notifications()->rowCount(), listed + 1);
        QCOMPARE(ws.notifications()->runAt(0).jobDefinitionId, watched.id);
        QCOMPARE(ws.notifications()->runAt(0).status, Api::RunStatus::Error);
        // Later cycles find the same failure again and say nothing more.
        const int cycles = watch->cyclesCompleted();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return watch->cyclesCompleted() >= cycles + 3;
            },
            10000));
        QTest::qWait(50); // past the grouper's window
        QCOMPARE(ws.notifications()->rowCount(), listed + 1);
        QCOMPARE(desktop.size(), 1);
        ws.watchList()->setWatched(QStringLiteral("demo"), watched.id, false);
    }

    void longServerTextNeverWidensTheWindow()
    {
        // A 10,000-character user_message once made the window 10,853 px wide for good.
        Models::Workspace ws(m_cacheDir.path());
        Ui::MainWindow w(&ws);
        w.show();
        w.resize(1200, 740);
        ws.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        // A poll answering meanwhile would replace the error with "connected": not this test.
        ws.runPoller()->stop();
        const QString huge = QStringLiteral("Error: ") + QString(10000, QLatin1Char('x'));
        w.consoleStatusBar()->setError(huge);
        w.showMessage(huge);
        QTest::qWait(50);
        QVERIFY2(w.minimumSizeHint().width() < 1280,
            qPrintable(QString::number(w.minimumSizeHint().width())));
        QCOMPARE(w.width(), 1200);
        QVERIFY(w.consoleStatusBar()->connectionText().contains(huge)); // nothing lost
    }
};

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
