// SPDX-License-Identifier: GPL-3.0-or-later
// Head-of-line blocking (issue 16, item 7): slow requests of one kind must not hold every slot
// of the queue. With the tree endpoints hanging, the runs list is still polled and a trigger
// click still leaves at once, sent exactly once. The assertions are on order and counts, never
// on wall-clock thresholds: the slow answers take 8 s, the others milliseconds.
#include "apitestutil.h"

#include <QPointer>

using namespace Dbtc;
using namespace Dbtc::Api;
using namespace std::chrono_literals;
using Sim::FaultKind;
using Sim::FaultRule;

class TestRequestLanes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Server> m_server;
    std::unique_ptr<Client> m_client;

    qint64 account() const { return m_server->accountIds().constFirst(); }

    void slow(const QString &path, int delayMs)
    {
        m_server->faults().add(
            FaultRule { path, QStringLiteral("GET"), FaultKind::Delay, -1, 0, 0, delayMs });
    }

    int seen(const QString &pathContains) const { return m_server->requestCount(pathContains); }

private Q_SLOTS:

    void initTestCase() { m_server = Test::startServer(false, 300); }

    void init()
    {
        m_server->faults().clear();
        m_server->clearRequestLog();
        ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.retry.requestTimeout = 30s; // the slow answers must arrive, not time out
        m_client = std::make_unique<Client>(o);
    }

    void cleanup()
    {
        m_client->abortAll();
        QTRY_COMPARE(m_client->inFlight(), 0);
        m_client.reset();
    }

    void hangingTreeDoesNotStarveRunsOrTrigger()
    {
        slow(QStringLiteral("/projects/"), 8000);
        int treeDone = 0;
        // The hanging answers arrive after this function returns: their callbacks die with
        // this context instead of writing to treeDone's dead stack slot (ASan found it).
        QObject scope;
        for (int i = 0; i < 6; ++i) {
            m_client->listProjects(
                ListQuery {}, &scope, [&treeDone](const Result<Page<Project>> &) {
                    ++treeDone;
                });
        }
        std::optional<Result<Page<Run>>> runs;
        std::optional<Result<Run>> trigger;
        int treeDoneWhenRuns = -1;
        int treeDoneWhenTrigger = -1;
        // The dashboard's steady poll is a background request.
        RunQuery q;
        q.limit = 5;
        m_client->listRuns(
            q,
            this,
            [&](const Result<Page<Run>> &r) {
                runs = r;
                treeDoneWhenRuns = treeDone;
            },
            Priority::Background);
        const qint64 jobId = m_server->anyJobId(account());
        m_client->triggerJob(jobId, TriggerRequest {}, this, [&](const Result<Run> &r) {
            trigger = r;
            treeDoneWhenTrigger = treeDone;
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return runs && trigger;
            },
            20000));
        DBTC_VERIFY_OK(runs);
        DBTC_VERIFY_OK(trigger);
        // Both went out past the hanging tree requests, not after them.
        QCOMPARE(treeDoneWhenRuns, 0);
        QCOMPARE(treeDoneWhenTrigger, 0);
        QCOMPARE(seen(QStringLiteral("/run/")), 1);
        // The tree kept at most half of the slots while it hung.
        QCOMPARE(seen(QStringLiteral("/projects/")), 2);
        QCOMPARE(treeDone, 0);
        m_client->abortAll(); // the next test starts with free slots
    }

    void slowLaneStillFinishesEverything()
    {
        slow(QStringLiteral("/projects/"), 300);
        int treeDone = 0;
        for (int i = 0; i < 5; ++i) {
            m_client->listProjects(ListQuery {}, this, [&treeDone](const Result<Page<Project>> &r) {
                QVERIFY(r.ok());
                ++treeDone;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(treeDone, 5, 15000);
        QCOMPARE(seen(QStringLiteral("/projects/")), 5);
    }

    void backgroundLeavesASlotForTheUser()
    {
        slow(QStringLiteral("/runs/"), 8000); // list, detail and artifacts alike
        int backgroundDone = 0;
        const auto countBackground = [&backgroundDone](const auto &) {
            ++backgroundDone;
        };
        QObject scope; // the hanging answers outlive this function: their callbacks die here
        for (int i = 0; i < 2; ++i) {
            m_client->listRuns(
                RunQuery {}, &scope, Callback<Page<Run>>(countBackground), Priority::Background);
        }
        for (int i = 0; i < 2; ++i) {
            m_client->getRun(m_server->failedRunId(account()),
                RunInclude {},
                &scope,
                Callback<Run>(countBackground),
                Priority::Background);
        }
        // Three background requests start, the fourth waits: the last slot is the user's.
        QTRY_COMPARE(seen(QStringLiteral("/runs/")), 3);
        QTest::qWait(200); // and it keeps waiting
        QCOMPARE(seen(QStringLiteral("/runs/")), 3);
        std::optional<Result<Page<Project>>> projects;
        m_client->listProjects(ListQuery {}, this, [&](const Result<Page<Project>> &r) {
            projects = r;
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return projects.has_value();
            },
            20000));
        DBTC_VERIFY_OK(projects);
        QCOMPARE(backgroundDone, 0);
        m_client->abortAll();
    }
};

QTEST_GUILESS_MAIN(TestRequestLanes)
#include "tst_requestlanes.moc"
