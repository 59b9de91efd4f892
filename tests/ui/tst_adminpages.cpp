// SPDX-License-Identifier: GPL-3.0-or-later
// The administration pages as a user meets them, against the simulator over loopback: the
// navigator's Administration nodes open them, they show the seeded data with search, a new
// service token's secret is shown once (Copy puts it on the clipboard; closing wipes it),
// webhooks are created, edited, tested and deleted through the page's own actions and
// dialogs, and write actions are disabled with the reason after a 403 and on read-only.
#include "../api/loopbacksubscriber.h"
#include "mainwindowfixture.h"
#include "models/admin/admindirectory.h"
#include "models/admin/admintablemodel.h"
#include "models/common/adminarea.h"
#include "models/workspace/connectionsession.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/adminpages.h"
#include "ui/admin/checklist.h"
#include "ui/admin/servicetokendialogs.h"
#include "ui/admin/webhookeditor.h"

#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>

using Models::AdminArea;

namespace {

//! The row whose first column reads \a name in the page's table, or -1.
int rowNamed(const Ui::AdminPage &page, const QString &name)
{
    const QAbstractItemModel *m = page.table()->model();
    for (int r = 0; m && r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == name) {
            return r;
        }
    }
    return -1;
}

QString cellText(const Ui::AdminPage &page, const QString &name, const QString &header)
{
    const QAbstractItemModel *m = page.table()->model();
    const int r = rowNamed(page, name);
    for (int c = 0; m && r >= 0 && c < m->columnCount(); ++c) {
        if (m->headerData(c, Qt::Horizontal).toString() == header) {
            return m->index(r, c).data().toString();
        }
    }
    return QStringLiteral("<missing>");
}

