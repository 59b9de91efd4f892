// SPDX-License-Identifier: GPL-3.0-or-later
// The job actions in the real window: the navigator's job, project and environment menus and
// the Jobs menu offer them (disabled, saying why, on a read-only connection), and a job the
// editor creates shows up in the navigator without a manual refresh.
#include "mainwindowfixture.h"
#include "models/common/writeaccess.h"
#include "models/workspace/connectionsession.h"
#include "ui/jobs/jobactions.h"
#include "ui/jobs/jobeditordialog.h"

#include <QComboBox>

class TestMainWindowJobs final : public QObject, public MainWindowFixture
{
    Q_OBJECT

    //! The demo connection's tree loaded whole, and the node of a job with runs.
    static QModelIndex jobNode(Ui::MainWindow &w, qint64 jobId)
    {
        w.treeModel()->loadAll(QStringLiteral("demo"));
        (void)QTest::qWaitFor(
            [&] {
                return w.treeModel()
                    ->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId)
                    .isValid();
            },
            10000);
        return w.treeModel()->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId);
    }

    static QList<MenuEntry> rightClickNode(Ui::MainWindow &w, Models::TreeNodeKind kind, qint64 id)
    {
        w.navigator()->select(QStringLiteral("demo"), kind, id);
        QTreeView *tree = w.navigator()->view();
        tree->scrollTo(tree->currentIndex());
        return rightClick(tree, tree->visualRect(tree->currentIndex()).center());
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cacheDir.isValid());
    }

    void init()
    {
        // A first start each time: no offline cache of the previous test's tree.
        QVERIFY(QDir(m_cacheDir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_cacheDir.path()));
        QVERIFY(m_sim.start(200));
    }

    void navigatorMenusOfferTheJobActions()
    {
        Models::Workspace ws(m_cacheDir.path());
        Ui::MainWindow w(&ws);
        w.show();
        ws.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const qint64 jobId = someJobWithRuns(w);
        const QModelIndex node = jobNode(w, jobId);
        QVERIFY(node.isValid());
        const Models::TreeItem job = w.treeModel()->itemFor(node);

        const QList<MenuEntry> jobMenu = rightClickNode(w, Models::TreeNodeKind::Job, jobId);
        for (const QString &text : { QStringLiteral("Edit Job…"),
                 QStringLiteral("Duplicate Job…"),
                 QStringLiteral("Delete Job…"),
                 QStringLiteral("Export Job as JSON…") }) {
            const MenuEntry *e = entry(jobMenu, text);
            QVERIFY2(e && e->enabled, qPrintable(text));
        }
        QVERIFY(entry(jobMenu, QStringLiteral("Deactivate Job"))
            || entry(jobMenu, QStringLiteral("Activate Job")));
        QVERIFY(!entry(jobMenu, QStringLiteral("New Job…")));

        const QList<MenuEntry> envMenu =
            rightClickNode(w, Models::TreeNodeKind::Environment, job.environmentId);
        QVERIFY(entry(envMenu, QStringLiteral("New Job…")));
        QVERIFY(entry(envMenu, QStringLiteral("New Job…"))->enabled);
        QVERIFY(entry(envMenu, QStringLiteral("Import Job from JSON…")));
        QVERIFY(!entry(envMenu, QStringLiteral("Edit Job…")));
        const QList<MenuEntry> projectMenu =
            rightClickNode(w, Models::TreeNodeKind::Project, job.projectId);
        QVERIFY(entry(projectMenu, QStringLiteral("New Job…")));

        // The Jobs menu acts on the navigator's node.
        w.navigator()->select(QStringLiteral("demo"), Models::TreeNodeKind::Job, jobId);
        QMenu *menu = w.jobsMenu();
        QVERIFY(menu);
        QVERIFY(w.menuBar()->actions().contains(menu->menuAction()));
        Q_EMIT menu->aboutToShow();
        QAction *edit = findAction(menu->actions(), QStringLiteral("Edit Job…"));
        QVERIFY(edit && edit->isEnabled());
        QCOMPARE(w.jobActions(QStringLiteral("demo"))->context().jobId, jobId);
    }

    void aCreatedJobShowsInTheNavigator()
    {
        Models::Workspace ws(m_cacheDir.path());
        Ui::MainWindow w(&ws);
        w.show();
        ws.addConnection(demoInfo(), m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const QModelIndex node = jobNode(w, someJobWithRuns(w));
        QVERIFY(node.isValid());
        const Models::TreeItem job = w.treeModel()->itemFor(node);

        Ui::JobActions *actions = w.jobActions(QStringLiteral("demo"));
        QVERIFY(actions);
        actions->setConfirmer([](const QString &, const QString &, const QStringList &) {
            return true;
        });
        Ui::JobTarget into;
        into.projectId = job.projectId;
        into.environmentId = job.environmentId;
        actions->setContext(into);
        actions->newJob();
        Ui::JobEditorDialog *e = actions->editor();
        QVERIFY(e);
        QTRY_VERIFY_WITH_TIMEOUT(
            e->findChild<QComboBox *>(QStringLiteral("jobEnvironment"))->count() > 0, 10000);
        e->findChild<QLineEdit *>(QStringLiteral("jobName"))
            ->setText(QStringLiteral("Made in the editor"));
        QSignalSpy saved(actions, &Ui::JobActions::jobSaved);
        e->saveButton()->click();
        QVERIFY(saved.wait(10000));
        const auto created = saved.at(0).at(0).value<Api::Job>();
        QTRY_VERIFY_WITH_TIMEOUT(
            w.treeModel()
                ->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Job, created.id)
                .isValid(),
            10000);
        QVERIFY(w.banner()->text().contains(QStringLiteral("Made in the editor")));
    }

    void readOnlyConnectionDisablesThemSayingWhy()
    {
        Models::Workspace ws(m_cacheDir.path());
        Ui::MainWindow w(&ws);
        w.show();
        Models::ConnectionInfo info = demoInfo();
        info.readOnly = true;
        ws.addConnection(info, m_sim.client.get());
        QVERIFY(waitForRuns(w));
        const qint64 jobId = someJobWithRuns(w);
        QVERIFY(jobNode(w, jobId).isValid());
        const QString why =
            ws.session(QStringLiteral("demo"))->writeAccess()->whyNot(Models::WriteArea::Jobs);
        QVERIFY(why.contains(QStringLiteral("read-only")));
        const QList<MenuEntry> jobMenu = rightClickNode(w, Models::TreeNodeKind::Job, jobId);
        for (const QString &text : { QStringLiteral("Edit Job…"),
                 QStringLiteral("Duplicate Job…"),
                 QStringLiteral("Delete Job…") }) {
            const MenuEntry *e = entry(jobMenu, text);
            QVERIFY2(e && !e->enabled, qPrintable(text));
            QCOMPARE(e->action->toolTip(), why);
        }
        QVERIFY(entry(jobMenu, QStringLiteral("Export Job as JSON…"))->enabled); // a read
    }
};

QTEST_MAIN(TestMainWindowJobs)
#include "tst_mainwindowjobs.moc"
