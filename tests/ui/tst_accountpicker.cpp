// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 1: a connection shows every account its token reaches that the user picks.
// The connection dialog's "Find accounts" against the simulator (whose token reaches two
// accounts) fills the main account and the "Also show" list; the window then shows both
// accounts under one connection, each with its own projects. Screenshots (light and dark):
// accountpicker-*.png (the dialog) and accounts-navigator-*.png (the window), with
//   DBTC_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen build/dev/tests/ui/tst_accountpicker
#include "clipcheck.h"
#include "mainwindowfixture.h"
#include "models/workspace/connectionprobe.h"
#include "themeshots.h"
#include "ui/connections/connectiondialog.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>

class TestAccountPicker final : public QObject, private MainWindowFixture
{
    Q_OBJECT

private:
    static QLineEdit *tokenField(Ui::ConnectionDialog &dialog)
    {
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Password) {
                return edit;
            }
        }
        return nullptr;
    }

    static QPushButton *button(Ui::ConnectionDialog &dialog, const QString &text)
    {
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == text) {
                return b;
            }
        }
        return nullptr;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sim.start(60));
        QCOMPARE(m_sim.server->accountIds().size(), 2);
    }

    void findAccountsOffersTheOthersToShowToo()
    {
        Models::ConnectionProbe probe;
        Ui::ConnectionDialog dialog(&probe);
        dialog.setDraft(
            { QStringLiteral("Acme (simulated)"), m_sim.server->baseUrl(), 0, false, {}, {} },
            false);
        QLineEdit *token = tokenField(dialog);
        QVERIFY(token);
        token->setText(m_sim.server->adminToken());
        auto *others = dialog.findChild<QListWidget *>();
        QVERIFY(others);
        QVERIFY(others->isHidden()); // nothing to pick from yet

        QPushButton *find = button(dialog, QStringLiteral("&Find accounts"));
        QVERIFY(find && find->isEnabled());
        find->click();
        const bool listed = QTest::qWaitFor(
            [&] {
                return others->count() > 0;
            },
            5000);
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(u'✖')) {
                QFAIL(qPrintable(label->text())); // what the dialog said went wrong
            }
            if (!listed) {
                qWarning("%s", qPrintable(label->text()));
            }
        }
        QVERIFY(listed);
        QCOMPARE(others->count(), 1);
        const qint64 home = m_sim.server->accountIds().at(0);
        const qint64 second = m_sim.server->accountIds().at(1);
        QCOMPARE(dialog.draft().accountId, home); // the first one found is the main account
        QVERIFY(!others->isHidden());
        QVERIFY(others->item(0)->text().startsWith(QString::number(second)));
        QCOMPARE(others->item(0)->checkState(), Qt::Unchecked); // shown only when asked
        QVERIFY(dialog.draft().otherAccountIds.isEmpty());

        others->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.draft().otherAccountIds, QList<qint64> { second });
        dialog.resize(dialog.sizeHint().expandedTo({ 640, 0 }));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Test::grabThemes(&dialog, QStringLiteral("accountpicker"));
        Test::verifyNothingClipped(&dialog);

        // Picking the second account as the main one takes it out of the list; the first
        // comes in, unchecked, and the second's check is not carried into the draft twice.
        QComboBox *account = nullptr; // the editable one: the region combo is not
        for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
            account = combo->isEditable() ? combo : account;
        }
        QVERIFY(account);
        const int secondRow = account->findData(second);
        QVERIFY(secondRow >= 0);
        account->setCurrentIndex(secondRow);
        QCOMPARE(dialog.draft().accountId, second);
        QCOMPARE(others->count(), 1);
        QVERIFY(others->item(0)->text().startsWith(QString::number(home)));
        QVERIFY(dialog.draft().otherAccountIds.isEmpty());
    }

    void editingKeepsTheAccountsShown()
    {
        Models::ConnectionProbe probe;
        Ui::ConnectionDialog dialog(&probe);
        const qint64 second = m_sim.server->accountIds().at(1);
        dialog.setDraft({ QStringLiteral("Acme"),
                            m_sim.server->baseUrl(),
                            m_sim.accountId,
                            false,
                            {},
                            {},
                            { second } },
            true);
        auto *others = dialog.findChild<QListWidget *>();
        QCOMPARE(others->count(), 1);
        QCOMPARE(others->item(0)->checkState(), Qt::Checked);
        QCOMPARE(dialog.draft().otherAccountIds, QList<qint64> { second });
    }

    void bothAccountsShowUnderOneConnection()
    {
        const qint64 second = m_sim.server->accountIds().at(1);
        const auto secondClient = m_sim.clientFor(second);
        Models::Workspace workspace(m_cacheDir.path());
        Models::ConnectionInfo home = demoInfo();
        home.name = QStringLiteral("Acme analytics platform — production and staging (US cell)");
        home.profileId = home.id;
        Models::ConnectionInfo other = home;
        other.id = Models::ConnectionInfo::sessionIdFor(home.id, home.accountId, second);
        other.accountId = second;
        workspace.addConnection(home, m_sim.client.get());
        workspace.addConnection(other, secondClient.get());
        Ui::MainWindow window(&workspace);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForRuns(window));

        Models::AccountTreeModel *tree = window.treeModel();
        QCOMPARE(tree->rowCount(), 1);
        const QModelIndex conn = tree->index(0, 0);
        QCOMPARE(tree->rowCount(conn), 2);
        QTreeView *view = window.navigator()->view();
        const QModelIndex b = tree->findNode(other.id, Models::TreeNodeKind::Account, second);
        QVERIFY(window.navigator()->select(other.id, Models::TreeNodeKind::Account, second));
        view->expand(view->currentIndex());
        // The second account's projects and its runs, from its own client.
        QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount(b) >= 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.scope().connectionId, other.id, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.runsPanel()->proxy()->rowCount() > 0, 10000);
        QCOMPARE(window.runsPanel()->model()->runAt(0).accountId, second);
        QVERIFY(b.data().toString() != QStringLiteral("Account %1").arg(second)); // its name
        QVERIFY(window.navigator()->breadcrumb().contains(b.data().toString()));
        QTest::qWait(200);
        Test::grabThemes(&window, QStringLiteral("accounts-navigator"));
    }
};

QTEST_MAIN(TestAccountPicker)
#include "tst_accountpicker.moc"