bool tableShows(const Ui::AdminPage &page, const QString &needle)
{
    const QAbstractItemModel *m = page.table()->model();
    for (int r = 0; m && r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->index(r, c).data().toString().contains(needle)
                || m->index(r, c).data(Qt::ToolTipRole).toString().contains(needle)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestAdminPages final : public QObject, private MainWindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<Api::Client> clientFor(const QString &token, bool readOnly = false) const
    {
        Api::ClientOptions co;
        co.baseUrl = m_sim.server->baseUrl();
        co.accountId = m_sim.accountId;
        co.token = token;
        co.readOnly = readOnly;
        co.retry.maxAttempts = 1;
        return std::make_unique<Api::Client>(co);
    }

    Models::ConnectionInfo info(bool readOnly = false) const
    {
        return { QStringLiteral("conn"), QStringLiteral("Sim"), m_sim.accountId, readOnly, false };
    }

    static bool showsTable(Ui::AdminPage &page)
    {
        return QTest::qWaitFor(
            [&] {
                return page.isShowingTable() && page.table()->model()->rowCount() > 0;
            },
            10000);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sim.start(40));
    }

    void navigatorOpensTheAdministrationPages()
    {
        Models::Workspace workspace(m_cacheDir.path());
        workspace.addConnection(demoInfo(), m_sim.client.get());
        Ui::MainWindow w(&workspace);
        w.resize(1280, 800);
        w.show();
        QVERIFY(waitForRuns(w));
        QTreeView *view = w.navigator()->view();
        // The user opens the account, as in the app: its children come with Administration.
        view->expand(view->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(view->model()->index(0, 0)) > 0, 5000);
        view->expand(view->model()->index(0, 0, view->model()->index(0, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(findByName(view->model(),
                                     Models::TreeNodeKind::Administration,
                                     QStringLiteral("Administration"))
                                     .isValid(),
            5000);
        QVERIFY(!w.isShowingAdmin());
        QVERIFY(w.navigator()->select(
            QStringLiteral("demo"), Models::TreeNodeKind::AdminArea, int(AdminArea::Users)));
        QVERIFY(w.isShowingAdmin());
        Ui::AdminPage *users = w.adminPages()->currentPage();
        QCOMPARE(users->area(), AdminArea::Users);
        QVERIFY(users->isVisible());
        QVERIFY(showsTable(*users));
        QCOMPARE(users->table()->model()->rowCount(), 6);
        QVERIFY(w.navigator()->breadcrumb().endsWith(QStringLiteral("Administration  ›  Users")));

        QVERIFY(w.navigator()->select(
            QStringLiteral("demo"), Models::TreeNodeKind::AdminArea, int(AdminArea::Webhooks)));
        QCOMPARE(w.adminPages()->currentPage()->area(), AdminArea::Webhooks);
        QVERIFY(showsTable(*w.adminPages()->currentPage()));

        // Back to the account: its runs, not the admin page.
        QVERIFY(w.navigator()->select(
            QStringLiteral("demo"), Models::TreeNodeKind::Account, m_sim.accountId));
        QVERIFY(!w.isShowingAdmin());
        QVERIFY(w.runsPanel()->isVisible());
    }

    void pagesShowDataAndSearch()
    {
        Models::ConnectionSession session(info(), m_sim.client.get());
        Ui::AdminPage page(AdminArea::Users);
        page.resize(1000, 600);
        page.show();
        QCOMPARE(session.admin()->table(AdminArea::Users)->state(),
            Models::AdminTableModel::State::Idle);
        page.bind(session.admin(), session.adminWriter());
        QVERIFY(showsTable(page));
        QCOMPARE(cellText(page, QStringLiteral("Dana Kowalski"), QStringLiteral("Email")),
            QStringLiteral("dana@jaffleshop.com"));
        QVERIFY(!page.newAction()); // users are read-only here
        // Clicking a header sorts.
        page.table()->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
        QCOMPARE(
            page.table()->model()->index(0, 0).data().toString(), QStringLiteral("Farah Nasser"));
        QTest::keyClicks(page.searchEdit(), QStringLiteral("kowalski"));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        page.searchEdit()->setText(QStringLiteral("zzz-nothing"));
        QVERIFY(!page.isShowingTable());
        QVERIFY(page.statePage()->title().contains(QStringLiteral("zzz-nothing")));
        page.searchEdit()->clear();
        QVERIFY(page.isShowingTable());
        QCOMPARE(page.table()->model()->rowCount(), 6);
    }

    void forbiddenAreaShowsAnErrorNamingTheSet()
    {
        auto viewer = clientFor(m_sim.server->serviceToken(QStringLiteral("job_viewer")));
        Models::ConnectionSession session(info(), viewer.get());
        Ui::AdminPage page(AdminArea::ServiceTokens);
        page.show();
        page.bind(session.admin(), session.adminWriter());
        QTRY_COMPARE_WITH_TIMEOUT(page.statePage()->kind(), Ui::StatePage::Kind::Error, 5000);
        QVERIFY(!page.isShowingTable());
        QVERIFY(
            page.statePage()->accessibleDescription().contains(QStringLiteral("Security Admin")));
    }

    void newTokenShowsItsSecretOnceWithCopy()
    {
        Models::ConnectionSession session(info(), m_sim.client.get());
        Ui::AdminPage page(AdminArea::ServiceTokens);
        page.resize(1000, 600);
        page.show();
        page.bind(session.admin(), session.adminWriter());
        QVERIFY(showsTable(page));
        QVERIFY(page.newAction()->isEnabled());
        page.newAction()->trigger();
        QPointer<Ui::NewServiceTokenDialog> ask =
            qobject_cast<Ui::NewServiceTokenDialog *>(page.activeDialog());
        QVERIFY(ask);
        QVERIFY(ask->isVisible());
        QVERIFY(!ask->createButton()->isEnabled()); // a name and a set first
        QTest::keyClicks(ask->nameEdit(), QStringLiteral("Deploy bot"));
        QVERIFY(!ask->createButton()->isEnabled());
        ask->checkPermissionSet(QStringLiteral("job_runner"));
        QVERIFY(ask->createButton()->isEnabled());
        ask->createButton()->click();

        QTRY_VERIFY_WITH_TIMEOUT(
            qobject_cast<Ui::TokenCreatedDialog *>(page.activeDialog()) != nullptr, 5000);
        QPointer<Ui::TokenCreatedDialog> shown =
            qobject_cast<Ui::TokenCreatedDialog *>(page.activeDialog());
        QVERIFY(shown->isVisible());
        QVERIFY(!ask || !ask->isVisible()); // the request dialog closed
        const QString secret = shown->secretEdit()->text();
        QVERIFY(secret.size() > 20);
        QVERIFY(shown->secretEdit()->isReadOnly());
        QVERIFY(shown->warningLabel()->isVisible());
        QVERIFY(shown->warningLabel()->text().contains(QStringLiteral("only this once")));
        shown->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QCOMPARE(shown->copyButton()->text(), QStringLiteral("Copied"));

        // The list has the token, never its secret; closing the dialog wipes the one copy.
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(page, QStringLiteral("Deploy bot")) >= 0, 5000);
        QCOMPARE(cellText(page, QStringLiteral("Deploy bot"), QStringLiteral("Permission sets")),
            QStringLiteral("Job Runner"));
        QVERIFY(!tableShows(page, secret));
        QLineEdit *field = shown->secretEdit();
        shown->reject();
        QVERIFY(shown.isNull() || field->text().isEmpty());
        QTRY_VERIFY(shown.isNull()); // deleted on close: no widget holds it
        QVERIFY(page.statusText().contains(QStringLiteral("Deploy bot")));
        QVERIFY(!page.statusText().contains(secret));
        QGuiApplication::clipboard()->clear();
    }

    void webhookCreateEditTestDeleteThroughThePage()
    {
        LoopbackSubscriber subscriber;
        QVERIFY(subscriber.isListening());
        Models::ConnectionSession session(info(), m_sim.client.get());
        Ui::AdminPage page(AdminArea::Webhooks);
        page.resize(1100, 700);
        page.show();
        page.bind(session.admin(), session.adminWriter());
        QVERIFY(showsTable(page));
        const int seeded = page.table()->model()->rowCount();
        QVERIFY(!page.editAction()->isEnabled()); // nothing selected
        QVERIFY(page.editAction()->toolTip().contains(QStringLiteral("Select")));

        // Create: a 400 first, its field errors on the fields.
        page.newAction()->trigger();
        auto *editor = qobject_cast<Ui::WebhookEditor *>(page.activeDialog());
        QVERIFY(editor);
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Ops alerts"));
        editor->urlEdit()->setText(QStringLiteral("ftp://example.com"));
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->fieldError(QStringLiteral("client_url")).isEmpty(), 5000);
        QVERIFY(!editor->fieldError(QStringLiteral("event_types")).isEmpty());
        QVERIFY(editor->isVisible());
        editor->urlEdit()->setText(subscriber.url());
        editor->eventBox(QStringLiteral("job.run.errored"))->setChecked(true);
        QVERIFY(editor->jobList()->count() > 0);
        editor->jobList()->box(0)->setChecked(true);
        const QString jobName = editor->jobList()->box(0)->text();
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(page, QStringLiteral("Ops alerts")) >= 0, 5000);
        QCOMPARE(page.table()->model()->rowCount(), seeded + 1);
        // The signing secret comes once, in the create answer: shown once, then gone.
        auto *signing = qobject_cast<Ui::TokenCreatedDialog *>(page.activeDialog());
        QVERIFY(signing);
        const QString hmac = signing->secretEdit()->text();
        QVERIFY(!hmac.isEmpty());
        QVERIFY(signing->warningLabel()->text().contains(QStringLiteral("signing secret")));
        signing->reject();
        QVERIFY(!tableShows(page, hmac));
        QCOMPARE(cellText(page, QStringLiteral("Ops alerts"), QStringLiteral("Jobs")), jobName);
        QCOMPARE(cellText(page, QStringLiteral("Ops alerts"), QStringLiteral("Events")),
            QStringLiteral("job.run.errored"));

        // Edit: renamed and deactivated.
        const QString id = page.table()
                               ->model()
                               ->index(rowNamed(page, QStringLiteral("Ops alerts")), 0)
                               .data(Models::AdminTableModel::KeyRole)
                               .toString();
        QVERIFY(page.selectKey(id));
        QVERIFY(page.editAction()->isEnabled());
        page.editAction()->trigger();
        editor = qobject_cast<Ui::WebhookEditor *>(page.activeDialog());
        QVERIFY(editor);
        QCOMPARE(editor->urlEdit()->text(), subscriber.url()); // filled from the subscription
        editor->nameEdit()->setText(QStringLiteral("Ops pager"));
        editor->eventBox(QStringLiteral("job.run.completed"))->setChecked(true);
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(page, QStringLiteral("Ops pager")) >= 0, 5000);
        QCOMPARE(rowNamed(page, QStringLiteral("Ops alerts")), -1);
        QCOMPARE(cellText(page, QStringLiteral("Ops pager"), QStringLiteral("Events")),
            QStringLiteral("job.run.completed, job.run.errored"));

        // Send test: delivered, and its receipt shows under the table.
        QTRY_COMPARE(page.selectedKey(), id);
        QVERIFY(page.testAction()->isEnabled());
        page.testAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.requests, 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("answered 200")), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(page.receiptsTable()->model()->rowCount() > 0, 5000);
        QCOMPARE(
            page.receiptsTable()->model()->index(0, 2).data().toString(), QStringLiteral("200 OK"));
        QTRY_COMPARE_WITH_TIMEOUT(
            cellText(page, QStringLiteral("Ops pager"), QStringLiteral("Last delivery")),
            QStringLiteral("200 OK"),
            5000);

        // Delete, with a confirmation; Cancel keeps it.
        QTRY_COMPARE(page.selectedKey(), id);
        page.deleteAction()->trigger();
        auto *box = qobject_cast<QMessageBox *>(page.activeDialog());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Ops pager")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(rowNamed(page, QStringLiteral("Ops pager")) >= 0);
        page.deleteAction()->trigger();
        box = qobject_cast<QMessageBox *>(page.activeDialog());
        QVERIFY(box);
        QAbstractButton *del = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QStringLiteral("Delete")) {
                del = b;
            }
        }
        QVERIFY(del);
        del->click();
        QTRY_COMPARE_WITH_TIMEOUT(rowNamed(page, QStringLiteral("Ops pager")), -1, 5000);
        QCOMPARE(page.table()->model()->rowCount(), seeded);
        QVERIFY(page.statusText().contains(QStringLiteral("deleted")));
    }

    void writeActionsDisabledWithTheReason()
    {
        // Read-only: nothing may be written, and the actions say so before anything is sent.
        auto ro = clientFor(m_sim.server->adminToken(), true);
        Models::ConnectionSession readOnly(info(true), ro.get());
        Ui::AdminPage tokens(AdminArea::ServiceTokens);
        tokens.bind(readOnly.admin(), readOnly.adminWriter());
        QVERIFY(!tokens.newAction()->isEnabled());
        QVERIFY(tokens.newAction()->toolTip().contains(QStringLiteral("read-only")));

        // A 403 teaches the page: the action goes disabled, naming the set it needs.
        auto viewer = clientFor(m_sim.server->serviceToken(QStringLiteral("account_viewer")));
        Models::ConnectionSession session(info(), viewer.get());
        Ui::AdminPage hooks(AdminArea::Webhooks);
        hooks.show();
        hooks.bind(session.admin(), session.adminWriter());
        QVERIFY(showsTable(hooks)); // Account Viewer reads them
        QVERIFY(hooks.newAction()->isEnabled());
        hooks.newAction()->trigger();
        auto *editor = qobject_cast<Ui::WebhookEditor *>(hooks.activeDialog());
        QVERIFY(editor);
        editor->nameEdit()->setText(QStringLiteral("Not allowed"));
        editor->urlEdit()->setText(QStringLiteral("https://example.com/hook"));
        editor->eventBox(QStringLiteral("job.run.started"))->setChecked(true);
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!hooks.newAction()->isEnabled(), 5000);
        QVERIFY2(hooks.newAction()->toolTip().contains(QStringLiteral("Webhooks Only")),
            qPrintable(hooks.newAction()->toolTip()));
        QVERIFY(hooks.newAction()->toolTip().contains(QStringLiteral("Account Admin")));
        hooks.selectKey(
            hooks.table()->model()->index(0, 0).data(Models::AdminTableModel::KeyRole).toString());
        QVERIFY(!hooks.testAction()->isEnabled());
        QCOMPARE(hooks.testAction()->toolTip(), hooks.newAction()->toolTip());
        // The service token page of the same session is another area: still allowed to try.
        Ui::AdminPage tokens2(AdminArea::ServiceTokens);
        tokens2.bind(session.admin(), session.adminWriter());
        QVERIFY(tokens2.newAction()->isEnabled());
    }
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
