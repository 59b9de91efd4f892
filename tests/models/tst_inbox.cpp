// SPDX-License-Identifier: GPL-3.0-or-later
// The failure inbox: messages that differ only in numbers, timestamps, ids and quoted values are
// one group; new -> recurring -> resolved; flaky after pass/fail/pass; one "new group" per group,
// not per run; snooze (by time on an injected clock, or until it changes) and acknowledge keep
// it quiet; its state survives a restart through the history database; the page's model.
#include "models/common/roles.h"
#include "models/history/failureinbox.h"
#include "models/history/historystore.h"
#include "models/history/inboxmodel.h"
#include "models/history/messagesignature.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc::Models;

namespace {

const QString kNode = QStringLiteral("test.jaffle.not_null_orders_amount.1a2b3c");

class Feed
{
public:
    explicit Feed(FailureInbox &inbox)
        : m_inbox(inbox)
    { }

    //! One run of the job: \a status for kNode (plus a model that always passes).
    void run(const QString &status, const QString &message = {})
    {
        ++m_runId;
        InboxRun r { QStringLiteral("c1"), 1, 2, 7, m_runId, 4, m_clock.addSecs(m_runId * 3600) };
        m_inbox.observe(r,
            { { kNode, status, 0.5, message },
                { QStringLiteral("model.jaffle.orders"), QStringLiteral("success"), 1.0, {} } });
    }

    qint64 lastRun() const { return m_runId; }

private:
    FailureInbox &m_inbox;
    qint64 m_runId = 1000;
    QDateTime m_clock = QDateTime(QDate(2026, 1, 5), QTime(6, 0), Qt::UTC);
};

QString failure(int n)
{
    return QStringLiteral("Got %1 results, configured to fail if != 0").arg(n);
}

} // namespace

class TestInbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void normalisesTheVaryingParts()
    {
        const QString a = QStringLiteral(
            "Database Error in model orders (models/orders.sql)\n  Query 01b2c3d4-0000-4a5b-8c9d-"
            "0123456789ab failed at 2026-01-05 06:00:12.123+00:00 after 12.5 seconds: "
            "column 'amount_usd' not found in table \"analytics\".\"orders\" (line 42)");
        const QString b = QStringLiteral(
            "Database Error in model orders (models/orders.sql)\n  Query 9f8e7d6c-1111-4a5b-8c9d-"
            "ba9876543210 failed at 2026-02-11T23:59:59Z after 0.3 seconds: "
            "column 'amount_eur' not found in table \"raw\".\"orders\" (line 7)");
        QCOMPARE(normalisedMessage(a), normalisedMessage(b));
        QCOMPARE(messageSignature(kNode, a), messageSignature(kNode, b));
        QVERIFY(normalisedMessage(a).contains(QStringLiteral("Database Error in model orders")));
        // A different failure, or the same message on another node, is another group.
        QVERIFY(messageSignature(kNode, a)
            != messageSignature(kNode, QStringLiteral("Compilation Error in model orders")));
        QVERIFY(
            messageSignature(kNode, a) != messageSignature(QStringLiteral("model.jaffle.x"), a));
        QCOMPARE(normalisedMessage(failure(3)), normalisedMessage(failure(1234)));
        QCOMPARE(normalisedMessage(QStringLiteral("BigQuery job job_Xk2p9Qa81LmZ failed")),
            normalisedMessage(QStringLiteral("BigQuery job job_Pq7w3Ee55RtY failed")));
        // Names are kept: a model called orders_v2 is not an id.
        QVERIFY(normalisedMessage(QStringLiteral("relation orders_v2 missing"))
                    .contains(QStringLiteral("orders_v")));
    }

    void groupsMessagesThatDifferOnlyInNumbersAndTimes()
    {
        FailureInbox inbox;
        QSignalSpy news(&inbox, &FailureInbox::newGroup);
        Feed feed(inbox);
        feed.run(QStringLiteral("fail"), failure(3) + QStringLiteral(" at 2026-01-05 06:00:00"));
        feed.run(QStringLiteral("fail"), failure(17) + QStringLiteral(" at 2026-01-05 07:00:00"));
        feed.run(QStringLiteral("fail"), failure(2) + QStringLiteral(" at 2026-01-05 08:10:00"));
        QCOMPARE(inbox.groups().size(), 1);
        const InboxGroup g = inbox.groups().first();
        QCOMPARE(g.runsAffected, 3);
        QCOMPARE(g.newestRunId, feed.lastRun());
        QVERIFY(g.firstSeen < g.lastSeen);
        QCOMPARE(news.count(), 1); // one notification for the group, not one per run
    }

    void newThenRecurringThenResolved()
    {
        FailureInbox inbox;
        QSignalSpy news(&inbox, &FailureInbox::newGroup);
        Feed feed(inbox);
        feed.run(QStringLiteral("pass"));
        QVERIFY(inbox.groups().isEmpty());
        feed.run(QStringLiteral("fail"), failure(1));
        QCOMPARE(inbox.groups().first().label, InboxLabel::New);
        QCOMPARE(news.count(), 1);
        feed.run(QStringLiteral("fail"), failure(4));
        QCOMPARE(inbox.groups().first().label, InboxLabel::Recurring);
        feed.run(QStringLiteral("fail"), failure(9));
        QCOMPARE(inbox.groups().first().label, InboxLabel::Recurring);
        QVERIFY(!inbox.groups().first().isResolved());
        feed.run(QStringLiteral("pass"));
        const InboxGroup g = inbox.groups().first();
        QVERIFY(g.isResolved());
        QCOMPARE(g.label, InboxLabel::Recurring);
        QCOMPARE(g.runsAffected, 3);
        QCOMPARE(news.count(), 1);
    }

    void flakyAfterPassFailPass()
    {
        FailureInbox inbox;
        QSignalSpy news(&inbox, &FailureInbox::newGroup);
        Feed feed(inbox);
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("fail"), failure(1));
        QCOMPARE(inbox.groups().first().label, InboxLabel::New);
        feed.run(QStringLiteral("pass"));
        QCOMPARE(inbox.groups().first().label, InboxLabel::Flaky);
        QVERIFY(inbox.groups().first().isResolved());
        feed.run(QStringLiteral("fail"), failure(2));
        const InboxGroup g = inbox.groups().first();
        QCOMPARE(g.label, InboxLabel::Flaky);
        QVERIFY(!g.isResolved());
        QCOMPARE(g.runsAffected, 2);
        QCOMPARE(news.count(), 2); // it came back: said once more
        // Fail / pass / fail flags it as well.
        FailureInbox other;
        Feed again(other);
        again.run(QStringLiteral("fail"), failure(1));
        again.run(QStringLiteral("pass"));
        QCOMPARE(other.groups().first().label, InboxLabel::New);
        again.run(QStringLiteral("fail"), failure(1));
        QCOMPARE(other.groups().first().label, InboxLabel::Flaky);
    }

    void skippedResultsSayNothing()
    {
        FailureInbox inbox;
        Feed feed(inbox);
        feed.run(QStringLiteral("fail"), failure(1));
        feed.run(QStringLiteral("skipped"));
        feed.run(QStringLiteral("fail"), failure(1));
        QCOMPARE(inbox.groups().first().label, InboxLabel::Recurring);
    }

    void snoozeSilencesUntilItExpires()
    {
        QDateTime now(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC);
        FailureInbox inbox;
        inbox.setClock([&] {
            return now;
        });
        QSignalSpy news(&inbox, &FailureInbox::newGroup);
        Feed feed(inbox);
        feed.run(QStringLiteral("fail"), failure(1));
        QCOMPARE(news.count(), 1);
        const QString key = inbox.groups().first().key;
        inbox.snoozeUntil(key, now.addSecs(8 * 3600));
        QVERIFY(inbox.isQuiet(*inbox.group(key)));
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("fail"), failure(3)); // back while snoozed: quiet
        QCOMPARE(news.count(), 1);
        now = now.addSecs(9 * 3600);
        QVERIFY(!inbox.isQuiet(*inbox.group(key)));
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("fail"), failure(5)); // back after the snooze: said
        QCOMPARE(news.count(), 2);
    }

    void snoozeUntilItChanges()
    {
        FailureInbox inbox;
        Feed feed(inbox);
        feed.run(QStringLiteral("fail"), failure(1));
        const QString key = inbox.groups().first().key;
        inbox.snoozeUntilChange(key);
        QVERIFY(inbox.isQuiet(*inbox.group(key)));
        feed.run(QStringLiteral("fail"), failure(1)); // new -> recurring is a change
        QCOMPARE(inbox.group(key)->label, InboxLabel::Recurring);
        QVERIFY(!inbox.isQuiet(*inbox.group(key)));
        inbox.snoozeUntilChange(key);
        feed.run(QStringLiteral("fail"), failure(1)); // still recurring: still snoozed
        QVERIFY(inbox.isQuiet(*inbox.group(key)));
    }

    void acknowledgedStaysQuiet()
    {
        FailureInbox inbox;
        QSignalSpy news(&inbox, &FailureInbox::newGroup);
        Feed feed(inbox);
        feed.run(QStringLiteral("fail"), failure(1));
        const QString key = inbox.groups().first().key;
        inbox.acknowledge(key);
        QVERIFY(inbox.group(key)->acknowledged);
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("fail"), failure(2));
        QCOMPARE(news.count(), 1);
        QVERIFY(inbox.group(key)->acknowledged);
        inbox.acknowledge(key, false);
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("fail"), failure(2));
        QCOMPARE(news.count(), 2);
    }

    void aDifferentFailureOfTheSameNodeIsANewGroup()
    {
        FailureInbox inbox;
        QSignalSpy news(&inbox, &FailureInbox::newGroup);
        Feed feed(inbox);
        feed.run(QStringLiteral("fail"), failure(1));
        feed.run(QStringLiteral("error"),
            QStringLiteral("Database Error: permission denied for schema raw"));
        QCOMPARE(inbox.groups().size(), 2);
        QCOMPARE(news.count(), 2);
        QVERIFY(!inbox.groups().at(0).isResolved()); // the newest failure, open, first
        QVERIFY(inbox.groups().at(1).isResolved()); // the old message stopped
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QString key;
        {
            HistoryStore store(path);
            FailureInbox inbox(&store);
            inbox.load();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return inbox.isLoaded();
                },
                10000));
            Feed feed(inbox);
            feed.run(QStringLiteral("fail"), failure(1));
            feed.run(QStringLiteral("fail"), failure(2));
            key = inbox.groups().first().key;
            inbox.acknowledge(key);
        }
        HistoryStore store(path);
        FailureInbox inbox(&store);
        QSignalSpy news(&inbox, &FailureInbox::newGroup);
        inbox.load();
        // Results that arrive before the saved state was read are filed after it.
        Feed feed(inbox);
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("pass"));
        feed.run(QStringLiteral("fail"), failure(3));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return inbox.isLoaded();
            },
            10000));
        QCOMPARE(inbox.groups().size(), 1);
        const InboxGroup g = *inbox.group(key);
        QVERIFY(g.acknowledged);
        QCOMPARE(g.runsAffected, 3);
        // F F P P P F: broken, fixed, broken again: new again, not flaky.
        QCOMPARE(g.label, InboxLabel::New);
        QCOMPARE(news.count(), 0); // acknowledged before the restart: still quiet
    }

    void modelShowsTheGroups()
    {
        FailureInbox inbox;
        InboxModel model(&inbox);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime(QDate(2026, 1, 6), QTime(12, 0), Qt::UTC));
        Feed feed(inbox);
        QCOMPARE(model.rowCount(), 0);
        feed.run(QStringLiteral("fail"), failure(1));
        feed.run(QStringLiteral("fail"), failure(2));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex label = model.index(0, InboxModel::LabelColumn);
        QCOMPARE(label.data().toString(), QStringLiteral("recurring"));
        QCOMPARE(label.data(InboxModel::LabelRole).toInt(), int(InboxLabel::Recurring));
        QCOMPARE(label.data(RunIdRole).toLongLong(), feed.lastRun());
        QCOMPARE(label.data(InboxModel::StepRole).toInt(), 4);
        QCOMPARE(label.data(ConnectionIdRole).toString(), QStringLiteral("c1"));
        QCOMPARE(model.index(0, InboxModel::NodeColumn).data().toString(), kNode);
        QCOMPARE(model.index(0, InboxModel::RunsColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, InboxModel::MessageColumn).data().toString(), failure(2));
        QVERIFY(!model.index(0, InboxModel::FirstSeenColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(InboxModel::LastSeenColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            QStringLiteral("Last seen"));
        inbox.snoozeUntilChange(model.keyAt(0));
        QVERIFY(label.data(InboxModel::SnoozedRole).toBool());
        feed.run(QStringLiteral("pass"));
        QCOMPARE(model.index(0, InboxModel::LabelColumn).data().toString(),
            QStringLiteral("resolved (recurring)"));
        QVERIFY(model.index(0, 0).data(InboxModel::ResolvedRole).toBool());
    }
};

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
