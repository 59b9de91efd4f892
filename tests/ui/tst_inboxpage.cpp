// SPDX-License-Identifier: GPL-3.0-or-later
// The failure inbox page over a FailureInbox fed with a day of runs: groups listed open first
// with their states, acknowledge and snooze act on the selected group, opening a group asks for
// triage at its newest affected run and step, "Show resolved" hides resolved groups, an empty
// inbox says so. Screenshots in both themes (inbox-light.png, inbox-dark.png).
#include "models/history/failureinbox.h"
#include "models/history/inboxmodel.h"
#include "themeshots.h"
#include "ui/inbox/inboxpage.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

const QDateTime kNow(QDate(2026, 1, 6), QTime(9, 30), Qt::UTC);

struct Node
{
    QString id;
    QString message;
};

//! One run of the nightly job at \a hoursAgo with \a failing nodes failing, the others passing.
void run(FailureInbox &inbox,
    qint64 runId,
    int hoursAgo,
    const QList<Node> &all,
    const QList<int> &failing)
{
    InboxRun r { QStringLiteral("demo"), 1, 2, 7, runId, 4, kNow.addSecs(-hoursAgo * 3600) };
    QList<HistoryNodeResult> results;
    for (int i = 0; i < all.size(); ++i) {
        const bool fails = failing.contains(i);
        results.append({ all.at(i).id,
            fails ? QStringLiteral("fail") : QStringLiteral("pass"),
            1.0,
            fails ? all.at(i).message : QString() });
    }
    inbox.observe(r, results);
}

QList<Node> nodes()
{
    return {
        { QStringLiteral("model.jaffle_shop.fct_orders"),
            QStringLiteral("Database Error in model fct_orders (models/marts/fct_orders.sql)\n  "
                           "column \"amount_usd\" does not exist") },
        { QStringLiteral("test.jaffle_shop.not_null_orders_order_id.81cfe2fe64"),
            QStringLiteral("Got 14 results, configured to fail if != 0") },
        { QStringLiteral("test.jaffle_shop.unique_customers_customer_id.c5af1ff4b1"),
            QStringLiteral("Got 3 results, configured to fail if != 0") },
        { QStringLiteral("snapshot.jaffle_shop.orders_snapshot"),
            QStringLiteral("Runtime Error in snapshot orders_snapshot: the unique key 'id' is "
                           "not unique (2 rows for id 1042)") },
        { QStringLiteral("source.jaffle_shop.raw.payments"),
            QStringLiteral("Source freshness: max_loaded_at 2026-01-05 04:12:00 is 29 hours old, "
                           "error after 24 hours") },
        { QStringLiteral("test.jaffle_shop.accepted_values_orders_status.be6b5b5ec3"),
            QStringLiteral("Got 1 result, configured to fail if != 0") },
    };
}

void fill(FailureInbox &inbox)
{
    const QList<Node> all = nodes();
    // fct_orders broken for three runs (recurring); the not_null test new in the last run;
    // the unique test flipping (flaky); the snapshot failed once and was fixed (resolved);
    // freshness failing three runs in a row; accepted_values new (acknowledged below).
    run(inbox, 70101, 30, all, { 2, 3 });
    run(inbox, 70102, 26, all, { 0, 4 });
    run(inbox, 70103, 20, all, { 0, 2, 4 });
    run(inbox, 70104, 2, all, { 0, 1, 2, 4, 5 });
}

QString keyOf(FailureInbox &inbox, const QString &uniqueId)
{
    for (const InboxGroup &g : inbox.groups()) {
        if (g.uniqueId == uniqueId) {
            return g.key;
        }
    }
    return {};
}

void selectGroup(QTreeView *view, const QString &key)
{
    auto *m = view->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex i = m->index(row, 0);
        if (i.data(InboxModel::GroupKeyRole).toString() == key) {
            view->setCurrentIndex(i);
            return;
        }
    }
    QFAIL("group not listed");
}

} // namespace

using Dbtc::Ui::InboxPage;

class TestInboxPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsAndActs()
    {
        FailureInbox inbox;
        inbox.setClock([] {
            return kNow;
        });
        fill(inbox);
        InboxModel model(&inbox);
        InboxPage page(&inbox, &model);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeView *view = page.view();
        QCOMPARE(view->model()->rowCount(), 6);
        // Open groups first: the first rows are not resolved, the last one is.
        QVERIFY(!view->model()->index(0, 0).data(InboxModel::ResolvedRole).toBool());
        QVERIFY(view->model()->index(5, 0).data(InboxModel::ResolvedRole).toBool());

        const QString flaky = keyOf(inbox, nodes().at(2).id);
        QCOMPARE(inbox.group(flaky)->label, InboxLabel::Flaky);
        const QString recurring = keyOf(inbox, nodes().at(0).id);
        QCOMPARE(inbox.group(recurring)->label, InboxLabel::Recurring);

        selectGroup(view, keyOf(inbox, nodes().at(5).id));
        QVERIFY(page.acknowledgeAction()->isEnabled());
        page.acknowledgeAction()->trigger();
        QVERIFY(inbox.group(keyOf(inbox, nodes().at(5).id))->acknowledged);
        QVERIFY(page.acknowledgeAction()->isChecked());

        selectGroup(view, flaky);
        QVERIFY(!page.acknowledgeAction()->isChecked());
        page.snoozeHourAction()->trigger();
        QCOMPARE(inbox.group(flaky)->snoozedUntil, kNow.addSecs(3600));
        QVERIFY(inbox.isQuiet(*inbox.group(flaky)));

        selectGroup(view, recurring);
        QSignalSpy open(&page, &InboxPage::openRunRequested);
        page.openAction()->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("demo"));
        QCOMPARE(open.first().at(1).toLongLong(), 70104);
        QCOMPARE(open.first().at(2).toInt(), 4);

        Test::grabThemes(&page, QStringLiteral("inbox"));

        // Hiding the resolved group.
        const auto actions = page.findChildren<QAction *>();
        QAction *showResolved = nullptr;
        for (QAction *a : actions) {
            if (a->text() == QStringLiteral("Show resolved")) {
                showResolved = a;
            }
        }
        QVERIFY(showResolved);
        showResolved->setChecked(false);
        QCOMPARE(view->model()->rowCount(), 5); // the snapshot's group is the resolved one
    }

    void emptyInboxSaysSo()
    {
        FailureInbox inbox;
        InboxModel model(&inbox);
        InboxPage page(&inbox, &model);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.view()->isVisible());
        QVERIFY(!page.openAction()->isEnabled());
        Test::grabThemes(&page, QStringLiteral("inbox-empty"));
        run(inbox, 1, 1, nodes(), { 1 });
        QVERIFY(page.view()->isVisible());
    }
};

QTEST_MAIN(TestInboxPage)
#include "tst_inboxpage.moc"
