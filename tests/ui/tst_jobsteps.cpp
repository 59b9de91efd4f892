// SPDX-License-Identifier: GPL-3.0-or-later
// A job's page shows what each of its steps selects, evaluated against the environment's
// latest manifest (the simulator's jaffle_shop), through the real window and real HTTP.
#include "mainwindowfixture.h"
#include "ui/console/jobstepspanel.h"

class TestJobSteps : public QObject, protected MainWindowFixture
{
    Q_OBJECT

    //! The navigator's row of the job named \a name, once the tree has loaded it.
    static QModelIndex waitForJob(Ui::MainWindow &w, const QString &name)
    {
        w.treeModel()->loadAll(QStringLiteral("demo"));
        QModelIndex job;
        const bool found = QTest::qWaitFor(
            [&] {
                job = findByName(w.treeModel(), Models::TreeNodeKind::Job, name);
                return job.isValid();
            },
            10000);
        return found ? job : QModelIndex();
    }

    //! Selects the job named \a name in the navigator; its id, or 0.
    static qint64 selectJob(Ui::MainWindow &w, const QString &name)
    {
        const QModelIndex job = waitForJob(w, name);
        const qint64 id = job.data(Models::NodeIdRole).toLongLong();
        return job.isValid()
                && w.navigator()->select(QStringLiteral("demo"), Models::TreeNodeKind::Job, id)
            ? id
            : 0;
    }

    static bool waitForState(Ui::JobStepsPanel *panel, Ui::JobStepsPanel::State state)
    {
        return QTest::qWaitFor(
            [&] {
                return panel->state() == state;
            },
            15000);
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_cacheDir.isValid());
        QVERIFY(m_sim.start(200));
    }

    void aJobsStepsShowWhatTheySelect()
    {
        Models::Workspace workspace(m_cacheDir.path());
        Ui::MainWindow w(&workspace);
        w.show();
        workspace.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        Ui::JobStepsPanel *panel = w.runsPanel()->jobSteps();
        QVERIFY(!panel->isVisible()); // an account scope has no steps

        // "dbt run --select orders+ --vars ..." on jaffle_shop: orders and its one model child,
        // customers. Its tests, semantic models and unit test are children too, but `dbt run`
        // runs models only.
        const qint64 jobId = selectJob(w, QStringLiteral("Ad-hoc backfill"));
        QVERIFY(jobId > 0);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->jobId(), jobId);
        QVERIFY(waitForState(panel, Ui::JobStepsPanel::State::Ready));
        QCOMPARE(panel->tree()->topLevelItemCount(), 1);
        QVERIFY(panel->tree()->topLevelItem(0)->text(0).contains(QStringLiteral("orders+")));
        QCOMPARE(panel->stepSummary(0), QStringLiteral("selects 2 nodes (2 models)"));
        QVERIFY2(panel->statusText().contains(QStringLiteral("manifest of run #")),
            qPrintable(panel->statusText()));

        // The nodes are listed on demand: only once the row is expanded.
        QVERIFY(panel->listedNodes(0).isEmpty());
        panel->tree()->expandItem(panel->tree()->topLevelItem(0));
        QCOMPARE(panel->listedNodes(0),
            QStringList({ QStringLiteral("model.jaffle_shop.customers"),
                QStringLiteral("model.jaffle_shop.orders") }));

        // Another job of the same environment: the manifest is not downloaded again.
        const int downloads = m_sim.server->requestCount(QStringLiteral("/artifacts/"));
        QVERIFY(selectJob(w, QStringLiteral("Nightly full refresh")) > 0);
        QVERIFY(waitForState(panel, Ui::JobStepsPanel::State::Ready));
        QCOMPARE(panel->tree()->topLevelItemCount(), 3);
        // dbt seed: the seven raw_* seeds; dbt run --full-refresh: the 13 models.
        QCOMPARE(panel->stepSummary(0), QStringLiteral("selects 7 nodes (7 seeds)"));
        QCOMPARE(panel->stepSummary(1), QStringLiteral("selects 13 nodes (13 models)"));
        QVERIFY(panel->stepSummary(2).contains(QStringLiteral("tests")));
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/artifacts/")), downloads);

        // Back to the account: the panel goes away.
        selectFirstAccount(w);
        QVERIFY(!panel->isVisible());
    }

    void aJobWhoseStepsCannotBeReadSaysSo()
    {
        Models::Workspace workspace(m_cacheDir.path());
        Ui::MainWindow w(&workspace);
        w.show();
        workspace.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const QModelIndex job = waitForJob(w, QStringLiteral("CI check"));
        QVERIFY(job.isValid());
        // The job's details answer 404 (not retried) until the test ends.
        m_sim.server->faults().add(Sim::FaultRule {
            QStringLiteral("/jobs/%1/$").arg(job.data(Models::NodeIdRole).toLongLong()),
            QStringLiteral("GET"),
            Sim::FaultKind::ServerError,
            -1,
            404 });
        Ui::JobStepsPanel *panel = w.runsPanel()->jobSteps();
        QVERIFY(w.navigator()->select(QStringLiteral("demo"),
            Models::TreeNodeKind::Job,
            job.data(Models::NodeIdRole).toLongLong()));
        QCOMPARE(panel->state(), Ui::JobStepsPanel::State::LoadingJob);
        QVERIFY(panel->statusText().contains(QStringLiteral("Loading")));
        QVERIFY(waitForState(panel, Ui::JobStepsPanel::State::Error));
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("Could not read the job's steps")),
            qPrintable(panel->statusText()));
        QVERIFY(!panel->tree()->isVisible());
    }

private:
    static void selectFirstAccount(Ui::MainWindow &w)
    {
        const QModelIndex conn =
            w.treeModel()->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Connection, 0);
        const QModelIndex account = w.treeModel()->index(0, 0, conn);
        w.navigator()->select(QStringLiteral("demo"),
            Models::TreeNodeKind::Account,
            account.data(Models::NodeIdRole).toLongLong());
    }
};

QTEST_MAIN(TestJobSteps)
#include "tst_jobsteps.moc"
