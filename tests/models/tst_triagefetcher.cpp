// SPDX-License-Identifier: GPL-3.0-or-later
// TriageFetcher against the in-process simulator: a run_results.json that failed to download
// (an outage) leaves the log-tail fallback on screen and is tried again by itself, on a
// backoff, until it arrives; then the real failures replace the fallback. A run no longer
// shown is not retried. (Found by the fault matrix: the failures tab never recovered.)
#include "models/common/runartifacts.h"
#include "models/rundetail/triagefetcher.h"
#include "simfixture.h"
#include "simulator/faults.h"

#include <QTemporaryDir>

using namespace Dbtc;
using namespace std::chrono_literals;

class TestTriageFetcher final : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    Api::Run failedRun()
    {
        std::optional<Api::Run> run;
        Api::RunInclude inc;
        inc.steps = true;
        m_sim.client->getRun(m_sim.server->failedRunId(m_sim.accountId),
            inc,
            this,
            [&](const Api::Result<Api::Run> &r) {
                run = r.ok() ? *r : Api::Run {};
            });
        (void)QTest::qWaitFor(
            [&] {
                return run.has_value();
            },
            5000);
        return run.value_or(Api::Run {});
    }

    static Models::PollSchedule::Intervals quick()
    {
        Models::PollSchedule::Intervals i;
        i.fast = 100ms;
        i.slow = 400ms;
        i.maxBackoff = 400ms;
        return i;
    }

    static bool settled(const Models::TriageFetcher &f)
    {
        return !f.steps().isEmpty() && !f.isBusy();
    }

private Q_SLOTS:

    void init() { QVERIFY(m_sim.start(120)); }

    void cleanup()
    {
        m_sim.client.reset();
        m_sim.server.reset();
    }

    void failedDownload_isRetriedUntilTheFailuresArrive()
    {
        QTemporaryDir root;
        Models::RunArtifacts artifacts(m_sim.client.get(), root.path());
        Models::TriageFetcher triage(&artifacts);
        triage.setRetryIntervals(quick());
        const Api::Run run = failedRun();
        QVERIFY(run.id > 0);
        m_sim.server->faults().add({ QStringLiteral("/artifacts/run_results.json"),
            QStringLiteral("GET"),
            Sim::FaultKind::ServerError });
        triage.setRun(run);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return settled(triage);
            },
            5000));
        const Models::StepTriage first = triage.steps().constFirst();
        QCOMPARE(first.source, Models::TriageSource::LogTail);
        QVERIFY(!first.artifactError.isEmpty());
        // While the outage lasts the fallback stays and the retries back off.
        QTest::qWait(1500);
        QCOMPARE(triage.steps().constFirst().source, Models::TriageSource::LogTail);
        const int during = m_sim.server->requestCount(QStringLiteral("run_results.json"));
        QVERIFY2(during >= 3 && during <= 12, qPrintable(QString::number(during)));

        m_sim.server->faults().clear();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return triage.steps().constFirst().source == Models::TriageSource::RunResults;
            },
            3000));
        const Models::StepTriage now = triage.steps().constFirst();
        QVERIFY(!now.nodes.isEmpty());
        QVERIFY(now.artifactError.isEmpty());
        QVERIFY(now.tried.isEmpty());
        // Done: no further requests for it.
        const int after = m_sim.server->requestCount(QStringLiteral("run_results.json"));
        QTest::qWait(800);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("run_results.json")), after);
    }

    void clearedRun_isNotRetried()
    {
        QTemporaryDir root;
        Models::RunArtifacts artifacts(m_sim.client.get(), root.path());
        Models::TriageFetcher triage(&artifacts);
        triage.setRetryIntervals(quick());
        m_sim.server->faults().add({ QStringLiteral("/artifacts/run_results.json"),
            QStringLiteral("GET"),
            Sim::FaultKind::ServerError });
        triage.setRun(failedRun());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return settled(triage);
            },
            5000));
        triage.clear();
        const int before = m_sim.server->requestCount(QStringLiteral("run_results.json"));
        QTest::qWait(1000);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("run_results.json")), before);
    }
};

QTEST_MAIN(TestTriageFetcher)
#include "tst_triagefetcher.moc"
