// SPDX-License-Identifier: GPL-3.0-or-later
// The admin room's models against the simulator over loopback: every area loads the seeded
// data under its columns, sorts and searches, a token without the permission set gets an
// error state naming the set it needs, and a new token's secret is handed over once and never
// kept (the reloaded list shows the token without it).
#include "api/logging.h"
#include "models/admin/admindirectory.h"
#include "models/admin/admintablemodel.h"
#include "models/admin/adminwriter.h"
#include "models/common/roles.h"
#include "models/common/writeaccess.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace Dbtc;
using Models::AdminArea;
using State = Models::AdminTableModel::State;

namespace {

//! Every message logged while a test runs, debug included (the API's wire log).
QStringList g_log;

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

QStringList headers(const QAbstractItemModel *m)
{
    QStringList out;
    for (int c = 0; c < m->columnCount(); ++c) {
        out << m->headerData(c, Qt::Horizontal).toString();
    }
    return out;
}

int column(const QAbstractItemModel *m, const QString &header)
{
    return int(headers(m).indexOf(header));
}

//! The row of the model whose first column reads \a name, or -1.
int rowNamed(const QAbstractItemModel *m, const QString &name)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == name) {
            return r;
        }
    }
    return -1;
}

QString cell(const QAbstractItemModel *m, const QString &rowName, const QString &header)
{
    const int r = rowNamed(m, rowName);
    const int c = column(m, header);
    return r < 0 || c < 0 ? QStringLiteral("<missing>") : m->index(r, c).data().toString();
}

//! Every text of every cell, in every role a view reads.
bool anyCellContains(const QAbstractItemModel *m, const QString &needle)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            for (int role : { int(Qt::DisplayRole),
                     int(Qt::ToolTipRole),
                     int(Models::RawValueRole),
                     int(Models::AdminTableModel::KeyRole) }) {
                if (m->index(r, c).data(role).toString().contains(needle)) {
                    return true;
                }
            }
        }
    }
    return false;
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts) {
        out << QString::fromUtf8(t);
    }
    return out;
}

} // namespace

