// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the console window against the simulator, offscreen: real widgets, real HTTP.
// The actions and notifications of the window are in tst_mainwindowactions.cpp.
#include "mainwindowfixture.h"

class TestMainWindow : public QObject, protected MainWindowFixture
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
        QVERIFY(m_sim.start(600));
    }

    void welcomePageUntilAConnectionExists()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        QVERIFY(w.welcomePage()->isVisible());
        QSignalSpy add(&w, &Ui::MainWindow::addConnectionRequested);
        QSignalSpy demo(&w, &Ui::MainWindow::demoRequested);
        QTest::mouseClick(w.welcomePage()->addButton(), Qt::LeftButton);
        QTest::mouseClick(w.welcomePage()->demoButton(), Qt::LeftButton);
        QCOMPARE(add.size(), 1);
        QCOMPARE(demo.size(), 1);
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(!w.welcomePage()->isVisible());
        QVERIFY(w.navigator()->isVisible());
        w.workspace()->removeConnection(QStringLiteral("demo"));
        QVERIFY(w.welcomePage()->isVisible());
    }

    void fitsAnSvgaScreen()
    {
        // 800x600 (issue 15): the window must shrink to it with the dashboard on screen, the
        // filter bar folding its status buttons to icons instead of pushing the window wider.
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        w.resize(800, 600);
        QTest::qWait(50);
        // On failure, name the widest parts: a stacked page's minimum counts even when hidden.
        QStringList wide;
        for (const QWidget *c : w.findChildren<QWidget *>()) {
            if (c->minimumSizeHint().width() > 480 && !c->isWindow()) {
                wide << QStringLiteral("%1(%2)=%3")
                            .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName())
                            .arg(c->minimumSizeHint().width());
            }
        }
        QVERIFY2(w.minimumSizeHint().width() <= 800,
            qPrintable(QString::number(w.minimumSizeHint().width()) + u' ' + wide.join(u' ')));
        QCOMPARE(w.width(), 800);
        QVERIFY(w.height() <= 600);
        const QWidget *bar = w.runsPanel()->filterBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->mapTo(&w, QPoint(bar->width(), 0)).x() <= w.width(),
            "the filter bar ends inside the window");
    }

    void selectingAJobShowsItsRuns()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w)); // the account is selected by itself once it is known
        QVERIFY(w.runsPanel()->scope().jobId == 0);
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
        QCOMPARE(w.runsPanel()->scope().jobId, jobId);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.runsPanel()->poller()->lastRefresh().isValid();
            },
            10000));
        QVERIFY(w.runsPanel()->proxy()->rowCount() > 0);
        for (const auto &run : w.runsPanel()->model()->runs()) {
            QCOMPARE(run.jobId, jobId);
        }
        QVERIFY(w.consoleStatusBar()->connectionText().contains(QStringLiteral("connected")));
        QVERIFY(w.consoleStatusBar()->refreshText().startsWith(QStringLiteral("Updated")));
        // The job row in the navigator shows its schedule and last status.
        const QModelIndex job =
            w.treeModel()->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId);
        QVERIFY(job.data(Models::StatusRole).isValid());
        QVERIFY(!job.data(Models::ScheduleTextRole).toString().isEmpty());
    }

    void enterOpensTheRunAndEscapeComesBack()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        QTableView *view = w.runsPanel()->view();
        view->setFocus();
        int finishedRow = 0; // a finished run has steps; a queued one may have none yet
        while (
            w.runsPanel()->proxy()->index(finishedRow, 0).data(Models::InProgressRole).toBool()) {
            ++finishedRow;
        }
        view->setCurrentIndex(w.runsPanel()->proxy()->index(finishedRow, 0));
        const qint64 runId = view->currentIndex().data(Models::RunIdRole).toLongLong();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(w.isShowingRunDetail());
        QCOMPARE(w.runDetail()->runId(), runId);
        Ui::RunDetailView *detail = w.runDetail()->view();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return detail->stepModel()->rowCount() > 0;
            },
            10000));
        QTest::keyClick(detail->stepList(), Qt::Key_Escape);
        QVERIFY(!w.isShowingRunDetail());
        QCOMPARE(view->currentIndex().data(Models::RunIdRole).toLongLong(), runId);
        // Alt+Left and the back button go back too.
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(w.isShowingRunDetail());
        QTest::mouseClick(w.runDetail()->backButton(), Qt::LeftButton);
        QVERIFY(!w.isShowingRunDetail());
    }

    void enterOnAFailedRunOpensItsTriage()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const int row = rowWhere(w, [](Api::RunStatus s) {
            return s == Api::RunStatus::Error;
        });
        QVERIFY2(row >= 0, "the demo account lists a failed run");
        QTableView *view = w.runsPanel()->view();
        view->setFocus();
        view->setCurrentIndex(w.runsPanel()->proxy()->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(w.isShowingRunDetail());
        Ui::TriageView *triage = w.runDetail()->view()->triageView();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return triage->nodeCount() > 0 || !triage->sourceText().isEmpty();
            },
            10000));
        QCOMPARE(w.runDetail()->view()->currentTab(), Ui::RunDetailView::FailuresTab);
        // The detail's action bar offers the rerun of this failed run.
        Ui::RunActions *actions = w.runActions(QStringLiteral("demo"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return actions->retryAction()->isEnabled();
            },
            10000));
        QVERIFY(w.runDetail()->actionsBar()->actions().contains(actions->retryAction()));
        QVERIFY(w.runDetail()->actionsBar()->isVisible());
    }

    void selectionSurvivesLivePolling()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        w.runsPanel()->poller()->setIntervals({ 50ms, 50ms, 1s });
        QTableView *view = w.runsPanel()->view();
        view->selectRow(5);
        const qint64 runId = view->currentIndex().data(Models::RunIdRole).toLongLong();
        const int cycles = w.runsPanel()->poller()->cyclesCompleted();
        for (int i = 0; i < 3; ++i) {
            Api::TriggerRequest req;
            req.cause = QStringLiteral("smoke");
            m_sim.client->triggerJob(someJobWithRuns(w), req, this, [](const auto &) {});
            m_sim.server->advance(30s);
            QTest::qWait(120);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.runsPanel()->poller()->cyclesCompleted() >= cycles + 4;
            },
            10000));
        QCOMPARE(view->currentIndex().data(Models::RunIdRole).toLongLong(), runId);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(
            view->selectionModel()->selectedRows().first().data(Models::RunIdRole).toLongLong(),
            runId);
    }

    void quickOpenJumpsToAJob()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(w.runsPanel()->view(), Qt::Key_K, Qt::ControlModifier);
        Ui::QuickOpen *palette = w.quickOpen();
        QVERIFY(palette->isVisible());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return palette->count() > 25;
            },
            10000));
        const QString jobName = w.runsPanel()->model()->runAt(0).jobName;
        QTest::keyClicks(palette->input(), jobName);
        QVERIFY(palette->count() >= 1);
        QVERIFY(palette->currentText().startsWith(jobName));
        QVERIFY(palette->currentText().contains(QStringLiteral(" › "))); // says where it lives
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QVERIFY(w.runsPanel()->scope().jobId != 0);
        QVERIFY(w.navigator()->view()->currentIndex().data().toString() == jobName);
    }

    void designedEmptyAndErrorStates()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        QTest::keyClicks(
            w.runsPanel()->filterBar()->textEdit(), QStringLiteral("no-such-run-anywhere"));
        QCOMPARE(w.runsPanel()->statePage()->kind(), Ui::StatePage::Kind::Empty);
        QVERIFY(w.runsPanel()->statePage()->isVisible());
        QCOMPARE(w.runsPanel()->statePage()->title(), QStringLiteral("No runs match the filters"));
        QTest::mouseClick(w.runsPanel()->statePage()->actionButton(), Qt::LeftButton);
        QVERIFY(w.runsPanel()->view()->isVisible());

        m_sim.server->faults().add(
            { QStringLiteral("/runs/"), {}, Sim::FaultKind::ServerError, -1, 503, 0, 0 });
        Models::Workspace brokenWorkspace(m_cacheDir.path() + QStringLiteral("/other"));
        Ui::MainWindow broken(&brokenWorkspace);
        broken.show();
        broken.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return broken.runsPanel()->statePage()->kind() == Ui::StatePage::Kind::Error;
            },
            10000));
        QVERIFY(broken.runsPanel()->statePage()->isVisible());
        QVERIFY(broken.consoleStatusBar()->connectionText().contains(QStringLiteral("Demo")));
    }

    void cachedTreeAndRunsAppearAtOnceOnTheNextStart()
    {
        qint64 newest = 0;
        {
            Models::Workspace wWorkspace(m_cacheDir.path());
            Ui::MainWindow w(&wWorkspace);
            w.show();
            w.workspace()->addConnection(demoInfo(), m_sim.client.get());
            QVERIFY(waitForRuns(w));
            newest = w.runsPanel()->model()->newestId();
            w.close();
        }
        m_sim.server->faults().add(
            { QStringLiteral("/"), {}, Sim::FaultKind::Delay, -1, 0, 0, 2000 });
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        // Before any answer: the tree and the account's runs come from the cache, marked stale.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.runsPanel()->model()->rowCount() > 0;
            },
            500));
        QCOMPARE(w.runsPanel()->model()->newestId(), newest);
        QVERIFY(w.runsPanel()->model()->isStale());
        m_sim.server->faults().clear();
    }

    void openArtifactsShowsTheBrowserAndComesBack()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        // --open PATH works before any connection exists.
        const QString folder =
            QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/jaffle_shop-dbt1.4.1-bigquery");
        w.recentFiles()->clear();
        w.openArtifacts(folder);
        QVERIFY(w.isShowingArtifacts());
        QVERIFY(w.browsePage()->isVisible());
        Ui::ArtifactBrowser *browser = w.browsePage()->browser();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return browser->page() == Ui::ArtifactBrowser::Page::Content;
                     },
                     20000),
            qPrintable(browser->errorText()));
        QVERIFY(w.windowTitle().contains(QStringLiteral("dbt Cloud Console")));
        QVERIFY(!w.recentFiles()->files().isEmpty());
        QTest::mouseClick(w.browsePage()->backButton(), Qt::LeftButton);
        QVERIFY(!w.isShowingArtifacts());
        QVERIFY(w.welcomePage()->isVisible());
        QCOMPARE(w.windowTitle(), QStringLiteral("dbt Cloud Console"));
    }

    void triageOpensTheRunsArtifacts()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const qint64 failed = m_sim.server->failedRunId(m_sim.accountId);
        w.openRun(QStringLiteral("demo"), failed);
        QVERIFY(w.isShowingRunDetail());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return w.runDetail()->view()->run() != nullptr;
            },
            10000));
        const int step = w.runDetail()->view()->currentStepIndex();
        QVERIFY(step > 0);
        const int downloads = m_sim.server->requestCount(QStringLiteral("/artifacts/"));
        Q_EMIT w.runDetail()->view()->openArtifactRequested(
            failed, step, QStringLiteral("run_results.json"));
        QVERIFY(w.isShowingArtifacts());
        Ui::ArtifactBrowser *browser = w.browsePage()->browser();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return browser->page() == Ui::ArtifactBrowser::Page::Content;
                     },
                     20000),
            qPrintable(browser->errorText()));
        QVERIFY(m_sim.server->requestCount(QStringLiteral("/artifacts/")) > downloads);
        // Alt+Left returns to the run it came from.
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!w.isShowingArtifacts());
        QVERIFY(w.isShowingRunDetail());
        QCOMPARE(w.runDetail()->runId(), failed);
    }

    void bannerShowsMessages()
    {
        Models::Workspace wWorkspace(m_cacheDir.path());
        Ui::MainWindow w(&wWorkspace);
        w.show();
        w.showMessage(QStringLiteral("No keychain: tokens kept for this session only"));
        QVERIFY(w.banner()->isVisible());
        QVERIFY(w.banner()->text().contains(QStringLiteral("keychain")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
