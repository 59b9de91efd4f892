// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the console window against the simulator, offscreen: real widgets, real HTTP.
#include "../models/simfixture.h"
#include "models/accounttreemodel.h"
#include "models/roles.h"
#include "models/runfilterproxymodel.h"
#include "models/runlistmodel.h"
#include "models/runpoller.h"
#include "ui/consolestatusbar.h"
#include "ui/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpanel.h"
#include "ui/quickopen.h"
#include "ui/rundetailpage.h"
#include "ui/runfilterbar.h"
#include "ui/runspanel.h"
#include "ui/statepage.h"
#include "ui/welcomepage.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
        return {QStringLiteral("demo"), QStringLiteral("Demo"), m_sim.accountId, false, true};
    }

    //! A window with the demo connection whose account dashboard has loaded.
    static bool waitForRuns(Ui::MainWindow &w)
    {
        return QTest::qWaitFor([&] { return w.runsPanel()->proxy()->rowCount() > 0; }, 10000);
    }

    static qint64 someJobWithRuns(const Ui::MainWindow &w)
    {
        return w.runsPanel()->model()->runAt(0).jobId;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_cacheDir.isValid());
        QVERIFY(m_sim.start(600));
    }

    void welcomePageUntilAConnectionExists()
    {
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        QVERIFY(w.welcomePage()->isVisible());
        QSignalSpy add(&w, &Ui::MainWindow::addConnectionRequested);
        QSignalSpy demo(&w, &Ui::MainWindow::demoRequested);
        QTest::mouseClick(w.welcomePage()->addButton(), Qt::LeftButton);
        QTest::mouseClick(w.welcomePage()->demoButton(), Qt::LeftButton);
        QCOMPARE(add.size(), 1);
        QCOMPARE(demo.size(), 1);
        w.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(!w.welcomePage()->isVisible());
        QVERIFY(w.navigator()->isVisible());
        w.removeConnection(QStringLiteral("demo"));
        QVERIFY(w.welcomePage()->isVisible());
    }

    void selectingAJobShowsItsRuns()
    {
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        w.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w)); // the account is selected by itself once it is known
        QVERIFY(w.runsPanel()->scope().jobId == 0);
        const qint64 jobId = someJobWithRuns(w);

        w.treeModel()->loadAll(QStringLiteral("demo"));
        QVERIFY(QTest::qWaitFor([&] {
            return w.treeModel()->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId).isValid();
        }, 10000));
        QVERIFY(w.navigator()->select(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId));
        QCOMPARE(w.runsPanel()->scope().jobId, jobId);
        QVERIFY(QTest::qWaitFor([&] { return w.runsPanel()->poller()->lastRefresh().isValid(); }, 10000));
        QVERIFY(w.runsPanel()->proxy()->rowCount() > 0);
        for (const auto &run : w.runsPanel()->model()->runs()) {
            QCOMPARE(run.jobId, jobId);
        }
        QVERIFY(w.consoleStatusBar()->connectionText().contains(QStringLiteral("connected")));
        QVERIFY(w.consoleStatusBar()->refreshText().startsWith(QStringLiteral("Updated")));
        // The job row in the navigator shows its schedule and last status.
        const QModelIndex job = w.treeModel()->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId);
        QVERIFY(job.data(Models::StatusRole).isValid());
        QVERIFY(!job.data(Models::ScheduleTextRole).toString().isEmpty());
    }

    void enterOpensTheRunAndEscapeComesBack()
    {
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        w.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        QTableView *view = w.runsPanel()->view();
        view->setFocus();
        int finishedRow = 0; // a finished run has steps; a queued one may have none yet
        while (w.runsPanel()->proxy()->index(finishedRow, 0).data(Models::InProgressRole).toBool()) {
            ++finishedRow;
        }
        view->setCurrentIndex(w.runsPanel()->proxy()->index(finishedRow, 0));
        const qint64 runId = view->currentIndex().data(Models::RunIdRole).toLongLong();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(w.isShowingRunDetail());
        QCOMPARE(w.runDetail()->runId(), runId);
        QVERIFY2(QTest::qWaitFor([&] { return w.runDetail()->stepsView()->topLevelItemCount() > 0; }, 10000),
                 qPrintable(w.runDetail()->stepsStateText()));
        QTest::keyClick(w.runDetail()->stepsView(), Qt::Key_Escape);
        QVERIFY(!w.isShowingRunDetail());
    }

    void selectionSurvivesLivePolling()
    {
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        w.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        w.runsPanel()->poller()->setIntervals({50ms, 50ms, 1s});
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
        QVERIFY(QTest::qWaitFor([&] { return w.runsPanel()->poller()->cyclesCompleted() >= cycles + 4; }, 10000));
        QCOMPARE(view->currentIndex().data(Models::RunIdRole).toLongLong(), runId);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().data(Models::RunIdRole).toLongLong(), runId);
    }

    void quickOpenJumpsToAJob()
    {
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        w.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(w.runsPanel()->view(), Qt::Key_K, Qt::ControlModifier);
        Ui::QuickOpen *palette = w.quickOpen();
        QVERIFY(palette->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return palette->list()->count() > 25; }, 10000));
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
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        w.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        QTest::keyClicks(w.runsPanel()->filterBar()->textEdit(), QStringLiteral("no-such-run-anywhere"));
        QCOMPARE(w.runsPanel()->statePage()->kind(), Ui::StatePage::Kind::Empty);
        QVERIFY(w.runsPanel()->statePage()->isVisible());
        QCOMPARE(w.runsPanel()->statePage()->title(), QStringLiteral("No runs match the filters"));
        QTest::mouseClick(w.runsPanel()->statePage()->actionButton(), Qt::LeftButton);
        QVERIFY(w.runsPanel()->view()->isVisible());

        m_sim.server->faults().add({QStringLiteral("/runs/"), {}, Sim::FaultKind::ServerError, -1, 503, 0, 0});
        Ui::MainWindow broken(nullptr, m_cacheDir.path() + QStringLiteral("/other"));
        broken.show();
        broken.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(QTest::qWaitFor([&] { return broken.runsPanel()->statePage()->kind() == Ui::StatePage::Kind::Error; }, 10000));
        QVERIFY(broken.runsPanel()->statePage()->isVisible());
        QVERIFY(broken.consoleStatusBar()->connectionText().contains(QStringLiteral("Demo")));
    }

    void cachedTreeAndRunsAppearAtOnceOnTheNextStart()
    {
        qint64 newest = 0;
        {
            Ui::MainWindow w(nullptr, m_cacheDir.path());
            w.show();
            w.addConnection(demoInfo(), m_sim.client.get());
            QVERIFY(waitForRuns(w));
            newest = w.runsPanel()->model()->newestId();
            w.close();
        }
        m_sim.server->faults().add({QStringLiteral("/"), {}, Sim::FaultKind::Delay, -1, 0, 0, 2000});
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        w.addConnection(demoInfo(), m_sim.client.get());
        // Before any answer: the tree and the account's runs come from the cache, marked stale.
        QVERIFY(QTest::qWaitFor([&] { return w.runsPanel()->model()->rowCount() > 0; }, 500));
        QCOMPARE(w.runsPanel()->model()->newestId(), newest);
        QVERIFY(w.runsPanel()->model()->isStale());
        m_sim.server->faults().clear();
    }

    void bannerShowsMessages()
    {
        Ui::MainWindow w(nullptr, m_cacheDir.path());
        w.show();
        w.showMessage(QStringLiteral("No keychain: tokens kept for this session only"));
        QVERIFY(w.banner()->isVisible());
        QVERIFY(w.banner()->text().contains(QStringLiteral("keychain")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
