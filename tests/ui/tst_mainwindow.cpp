// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the console window against the simulator, offscreen: real widgets, real HTTP.
#include "../models/simfixture.h"
#include "models/artifacts/recentfiles.h"
#include "models/common/roles.h"
#include "models/console/accounttreemodel.h"
#include "models/console/runconversions.h"
#include "models/console/runfilterproxymodel.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "models/console/treeitem.h"
#include "models/notifications/notificationgrouper.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "models/notifications/watchpoller.h"
#include "models/rundetail/rundetailsteps.h"
#include "models/workspace/workspace.h"
#include "ui/actions/runactions.h"
#include "ui/artifacts/artifactbrowser.h"
#include "ui/artifacts/browsepage.h"
#include "ui/console/navigatorpanel.h"
#include "ui/console/runfilterbar.h"
#include "ui/console/runspanel.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/rundetail/triageview.h"
#include "ui/shell/consolestatusbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindowactions.h"
#include "ui/shell/quickopen.h"
#include "ui/shell/welcomepage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statepage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Dbtc;
using namespace std::chrono_literals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    QTemporaryDir m_cacheDir;

    Models::ConnectionInfo demoInfo() const
    {
        return { QStringLiteral("demo"), QStringLiteral("Demo"), m_sim.accountId, false, true };
    }

    //! A window with the demo connection whose account dashboard has loaded.
    static bool waitForRuns(Ui::MainWindow &w)
    {
        return QTest::qWaitFor(
            [&] {
                return w.runsPanel()->proxy()->rowCount() > 0;
            },
            10000);
    }

    static qint64 someJobWithRuns(const Ui::MainWindow &w)
    {
        return w.runsPanel()->model()->runAt(0).jobId;
    }

    //! The first listed row whose status satisfies \a pred, or -1.
    template <typename Pred> static int rowWhere(const Ui::MainWindow &w, Pred pred)
    {
        const auto *proxy = w.runsPanel()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (pred(Api::RunStatus(proxy->index(row, 0).data(Models::StatusRole).toInt()))) {
                return row;
            }
        }
        return -1;
    }

    //! What a right click on \a view at \a pos shows, through the window's own wiring: the
    //! menu is caught while it is open (exec() runs its own loop), its actions are recorded,
    //! and it is closed. Shared actions (cancel, retry...) outlive the menu; the menu's own
    //! entries are recorded by text and state only.
    struct MenuEntry
    {
        QString text;
        bool enabled = false;
        bool visible = false;
        QAction *action = nullptr;
    };

    static QList<MenuEntry> rightClick(QAbstractItemView *view, const QPoint &pos)
    {
        QList<MenuEntry> entries;
        bool shown = false;
        QTimer::singleShot(0, view, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            shown = true;
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator()) {
                    entries.append(
                        { a->text().remove(QLatin1Char('&')), a->isEnabled(), a->isVisible(), a });
                }
            }
            menu->close();
        });
        Q_EMIT view->customContextMenuRequested(pos);
        if (!shown) {
            qWarning("no context menu opened");
        }
        return entries;
    }

    static const MenuEntry *entry(const QList<MenuEntry> &entries, const QString &text)
    {
        for (const MenuEntry &e : entries) {
            if (e.text == text) {
                return &e;
            }
        }
        return nullptr;
    }

    static int visibleEntries(const QList<MenuEntry> &entries)
    {
        return int(std::count_if(entries.cbegin(), entries.cend(), [](const MenuEntry &e) {
            return e.visible;
        }));
    }

    static QModelIndex findByName(const QAbstractItemModel *model,
        Models::TreeNodeKind kind,
        const QString &name,
        const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(Models::NodeKindRole).toInt() == int(kind)
                && i.data(Qt::DisplayRole).toString() == name) {
                return i;
            }
            if (const QModelIndex found = findByName(model, kind, name, i); found.isValid()) {
                return found;
            }
        }
        return {};
    }

    static qint64 anyOtherProject(
        const QAbstractItemModel *model, qint64 notThis, const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            const qint64 id = i.data(Models::NodeIdRole).toLongLong();
            if (i.data(Models::NodeKindRole).toInt() == int(Models::TreeNodeKind::Project)
                && id != notThis) {
                return id;
            }
            if (const qint64 found = anyOtherProject(model, notThis, i)) {
                return found;
            }
        }
        return 0;
    }

    static QAction *findAction(const QList<QAction *> &actions, const QString &text)
    {
        for (QAction *a : actions) {
            if (a->text().remove(QLatin1Char('&')) == text) {
                return a;
            }
        }
        return nullptr;
    }

    static int visibleCount(const QList<QAction *> &actions)
    {
        return int(std::count_if(actions.cbegin(), actions.cend(), [](QAction *a) {
            return a->isVisible() && !a->isSeparator();
        }));
    }

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
        QCOMPARE(visibleEntries(menu), 2); // Open in dbt Cloud, Copy Run ID
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
        const QString huge = QStringLiteral("Error: ") + QString(10000, QLatin1Char('x'));
        w.consoleStatusBar()->setError(huge);
        w.showMessage(huge);
        QTest::qWait(50);
        QVERIFY2(w.minimumSizeHint().width() < 1280,
            qPrintable(QString::number(w.minimumSizeHint().width())));
        QCOMPARE(w.width(), 1200);
        QVERIFY(w.consoleStatusBar()->connectionText().contains(huge)); // nothing lost
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
                return palette->list()->count() > 25;
            },
            10000));
        const QString jobName = w.runsPanel()->model()->runAt(0).jobName;
        QTest::keyClicks(palette->input(), jobName);
        QVERIFY(palette->list()->count() >= 1);
        QVERIFY(palette->list()->currentItem()->text().contains(jobName));
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
