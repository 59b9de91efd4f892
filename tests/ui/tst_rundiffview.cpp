// SPDX-License-Identifier: GPL-3.0-or-later
// The run diff window through the main window against the simulator: the runs table offers
// "Compare Runs" for two selected runs and "Compare with Last Successful Run" on a failed one;
// the window then lists the node that broke with its before and after status. Two local
// target folders show their SQL changes side by side. With DBTC_SCREENSHOT_DIR set, the
// status, timing and SQL tabs are saved in light and dark:
//   DBTC_SCREENSHOT_DIR=docs QT_QPA_PLATFORM=offscreen build/dev/tests/ui/tst_rundiffview
#include "../models/tst_artifactcorpus.h"
#include "mainwindowfixture.h"
#include "models/compare/sqldiffmodel.h"
#include "themeshots.h"
#include "ui/compare/rundiffview.h"

#include <QLabel>
#include <QListWidget>
#include <QTabWidget>

class TestRunDiffView : public QObject, protected MainWindowFixture
{
    Q_OBJECT

    static QString corpus(const char *folder)
    {
        return ArtifactCorpus::root() + QLatin1Char('/') + QLatin1String(folder);
    }

    qint64 failedAfterSuccess()
    {
        QList<Api::Run> all;
        bool done = false;
        m_sim.client->fetchAllRuns({}, this, [&](const Api::Result<QList<Api::Run>> &r) {
            all = r.ok() ? r.value() : QList<Api::Run> {};
            done = true;
        });
        if (!QTest::qWaitFor(
                [&] {
                    return done;
                },
                10000)) {
            return 0;
        }
        for (const Api::Run &failed : all) {
            for (const Api::Run &r : all) {
                if (failed.status == Api::RunStatus::Error && r.status == Api::RunStatus::Success
                    && r.jobDefinitionId == failed.jobDefinitionId && r.id < failed.id) {
                    return failed.id;
                }
            }
        }
        return 0;
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_cacheDir.isValid());
        QVERIFY(QDir(m_cacheDir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_cacheDir.path()));
        QVERIFY(m_sim.start(300));
    }

    void cleanup()
    {
        m_sim.client.reset();
        m_sim.server.reset();
    }

    void failedRunComparedWithItsLastSuccess()
    {
        Models::Workspace workspace(m_cacheDir.path());
        Ui::MainWindow w(&workspace);
        w.resize(1280, 800);
        w.show();
        w.workspace()->addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const int failedRow = rowWhere(w, [](Api::RunStatus s) {
            return s == Api::RunStatus::Error;
        });
        QVERIFY2(failedRow >= 0, "the demo's dashboard lists a failed run");
        QTableView *view = w.runsPanel()->view();
        view->selectRow(failedRow);
        view->scrollTo(view->model()->index(failedRow, 0));
        QList<MenuEntry> menu =
            rightClick(view, view->visualRect(view->model()->index(failedRow, 0)).center());
        QVERIFY(entry(menu, QStringLiteral("Compare with Last Successful Run")));
        QVERIFY(entry(menu, QStringLiteral("Compare with Last Successful Run"))->enabled);
        QVERIFY(entry(menu, QStringLiteral("Compare Runs")));
        QVERIFY(!entry(menu, QStringLiteral("Compare Runs"))->enabled); // one run selected

        // Two rows selected: the pair can be compared, "last success" is for one run only.
        const int other = failedRow == 0 ? 1 : 0;
        view->selectionModel()->select(view->model()->index(other, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        menu = rightClick(view, view->visualRect(view->model()->index(failedRow, 0)).center());
        QVERIFY(entry(menu, QStringLiteral("Compare Runs"))->enabled);
        QVERIFY(!entry(menu, QStringLiteral("Compare with Last Successful Run")));

        // The menu's own entries die with it: the window's slot is what they call. The run is
        // a failure whose job succeeded before (the dashboard's first red row may have none).
        const qint64 failedAfterGreen = failedAfterSuccess();
        QVERIFY(failedAfterGreen > 0);
        w.compareWithLastSuccess(QStringLiteral("demo"), failedAfterGreen);
        Ui::RunDiffView *diff = w.runDiffWindow();
        QVERIFY(diff);
        QTRY_VERIFY_WITH_TIMEOUT(diff->statusTable()->model()->rowCount() > 0, 20000);
        QCOMPARE(diff->tabs()->currentIndex(), int(Ui::RunDiffView::StatusTab));
        bool brokeShown = false;
        const QAbstractItemModel *status = diff->statusTable()->model();
        for (int row = 0; row < status->rowCount(); ++row) {
            const QString after = status->index(row, 2).data().toString();
            brokeShown |= after == u"error" || after == u"fail";
        }
        QVERIFY(brokeShown);
        QVERIFY2(diff->summaryText().contains(QLatin1String("status change")),
            qPrintable(diff->summaryText()));
        QVERIFY(diff->tabs()
                    ->tabText(Ui::RunDiffView::StatusTab)
                    .contains(QString::number(status->rowCount())));
        QVERIFY(diff->timingTable()->model()->rowCount() > 0);
        diff->resize(1280, 800);
        Test::grabThemes(diff, QStringLiteral("rundiff-status"));
        diff->tabs()->setCurrentIndex(Ui::RunDiffView::TimingTab);
        Test::grabThemes(diff, QStringLiteral("rundiff-timing"));

        // Double-clicking a node opens its page from the newer run's artifacts.
        QSignalSpy node(diff, &Ui::RunDiffView::nodeRequested);
        diff->tabs()->setCurrentIndex(Ui::RunDiffView::StatusTab);
        Q_EMIT diff->statusTable()->doubleClicked(status->index(0, 0));
        QCOMPARE(node.size(), 1);
        QCOMPARE(node.first().at(1).toLongLong(), failedAfterGreen);
    }

    void foldersShowTheirSqlSideBySide()
    {
        Models::Workspace workspace(m_cacheDir.path());
        Ui::MainWindow w(&workspace);
        w.show();
        w.compareFolders(
            corpus("jaffle_shop-dbt0.21.0-bigquery"), corpus("jaffle_shop-dbt1.0.0-bigquery"));
        Ui::RunDiffView *diff = w.runDiffWindow();
        QVERIFY(diff);
        QTRY_VERIFY_WITH_TIMEOUT(diff->timingTable()->model()->rowCount() > 0, 20000);
        if (diff->sqlNodes()->count() == 0) {
            QFAIL("dbt 0.21 and 1.0 compile jaffle_shop differently: SQL changes expected");
        }
        diff->tabs()->setCurrentIndex(Ui::RunDiffView::SqlTab);
        diff->sqlNodes()->setCurrentRow(0);
        const auto *sql = qobject_cast<const Models::SqlDiffModel *>(diff->sqlTable()->model());
        QVERIFY(sql);
        QVERIFY(sql->rowCount() > 0);
        QVERIFY(sql->changedRows() > 0);
        // Each changed row is painted from its side's kind: the model says which.
        bool sawChange = false;
        for (int row = 0; row < sql->rowCount(); ++row) {
            const int kind = sql->index(row, Models::SqlDiffModel::NewTextColumn)
                                 .data(Models::SqlDiffModel::SideKindRole)
                                 .toInt();
            sawChange |= kind != Models::SqlDiffModel::SideSame;
        }
        QVERIFY(sawChange);
        diff->resize(1280, 800);
        Test::grabThemes(diff, QStringLiteral("rundiff-sql"));

        w.compareFolders(
            corpus("jaffle_shop-dbt0.21.0-bigquery"), QStringLiteral("/nonexistent/t"));
        QTRY_VERIFY_WITH_TIMEOUT(diff->statePage()->isVisible(), 10000);
        QVERIFY2(diff->statePage()->findChildren<QLabel *>().size() > 0, "the failure is shown");
    }
};

QTEST_MAIN(TestRunDiffView)
#include "tst_rundiffview.moc"
