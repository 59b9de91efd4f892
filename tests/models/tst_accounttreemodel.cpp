// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/adminarea.h"
#include "models/common/roles.h"
#include "models/console/accounttreemodel.h"
#include "models/console/offlinecache.h"
#include "models/console/runrecord.h"
#include "models/console/treerefresher.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;
using namespace std::chrono_literals;
using Models::TreeNodeKind;

class TestAccountTreeModel : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    Models::ConnectionInfo info() const
    {
        return { QStringLiteral("conn-1"), QStringLiteral("Demo"), m_sim.accountId, false, true };
    }

    static bool expand(Models::AccountTreeModel &model, const QModelIndex &index)
    {
        // QAbstractItemModelTester walks the tree and may have started the fetch already.
        if (model.canFetchMore(index)) {
            model.fetchMore(index);
        }
        return QTest::qWaitFor(
                   [&] {
                       return !index.data(Models::LoadingRole).toBool();
                   },
                   5000)
            && model.rowCount(index) > 0;
    }

    static QModelIndex firstOfKind(const Models::AccountTreeModel &model, const QModelIndex &parent)
    {
        return model.index(0, 0, parent);
    }

private Q_SLOTS:

    void init() { QVERIFY(m_sim.start(200)); }

    void lazyLevelsDownToJobs()
    {
        Models::AccountTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.addConnection(info(), m_sim.client.get());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex conn = model.index(0, 0);
        QVERIFY(model.hasChildren(conn));
        QCOMPARE(model.rowCount(conn), 1); // the connection's account is known at once
        const QModelIndex account = firstOfKind(model, conn);
        QCOMPARE(account.data(Models::NodeKindRole).toInt(), int(TreeNodeKind::Account));
        QCOMPARE(account.data().toString(), QStringLiteral("Account %1").arg(m_sim.accountId));
        QVERIFY(model.hasChildren(account));
        QCOMPARE(model.rowCount(account), 0); // its projects arrive asynchronously, on expansion
        QVERIFY(expand(model, account));
        // The account's own name came with them.
        QVERIFY(account.data().toString() != QStringLiteral("Account %1").arg(m_sim.accountId));
        QVERIFY(!account.data().toString().isEmpty());
        QVERIFY(model.rowCount(account) >= 3);
        const QModelIndex project = firstOfKind(model, account);
        QVERIFY(expand(model, project));
        QModelIndex env;
        for (int i = 0; i < model.rowCount(project) && !env.isValid(); ++i) {
            const QModelIndex e = model.index(i, 0, project);
            if (expand(model, e)) {
                env = e;
            }
        }
        QVERIFY(env.isValid());
        const QModelIndex job = model.index(0, 0, env);
        QCOMPARE(job.data(Models::NodeKindRole).toInt(), int(TreeNodeKind::Job));
        QVERIFY(!model.hasChildren(job));
        QVERIFY(!job.data(Models::ScheduleTextRole).toString().isEmpty());
        QVERIFY(job.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Schedule")));

        const Models::RunScope scope = model.scopeFor(job);
        QCOMPARE(scope.connectionId, QStringLiteral("conn-1"));
        QCOMPARE(scope.accountId, m_sim.accountId);
        QCOMPARE(scope.jobId, job.data(Models::NodeIdRole).toLongLong());
        QCOMPARE(scope.environmentId, env.data(Models::NodeIdRole).toLongLong());
        QCOMPARE(scope.projectId, project.data(Models::NodeIdRole).toLongLong());
        QCOMPARE(model.scopeFor(project).environmentId, 0);
        QCOMPARE(model.findNode(QStringLiteral("conn-1"), TreeNodeKind::Job, scope.jobId), job);
    }

    void everyAccountHasAnAdministrationNodeWithOneChildPerArea()
    {
        Models::AccountTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.addConnection(info(), m_sim.client.get());
        const QModelIndex conn = model.index(0, 0);
        QVERIFY(expand(model, conn));
        const QModelIndex account = firstOfKind(model, conn);
        QVERIFY(expand(model, account));
        // After the projects, so the projects keep their rows.
        const QPersistentModelIndex admin = model.index(model.rowCount(account) - 1, 0, account);
        QCOMPARE(admin.data(Models::NodeKindRole).toInt(), int(TreeNodeKind::Administration));
        QCOMPARE(admin.data().toString(), QStringLiteral("Administration"));
        QCOMPARE(model.index(0, 0, account).data(Models::NodeKindRole).toInt(),
            int(TreeNodeKind::Project));
        QVERIFY(!model.canFetchMore(admin)); // known locally, nothing to fetch
        QStringList areas;
        for (int r = 0; r < model.rowCount(admin); ++r) {
            const QModelIndex a = model.index(r, 0, admin);
            QCOMPARE(a.data(Models::NodeKindRole).toInt(), int(TreeNodeKind::AdminArea));
            QCOMPARE(a.data(Models::NodeIdRole).toLongLong(), r);
            QCOMPARE(model.connectionIdFor(a), QStringLiteral("conn-1"));
            QVERIFY(!model.hasChildren(a));
            areas << a.data().toString();
        }
        QCOMPARE(areas,
            QStringList({ QStringLiteral("Environments"),
                QStringLiteral("Connections"),
                QStringLiteral("Repositories"),
                QStringLiteral("Users"),
                QStringLiteral("Groups"),
                QStringLiteral("Service tokens"),
                QStringLiteral("Webhooks") }));
        // Not cached, not offered to quick-open, and a refresh keeps the same node.
        for (const Models::TreeItem &t : model.snapshot(QStringLiteral("conn-1"))) {
            QVERIFY(!Models::isAdminKind(t.kind));
        }
        for (const auto &p : model.allItems()) {
            QVERIFY(!Models::isAdminKind(p.second.kind));
        }
        QSignalSpy settled(&model, &Models::AccountTreeModel::fetchesSettled);
        model.refreshLoaded(QStringLiteral("conn-1"));
        QVERIFY(settled.wait(5000));
        QVERIFY(admin.isValid());
        QCOMPARE(model.rowCount(admin), Models::AdminAreaCount);
        QCOMPARE(
            model.findNode(QStringLiteral("conn-1"), TreeNodeKind::AdminArea, 6).data().toString(),
            QStringLiteral("Webhooks"));
    }

    void newerRunsUpdateTheJobsLastStatus()
    {
        Models::AccountTreeModel model;
        model.addConnection(info(), m_sim.client.get());
        QSignalSpy loaded(&model, &Models::AccountTreeModel::childrenLoaded);
        model.loadAll(QStringLiteral("conn-1"));
        const auto jobCount = [&model] {
            const auto all = model.allItems();
            return std::count_if(all.cbegin(), all.cend(), [](const auto &p) {
                return p.second.kind == TreeNodeKind::Job;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(jobCount() >= 25, 10000);
        const auto items = model.allItems();
        const auto jobIt = std::find_if(items.cbegin(), items.cend(), [](const auto &p) {
            return p.second.kind == TreeNodeKind::Job;
        });
        const QModelIndex job =
            model.findNode(QStringLiteral("conn-1"), TreeNodeKind::Job, jobIt->second.id);
        QVERIFY(job.isValid());
        Models::RunRecord run;
        run.id = 99999999;
        run.jobId = jobIt->second.id;
        run.status = Api::RunStatus::Error;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.noteRuns(QStringLiteral("conn-1"), { run });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), job);
        QCOMPARE(job.data(Models::StatusRole).toInt(), int(Api::RunStatus::Error));
        run.id = 5; // older runs never overwrite a newer status
        run.status = Api::RunStatus::Success;
        model.noteRuns(QStringLiteral("conn-1"), { run });
        QCOMPARE(job.data(Models::StatusRole).toInt(), int(Api::RunStatus::Error));
    }

    void cachedTreeShowsStaleThenRefreshKeepsExpandedNodes()
    {
        QTemporaryDir dir;
        Models::OfflineCache cache(dir.path());
        {
            Models::AccountTreeModel model;
            model.addConnection(info(), m_sim.client.get());
            const QModelIndex conn = model.index(0, 0);
            QVERIFY(expand(model, conn));
            QVERIFY(expand(model, model.index(0, 0, conn)));
            Models::CachedConnection data;
            data.savedAt = QDateTime::currentDateTimeUtc();
            data.tree = model.snapshot(QStringLiteral("conn-1"));
            Models::RunRecord r;
            r.id = 42;
            r.jobName = QStringLiteral("nightly");
            data.runs = { r };
            QVERIFY(cache.save(QStringLiteral("conn-1"), data));
        }
        QFile raw(cache.filePath(QStringLiteral("conn-1")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(m_sim.server->adminToken().toUtf8())); // never a token
        QVERIFY(!bytes.contains(m_sim.server->adminToken().toUtf8().toHex()));

        const auto loaded = cache.load(QStringLiteral("conn-1"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->runs.size(), 1);
        QCOMPARE(loaded->runs.first().jobName, QStringLiteral("nightly"));
        QVERIFY(!cache.load(QStringLiteral("other")).has_value());

        Models::AccountTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.addConnection(info(), m_sim.client.get());
        m_sim.server->clearRequestLog();
        model.restore(QStringLiteral("conn-1"), loaded->tree);
        QCOMPARE(m_sim.server->requestCount(), 0); // shown at once, from disk
        const QModelIndex account = model.index(0, 0, model.index(0, 0));
        QVERIFY(model.rowCount(account) >= 3);
        QVERIFY(account.data(Models::StaleRole).toBool());
        const QPersistentModelIndex project(model.index(1, 0, account));
        QVERIFY(project.data(Models::StaleRole).toBool());
        model.refreshLoaded(QStringLiteral("conn-1"));
        QTRY_VERIFY_WITH_TIMEOUT(!project.data(Models::StaleRole).toBool(), 5000);
        QVERIFY(project.isValid()); // merged, not rebuilt
        QVERIFY(!account.data(Models::StaleRole).toBool());
    }

    void loadAllDuringTheRefreshOfARestoredTreeReachesEveryJob()
    {
        const auto jobCount = [](const Models::AccountTreeModel &model) {
            const auto all = model.allItems();
            return std::count_if(all.cbegin(), all.cend(), [](const auto &p) {
                return p.second.kind == TreeNodeKind::Job;
            });
        };
        QList<Models::TreeItem> cached;
        long long expectedJobs = 0;
        {
            Models::AccountTreeModel model;
            model.addConnection(info(), m_sim.client.get());
            QSignalSpy settled(&model, &Models::AccountTreeModel::fetchesSettled);
            model.loadAll(QStringLiteral("conn-1"));
            QVERIFY(settled.wait(10000));
            expectedJobs = jobCount(model);
            QVERIFY(expectedJobs >= 25);
            // The cache was written before one project existed: keep the account and all but
            // the last project (with nothing below them loaded).
            for (const Models::TreeItem &t : model.snapshot(QStringLiteral("conn-1"))) {
                if (t.kind == TreeNodeKind::Account || t.kind == TreeNodeKind::Project) {
                    cached.append(t);
                    cached.last().childrenLoaded = t.kind == TreeNodeKind::Account;
                }
            }
            cached.removeLast();
        }
        Models::AccountTreeModel model;
        model.addConnection(info(), m_sim.client.get());
        model.restore(QStringLiteral("conn-1"), cached);
        model.refreshLoaded(QStringLiteral("conn-1")); // start-up refresh, shallow, in flight
        model.loadAll(QStringLiteral("conn-1")); // Ctrl+K asks for everything meanwhile
        QTRY_COMPARE_WITH_TIMEOUT(jobCount(model), expectedJobs, 10000);
    }

    void corruptCacheIsIgnored()
    {
        QTemporaryDir dir;
        Models::OfflineCache cache(dir.path());
        QVERIFY(cache.save(QStringLiteral("c"), {}));
        QFile f(cache.filePath(QStringLiteral("c")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("garbage garbage garbage");
        f.resize(30);
        f.close();
        QVERIFY(!cache.load(QStringLiteral("c")).has_value());
    }

    void cacheWithAHugeCountIsRejectedWithoutAllocatingIt()
    {
        // A valid header whose tree count says hundreds of millions of items: Qt's own QList
        // reader reserves that many before reading one (82 GB, an abort under ASan).
        QTemporaryDir dir;
        Models::OfflineCache cache(dir.path());
        QVERIFY(cache.save(QStringLiteral("c"), {}));
        QFile f(cache.filePath(QStringLiteral("c")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QDataStream probe(&f);
        probe.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0, version = 0;
        QString id;
        QDateTime savedAt;
        probe >> magic >> version >> id >> savedAt;
        const qint64 countAt = f.pos();
        f.seek(countAt);
        // About 80 GB of items: small enough to pass Qt's own size-overflow check.
        probe << quint32(80'000'000'000ull / sizeof(Models::TreeItem));
        f.close();
        // In a release build Qt's reserve() quietly gets nullptr from malloc; under ASan (the
        // asan preset) trusting the count aborts the test.
        QVERIFY(!cache.load(QStringLiteral("c")).has_value());
    }

    void cacheFilesAreReadableByTheOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("console"));
        Models::OfflineCache cache(folder);
        QVERIFY(cache.save(QStringLiteral("c"), {}));
        const auto filePerms = QFile::permissions(cache.filePath(QStringLiteral("c")));
        QCOMPARE(filePerms & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const auto dirPerms = QFile::permissions(folder);
        QCOMPARE(dirPerms & (QFileDevice::ReadOther | QFileDevice::ExeOther),
            QFileDevice::Permissions());
    }

    void removingAConnectionDropsItsNodes()
    {
        Models::AccountTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.addConnection(info(), m_sim.client.get());
        auto second = info();
        second.id = QStringLiteral("conn-2");
        model.addConnection(second, m_sim.client.get());
        QCOMPARE(model.rowCount(), 2);
        model.fetchMore(model.index(0, 0, model.index(0, 0))); // a reply on its way must not crash
        model.removeConnection(QStringLiteral("conn-1"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.connectionIds(), QStringList { QStringLiteral("conn-2") });
        QTest::qWait(200);
    }

    //! Issue 13 item 1: a token that reaches two accounts shows both under its connection,
    //! each its own session; one account's 429 pause does not hold the other back.
    void twoAccountsOfOneConnectionShareItsNodeButNotTheirPauses()
    {
        const qint64 second = m_sim.server->accountIds().at(1);
        const auto secondClient = m_sim.clientFor(second);
        // The first account's every request is answered 429 with Retry-After: 30 s.
        m_sim.server->faults().add({ QStringLiteral("/accounts/%1/").arg(m_sim.accountId),
            {},
            Sim::FaultKind::RateLimit,
            -1,
            0,
            30,
            0 });
        Models::AccountTreeModel model;
        QAbstractItemModelTester tester(&model);
        Models::ConnectionInfo home = info();
        home.profileId = home.id;
        home.demo = false;
        Models::ConnectionInfo other = home;
        other.id = Models::ConnectionInfo::sessionIdFor(home.id, home.accountId, second);
        other.accountId = second;
        other.accountName = QStringLiteral("Cell analytics");
        model.addConnection(home, m_sim.client.get());
        model.addConnection(other, secondClient.get());
        QCOMPARE(other.id, QStringLiteral("conn-1/%1").arg(second));

        QCOMPARE(model.rowCount(), 1); // one connection ...
        const QModelIndex conn = model.index(0, 0);
        QCOMPARE(model.rowCount(conn), 2); // ... with both accounts
        QCOMPARE(conn.data(Qt::ToolTipRole).toString(), QStringLiteral("Demo\n2 accounts"));
        const QModelIndex a = model.index(0, 0, conn);
        const QModelIndex b = model.index(1, 0, conn);
        QCOMPARE(b.data().toString(), QStringLiteral("Cell analytics")); // before it answers
        QCOMPARE(model.connectionIdsUnder(conn), (QStringList { home.id, other.id }));
        QCOMPARE(model.findNode(other.id, TreeNodeKind::Account, second), b);
        QCOMPARE(model.findNode(other.id, TreeNodeKind::Connection, 0), conn);
        QCOMPARE(model.scopeFor(b).connectionId, other.id);
        QCOMPARE(model.scopeFor(b).accountId, second);
        QCOMPARE(model.scopeFor(conn).connectionId, home.id);

        model.fetchMore(a);
        model.fetchMore(b);
        QVERIFY(expand(model, b)); // loads while the first account waits out its 429
        QVERIFY(model.rowCount(b) >= 2); // its project and the Administration node
        QCOMPARE(model.scopeFor(model.index(0, 0, b)).accountId, second);
        QVERIFY(m_sim.client->isRateLimited());
        QVERIFY(!secondClient->isRateLimited());
        QCOMPARE(model.rowCount(a), 0);
        QVERIFY(a.data(Models::LoadingRole).toBool());

        model.removeConnection(home.id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.connectionIds(), QStringList { other.id });
        model.removeConnection(other.id);
        QCOMPARE(model.rowCount(), 0);
    }

    void removingAConnectionAbortsItsFetches()
    {
        m_sim.server->faults().add({ QString(), {}, Sim::FaultKind::Delay, -1, 0, 0, 300 });
        Models::AccountTreeModel model;
        model.addConnection(info(), m_sim.client.get());
        QSignalSpy settled(&model, &Models::AccountTreeModel::fetchesSettled);
        QSignalSpy failed(&model, &Models::AccountTreeModel::loadFailed);
        model.fetchMore(model.index(0, 0, model.index(0, 0))); // the account
        QVERIFY(model.isFetching(info().id));
        QCOMPARE(m_sim.client->inFlight(), 2); // its name and its projects
        model.removeConnection(info().id);
        QCOMPARE(m_sim.client->inFlight(), 0); // aborted, not left to finish
        QTest::qWait(400);
        QCOMPARE(settled.size(), 0);
        QCOMPARE(failed.size(), 0);
    }

    //! Issue 16 point 5: the navigator stayed "failed to load" after an error at start-up
    //! until F5. With a refresher the failed level is tried again with backoff.
    void failedStartUpLoadRecoversByItself_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("server error") << int(Sim::FaultKind::ServerError);
        QTest::newRow("invalid json") << int(Sim::FaultKind::InvalidJson);
        QTest::newRow("dropped") << int(Sim::FaultKind::Drop);
    }

    void failedStartUpLoadRecoversByItself()
    {
        QFETCH(int, kind);
        m_sim.server->faults().add(
            { QStringLiteral("/projects/"), {}, Sim::FaultKind(kind), 2, 0, 0, 0 });
        Models::AccountTreeModel model;
        QAbstractItemModelTester tester(&model);
        model.addConnection(info(), m_sim.client.get());
        Models::TreeRefresher refresher(&model, info().id, m_sim.client.get());
        Models::PollSchedule::Intervals quick = Models::TreeRefresher::defaultIntervals();
        quick.fast = 20ms; // backoff 40 ms, 80 ms, ...
        quick.slow = 1h; // no periodic refresh gets in the way
        refresher.setIntervals(quick);
        refresher.start();
        QSignalSpy failed(&model, &Models::AccountTreeModel::loadFailed);
        const QModelIndex conn = model.index(0, 0, model.index(0, 0)); // the account
        model.fetchMore(conn); // what the workspace does at start-up
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.at(0).at(1).toString().isEmpty()); // the user was told
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(conn) > 0, 5000);
        QVERIFY(conn.data(Models::ErrorTextRole).toString().isEmpty());
        QCOMPARE(failed.size(), 2); // both faults were met, then it loaded
        // Once every fetch of the connection has settled (the model tester expands the new
        // account level too), the backoff is over.
        QTRY_COMPARE_WITH_TIMEOUT(refresher.schedule().consecutiveErrors(), 0, 5000);
    }

    void failedExpandRecoversByItself()
    {
        Models::AccountTreeModel model; // no model tester: it would expand every level itself
        model.addConnection(info(), m_sim.client.get());
        Models::TreeRefresher refresher(&model, info().id, m_sim.client.get());
        Models::PollSchedule::Intervals quick = Models::TreeRefresher::defaultIntervals();
        quick.fast = 20ms;
        quick.slow = 1h;
        refresher.setIntervals(quick);
        refresher.start();
        const QModelIndex conn = model.index(0, 0);
        QVERIFY(expand(model, conn));
        const QModelIndex account = model.index(0, 0, conn);
        m_sim.server->faults().add(
            { QStringLiteral("/projects/"), {}, Sim::FaultKind::ServerError, 1, 503, 0, 0 });
        QSignalSpy failed(&model, &Models::AccountTreeModel::loadFailed);
        model.fetchMore(account); // the user expands the account
        QVERIFY(failed.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(account) > 0, 5000);
        QVERIFY(account.data(Models::ErrorTextRole).toString().isEmpty());
    }

    void inactiveRefresherSendsNothing()
    {
        Models::AccountTreeModel model;
        model.addConnection(info(), m_sim.client.get());
        QVERIFY(expand(model, model.index(0, 0)));
        Models::TreeRefresher refresher(&model, info().id, m_sim.client.get());
        Models::PollSchedule::Intervals quick = Models::TreeRefresher::defaultIntervals();
        quick.slow = 30ms;
        refresher.setIntervals(quick);
        QSignalSpy refreshed(&refresher, &Models::TreeRefresher::refreshed);
        refresher.start();
        QVERIFY(refreshed.wait(5000)); // it refreshes on its own while active
        refresher.setActive(false); // closed to tray with nothing to watch
        QTest::qWait(100);
        m_sim.server->clearRequestLog();
        QTest::qWait(300);
        QCOMPARE(m_sim.server->requestCount(), 0);
        refresher.setActive(true); // due long ago: at once
        QVERIFY(refreshed.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestAccountTreeModel)
#include "tst_accounttreemodel.moc"