class TestAdminDirectory final : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;

    std::unique_ptr<Api::Client> clientFor(const QString &token) const
    {
        Api::ClientOptions co;
        co.baseUrl = m_sim.server->baseUrl();
        co.accountId = m_sim.accountId;
        co.token = token;
        co.retry.maxAttempts = 1;
        return std::make_unique<Api::Client>(co);
    }

    static bool loaded(Models::AdminDirectory &d, AdminArea area)
    {
        d.reload(area);
        return QTest::qWaitFor(
            [&] {
                const State s = d.table(area)->state();
                return s == State::Ready || s == State::Empty || s == State::Error;
            },
            10000);
    }

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_sim.start(40)); }

    void everyAreaLoadsTheSeededData_data()
    {
        QTest::addColumn<int>("area");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("environments") << int(AdminArea::Environments)
                                      << list({ "Name",
                                             "Project",
                                             "Type",
                                             "Deployment",
                                             "dbt version",
                                             "Custom branch",
                                             "Connection",
                                             "Credentials" })
                                      << QStringLiteral("Production") << QStringLiteral("Type")
                                      << QStringLiteral("Deployment");
        QTest::newRow("connections")
            << int(AdminArea::Connections)
            << list({ "Name", "Adapter", "Level", "Environments", "Settings" })
            << QStringLiteral("Snowflake sandbox") << QStringLiteral("Level")
            << QStringLiteral("Account");
        QTest::newRow("repositories")
            << int(AdminArea::Repositories)
            << list({ "Repository",
                   "Project",
                   "Remote",
                   "Provider",
                   "Clone strategy",
                   "Deploy key" })
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("users") << int(AdminArea::Users)
                               << list({ "Name", "Email", "Licence", "Groups", "Last login" })
                               << QStringLiteral("Ana Alvarez") << QStringLiteral("Email")
                               << QStringLiteral("ana@jaffleshop.com");
        QTest::newRow("groups")
            << int(AdminArea::Groups)
            << list({ "Name", "Permission sets", "Projects", "SSO groups", "Assigned by default" })
            << QStringLiteral("Owner") << QStringLiteral("Permission sets")
            << QStringLiteral("Account Admin");
        QTest::newRow("service tokens")
            << int(AdminArea::ServiceTokens)
            << list({ "Name", "Permission sets", "State", "Last used", "Created" })
            << QStringLiteral("Console read-only") << QStringLiteral("Permission sets")
            << QStringLiteral("Job Viewer");
        QTest::newRow("webhooks")
            << int(AdminArea::Webhooks)
            << list({ "Name", "Events", "URL", "Jobs", "Active", "Last delivery", "Last sent" })
            << QStringLiteral("Old data catalog sync") << QStringLiteral("Last delivery")
            << QStringLiteral("410 Gone");
    }

    void everyAreaLoadsTheSeededData()
    {
        QFETCH(int, area);
        QFETCH(QStringList, columns);
        QFETCH(QString, row);
        QFETCH(QString, header);
        QFETCH(QString, expected);
        Models::AdminDirectory d(m_sim.client.get());
        QAbstractItemModelTester tester(d.table(AdminArea(area)));
        QAbstractItemModelTester proxyTester(d.view(AdminArea(area)));
        QCOMPARE(d.table(AdminArea(area))->state(), State::Idle); // nothing until asked
        QVERIFY(loaded(d, AdminArea(area)));
        const Models::AdminTableModel *t = d.table(AdminArea(area));
        QCOMPARE(t->state(), State::Ready);
        QCOMPARE(headers(t), columns);
        QVERIFY(t->rowCount() > 0);
        if (!row.isEmpty()) {
            QCOMPARE(cell(t, row, header), expected);
        }
        // No row names an object by a bare id where the name is readable by this token.
        for (const QString &h : { QStringLiteral("Project"), QStringLiteral("Connection") }) {
            const int c = column(t, h);
            for (int r = 0; c >= 0 && r < t->rowCount(); ++r) {
                QVERIFY2(!t->index(r, c).data().toString().startsWith(u'#'),
                    qPrintable(t->index(r, c).data().toString()));
            }
        }
    }

    void areaDetails()
    {
        Models::AdminDirectory d(m_sim.client.get());
        QVERIFY(loaded(d, AdminArea::Users));
        const auto *users = d.table(AdminArea::Users);
        QCOMPARE(users->rowCount(), 6);
        QCOMPARE(cell(users, QStringLiteral("Ana Alvarez"), QStringLiteral("Groups")),
            QStringLiteral("Owner, Everyone"));
        QCOMPARE(cell(users, QStringLiteral("Eli Haddad"), QStringLiteral("Licence")),
            QStringLiteral("Read-only"));

        QVERIFY(loaded(d, AdminArea::Repositories));
        const auto *repos = d.table(AdminArea::Repositories);
        const int remote = column(repos, QStringLiteral("Remote"));
        const int key = column(repos, QStringLiteral("Deploy key"));
        for (int r = 0; r < repos->rowCount(); ++r) {
            QVERIFY(repos->index(r, remote).data().toString().startsWith(QStringLiteral("git")));
            const QString shown = repos->index(r, key).data().toString();
            QVERIFY2(shown.contains(QStringLiteral("••••"))
                    || shown.contains(QStringLiteral("not shown")),
                qPrintable(shown));
        }

        QVERIFY(loaded(d, AdminArea::Webhooks));
        const auto *hooks = d.table(AdminArea::Webhooks);
        QCOMPARE(hooks->rowCount(), 3);
        QCOMPARE(cell(hooks, QStringLiteral("Slack notifications"), QStringLiteral("Jobs")),
            QStringLiteral("All jobs"));
        // PagerDuty names its two jobs by name, not by id.
        const QString jobs =
            cell(hooks, QStringLiteral("PagerDuty on errors"), QStringLiteral("Jobs"));
        QVERIFY2(!jobs.contains(u'#') && jobs.contains(QStringLiteral(", ")), qPrintable(jobs));
        QCOMPARE(
            cell(hooks, QStringLiteral("PagerDuty on errors"), QStringLiteral("Last delivery")),
            QStringLiteral("Not sent yet"));
        QCOMPARE(cell(hooks, QStringLiteral("Old data catalog sync"), QStringLiteral("Active")),
            QStringLiteral("No"));
        QVERIFY(!d.jobChoices().isEmpty());

        // The receipts of the seeded delivery.
        const QString slack = d.table(AdminArea::Webhooks)
                                  ->keyAt(rowNamed(hooks, QStringLiteral("Slack notifications")));
        QAbstractItemModelTester receiptsTester(d.receipts());
        d.loadReceipts(slack);
        QTRY_COMPARE_WITH_TIMEOUT(d.receipts()->state(), State::Ready, 5000);
        QCOMPARE(d.receipts()->index(0, 2).data().toString(), QStringLiteral("200 OK"));
    }

    void sortAndSearch()
    {
        Models::AdminDirectory d(m_sim.client.get());
        QVERIFY(loaded(d, AdminArea::Users));
        QSortFilterProxyModel *v = d.view(AdminArea::Users);
        v->sort(0, Qt::DescendingOrder);
        QCOMPARE(v->index(0, 0).data().toString(), QStringLiteral("Farah Nasser"));
        v->sort(0, Qt::AscendingOrder);
        QCOMPARE(v->index(0, 0).data().toString(), QStringLiteral("Ana Alvarez"));
        // Last login sorts by time (Ana logged in most recently), not by its words.
        const int last = column(v, QStringLiteral("Last login"));
        v->sort(last, Qt::DescendingOrder);
        QCOMPARE(v->index(0, 0).data().toString(), QStringLiteral("Ana Alvarez"));

        d.setSearch(AdminArea::Users, QStringLiteral("kowalski"));
        QCOMPARE(v->rowCount(), 1);
        QCOMPARE(v->index(0, 0).data().toString(), QStringLiteral("Dana Kowalski"));
        d.setSearch(AdminArea::Users, QStringLiteral("ELI@")); // any column, any case
        QCOMPARE(v->rowCount(), 1);
        d.setSearch(AdminArea::Users, QStringLiteral("Everyone"));
        QCOMPARE(v->rowCount(), 6);
        d.setSearch(AdminArea::Users, QStringLiteral("nobody-matches"));
        QCOMPARE(v->rowCount(), 0);
        d.setSearch(AdminArea::Users, QString());
        QCOMPARE(v->rowCount(), 6);
    }

    void forbiddenAreaSaysWhichPermissionSetItNeeds()
    {
        auto viewer = clientFor(m_sim.server->serviceToken(QStringLiteral("job_viewer")));
        Models::AdminDirectory d(viewer.get());
        QVERIFY(loaded(d, AdminArea::Users));
        QCOMPARE(d.table(AdminArea::Users)->state(), State::Error);
        QVERIFY2(d.table(AdminArea::Users)->errorText().contains(QStringLiteral("Security Admin")),
            qPrintable(d.table(AdminArea::Users)->errorText()));
        QCOMPARE(d.table(AdminArea::Users)->rowCount(), 0);
        // What the token may read still loads; lookups it may not read leave ids.
        QVERIFY(loaded(d, AdminArea::Environments));
        QCOMPARE(d.table(AdminArea::Environments)->state(), State::Ready);

        auto hooksOnly = clientFor(m_sim.server->serviceToken(QStringLiteral("metadata_only")));
        Models::AdminDirectory m(hooksOnly.get());
        QVERIFY(loaded(m, AdminArea::Webhooks));
        QCOMPARE(m.table(AdminArea::Webhooks)->state(), State::Error);
        QVERIFY2(
            m.table(AdminArea::Webhooks)->errorText().contains(QStringLiteral("Webhooks Only")),
            qPrintable(m.table(AdminArea::Webhooks)->errorText()));
    }

    void tokenSecretIsHandedOverOnceAndNeverKept()
    {
        Models::AdminDirectory d(m_sim.client.get());
        Models::WriteAccess access(false);
        Models::AdminWriter writer(m_sim.client.get(), &access, &d);
        QVERIFY(loaded(d, AdminArea::ServiceTokens));
        const int before = d.table(AdminArea::ServiceTokens)->rowCount();

        // The wire log on at its most verbose, caught: the secret must not be in it.
        // (Set on the categories themselves: ctest's QT_LOGGING_RULES would win over rules.)
        QList<QLoggingCategory *> categories;
        for (const QLoggingCategory *c : { &Api::lcApi(), &Api::lcApiHttp(), &Api::lcApiRetry() }) {
            categories << const_cast<QLoggingCategory *>(c);
        }
        for (QLoggingCategory *c : std::as_const(categories)) {
            c->setEnabled(QtDebugMsg, true);
        }
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
        const auto restore = qScopeGuard([previous, categories] {
            qInstallMessageHandler(previous);
            for (QLoggingCategory *c : categories) {
                c->setEnabled(QtDebugMsg, false);
            }
        });
        int calls = 0;
        QString secret;
        writer.createServiceToken(QStringLiteral("CI deploy"),
            { QStringLiteral("job_runner"), QStringLiteral("job_viewer") },
            this,
            [&](const Api::Result<Api::CreatedServiceToken> &r) {
                ++calls;
                QVERIFY(r.ok());
                secret = r->secret;
            });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QVERIFY(secret.size() > 20);
        // The create reloads the list: the token is there, its secret is not, anywhere.
        QTRY_COMPARE_WITH_TIMEOUT(d.table(AdminArea::ServiceTokens)->rowCount(), before + 1, 5000);
        const auto *t = d.table(AdminArea::ServiceTokens);
        QCOMPARE(cell(t, QStringLiteral("CI deploy"), QStringLiteral("Permission sets")),
            QStringLiteral("Job Runner, Job Viewer"));
        QCOMPARE(cell(t, QStringLiteral("CI deploy"), QStringLiteral("State")),
            QStringLiteral("Active"));
        for (AdminArea a : Models::adminAreas()) {
            QVERIFY(!anyCellContains(d.table(a), secret));
        }
        QVERIFY(loaded(d, AdminArea::ServiceTokens));
        QVERIFY(!anyCellContains(d.table(AdminArea::ServiceTokens), secret));
        QTest::qWait(100);
        QCOMPARE(calls, 1); // handed over once
        QVERIFY(g_log.size() > 5); // the log did record the calls
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(secret), "the new token's secret reached the log");
        }
        QVERIFY(access.whyNot(Models::WriteArea::ServiceTokens).isEmpty());
    }

    void failedWritesTeachWriteAccess()
    {
        auto viewer = clientFor(m_sim.server->serviceToken(QStringLiteral("account_viewer")));
        Models::AdminDirectory d(viewer.get());
        Models::WriteAccess access(false);
        Models::AdminWriter writer(viewer.get(), &access, &d);
        QSignalSpy changed(&access, &Models::WriteAccess::changed);
        bool answered = false;
        writer.createServiceToken(QStringLiteral("x"),
            { QStringLiteral("job_viewer") },
            this,
            [&](const Api::Result<Api::CreatedServiceToken> &r) {
                answered = true;
                QCOMPARE(r.error().kind, Api::ApiError::Kind::Forbidden);
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(access.whyNot(Models::WriteArea::ServiceTokens)
                    .contains(QStringLiteral("Security Admin")));
        QVERIFY(access.whyNot(Models::WriteArea::Webhooks).isEmpty()); // another area

        Api::WebhookDraft draft;
        draft.name = QStringLiteral("Ops");
        draft.clientUrl = QStringLiteral("https://example.com/hook");
        draft.eventTypes = { QStringLiteral("job.run.errored") };
        answered = false;
        writer.saveWebhook({}, draft, this, [&](const Api::Result<Api::WebhookSubscription> &r) {
            answered = true;
            QVERIFY(!r.ok());
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(
            access.whyNot(Models::WriteArea::Webhooks).contains(QStringLiteral("Webhooks Only")));
    }
};

QTEST_GUILESS_MAIN(TestAdminDirectory)
#include "tst_admindirectory.moc"
