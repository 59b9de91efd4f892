// SPDX-License-Identifier: GPL-3.0-or-later
// The administration pages in the real window at 1280x800, light and dark: each read view
// (admin-<area>-{light,dark}.png) and the token-created dialog (admin-token-created-*.png),
// checked for text that does not fit and for a dark theme that stays dark. With
// DBTC_SCREENSHOT_DIR set the PNGs go to $DBTC_SCREENSHOT_DIR/screenshots:
//   DBTC_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen build/dev/tests/ui/tst_adminscreenshot
#include "mainwindowfixture.h"
#include "models/admin/admintablemodel.h"
#include "models/common/adminarea.h"
#include "themeshots.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/adminpages.h"
#include "ui/admin/servicetokendialogs.h"
#include "ui/admin/webhookeditor.h"

#include <QHeaderView>
#include <QLabel>

using Models::AdminArea;

class TestAdminScreenshot final : public QObject, private MainWindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<Models::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;

    static QString slug(AdminArea area)
    {
        return Models::adminAreaTitle(area).toLower().replace(u' ', u'-');
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sim.start(60));
        m_workspace = std::make_unique<Models::Workspace>(m_cacheDir.path());
        m_workspace->addConnection(demoInfo(), m_sim.client.get());
        m_window = std::make_unique<Ui::MainWindow>(m_workspace.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(waitForRuns(*m_window));
        QTreeView *view = m_window->navigator()->view();
        view->expand(view->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(view->model()->index(0, 0)) > 0, 5000);
        view->expand(view->model()->index(0, 0, view->model()->index(0, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->treeModel()
                ->findNode(
                    QStringLiteral("demo"), Models::TreeNodeKind::AdminArea, int(AdminArea::Users))
                .isValid(),
            5000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void readViews_data()
    {
        QTest::addColumn<int>("area");
        for (AdminArea a : Models::adminAreas()) {
            QTest::newRow(qPrintable(slug(a))) << int(a);
        }
    }

    void readViews()
    {
        QFETCH(int, area);
        QVERIFY(m_window->navigator()->select(
            QStringLiteral("demo"), Models::TreeNodeKind::AdminArea, area));
        m_window->navigator()->view()->expand(
            m_window->navigator()->view()->currentIndex().parent());
        Ui::AdminPage *page = m_window->adminPages()->currentPage();
        QCOMPARE(int(page->area()), area);
        QTRY_VERIFY_WITH_TIMEOUT(page->isShowingTable(), 10000);
        if (AdminArea(area) == AdminArea::Webhooks) {
            page->table()->selectRow(0); // the deliveries pane filled
            QTRY_VERIFY_WITH_TIMEOUT(page->receiptsTable()->model()->rowCount() > 0, 5000);
        }
        // The first column (the name) is never cut, whatever the others need.
        const QAbstractItemModel *m = page->table()->model();
        const QFontMetrics fm(page->table()->font());
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString name = m->index(r, 0).data().toString();
            QVERIFY2(page->table()->columnWidth(0) >= fm.horizontalAdvance(name), qPrintable(name));
        }
        // Every header is readable in full.
        for (int c = 0; c < m->columnCount(); ++c) {
            const QString h = m->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(page->table()->columnWidth(c) >= fm.horizontalAdvance(h), qPrintable(h));
        }
        Test::grabThemes(m_window.get(), QStringLiteral("admin-") + slug(AdminArea(area)));
    }

    void dialogs()
    {
        // The new token dialog and the webhook editor showing a 400's field errors.
        QVERIFY(m_window->navigator()->select(QStringLiteral("demo"),
            Models::TreeNodeKind::AdminArea,
            int(AdminArea::ServiceTokens)));
        Ui::AdminPage *tokens = m_window->adminPages()->currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(tokens->isShowingTable(), 10000);
        tokens->newAction()->trigger();
        auto *ask = qobject_cast<Ui::NewServiceTokenDialog *>(tokens->activeDialog());
        QVERIFY(ask);
        QVERIFY(QTest::qWaitForWindowExposed(ask));
        ask->nameEdit()->setText(QStringLiteral("Airflow production"));
        ask->checkPermissionSet(QStringLiteral("job_runner"));
        Test::grabThemes(ask, QStringLiteral("admin-new-token"));
        ask->reject();

        QVERIFY(m_window->navigator()->select(
            QStringLiteral("demo"), Models::TreeNodeKind::AdminArea, int(AdminArea::Webhooks)));
        Ui::AdminPage *hooks = m_window->adminPages()->currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(hooks->isShowingTable(), 10000);
        hooks->newAction()->trigger();
        auto *editor = qobject_cast<Ui::WebhookEditor *>(hooks->activeDialog());
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->nameEdit()->setText(QStringLiteral("Ops alerts"));
        editor->urlEdit()->setText(QStringLiteral("ftp://example.com/hook"));
        editor->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->fieldError(QStringLiteral("client_url")).isEmpty(), 5000);
        QTest::qWait(50);
        editor->adjustSize();
        // Every error line is readable in full.
        for (QLabel *l : editor->findChildren<QLabel *>()) {
            if (l->isVisible() && l->wordWrap()) {
                QVERIFY2(l->height() >= l->heightForWidth(l->width()), qPrintable(l->text()));
            }
        }
        Test::grabThemes(editor, QStringLiteral("admin-webhook-editor"));
        editor->reject();
    }

    void tokenCreatedDialog()
    {
        Ui::TokenCreatedDialog dialog(QStringLiteral("Airflow production"),
            QStringLiteral("dbtc_Xa9f3kQ2mZ7pLw4RtY8vBn1cHs6JdEu0gKo5iTqV"),
            m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *secret = dialog.secretEdit();
        QVERIFY(secret->width() >= secret->fontMetrics().horizontalAdvance(secret->text()));
        QVERIFY(dialog.warningLabel()->height()
            >= dialog.warningLabel()->heightForWidth(dialog.warningLabel()->width()));
        Test::grabThemes(&dialog, QStringLiteral("admin-token-created"));
    }
};

QTEST_MAIN(TestAdminScreenshot)
#include "tst_adminscreenshot.moc"
