// SPDX-License-Identifier: GPL-3.0-or-later
// RunDetailView against the simulator over loopback HTTP: a failed run opens on its failed step
// with the failing node, message and compiled SQL; the fallbacks (sources.json, log tail) when
// artifacts are missing; live steps while a run progresses; no polling while hidden.
#include "../models/simfixture.h"
#include "models/common/runartifacts.h"
#include "models/rundetail/logdocument.h"
#include "models/rundetail/rundetail.h"
#include "models/rundetail/rundetailsteps.h"
#include "models/rundetail/triagefetcher.h"
#include "simulator/dbtlogs.h"
#include "ui/rundetail/logview.h"
#include "ui/rundetail/logviewer.h"
#include "ui/rundetail/rundetailheader.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/rundetail/triagenodepanel.h"
#include "ui/rundetail/triageview.h"

#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Dbtc;

class TestRunDetailView final : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    // What a connection's session holds: the artifact service (on a fresh cache folder per
    // test) and the run detail model the view binds to.
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<Models::RunArtifacts> m_artifacts;
    std::unique_ptr<Models::RunDetail> m_detail;

    void makeServices()
    {
        m_detail.reset();
        m_artifacts.reset();
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_artifacts =
            std::make_unique<Models::RunArtifacts>(m_sim.client.get(), m_cacheDir->path());
        m_detail = std::make_unique<Models::RunDetail>(m_sim.client.get(), m_artifacts.get());
    }

    Api::Run fetchRun(qint64 runId)
    {
        Api::Run out;
        bool done = false;
        Api::RunInclude inc;
        inc.steps = true;
        m_sim.client->getRun(runId, inc, this, [&](const Api::Result<Api::Run> &r) {
            if (r.ok()) {
                out = r.value();
            }
            done = true;
        });
        if (!QTest::qWaitFor(
                [&] {
                    return done;
                },
                5000)) {
            qWarning("getRun timed out");
        }
        return out;
    }

    QString failedStepLog(const Api::Run &run)
    {
        for (const Api::RunStep &s : run.steps) {
            if (s.status == Api::RunStatus::Error) {
                return s.logs;
            }
        }
        return {};
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_sim.start(300));
        makeServices();
    }

    void cleanup()
    {
        m_detail.reset();
        m_artifacts.reset();
        m_sim.client.reset();
        m_sim.server.reset();
    }

    void failedRun_opensOnFailedStepWithNodeMessageAndSql()
    {
        // A longer history, so the failed run's job has earlier runs for "is it new?".
        m_detail.reset();
        m_artifacts.reset();
        m_sim.client.reset();
        m_sim.server.reset();
        QVERIFY(m_sim.start(600));
        makeServices();
        const qint64 runId = m_sim.server->failedRunId(m_sim.accountId);
        QVERIFY(runId > 0);
        Ui::RunDetailView view;
        view.resize(1200, 800);
        view.show();
        QSignalSpy artifactSpy(&view, &Ui::RunDetailView::openArtifactRequested);
        view.showRun(m_detail.get(), runId);
        QTRY_VERIFY_WITH_TIMEOUT(view.run() != nullptr, 5000);
        QCOMPARE(view.run()->status, Api::RunStatus::Error);

        // The failed step is selected and the Failures tab is in front.
        int failedStep = 0;
        for (const Api::RunStep &s : view.run()->steps) {
            if (s.status == Api::RunStatus::Error) {
                failedStep = s.index;
            }
        }
        QVERIFY(failedStep >= 4);
        QCOMPARE(view.currentStepIndex(), failedStep);
        QCOMPARE(view.currentTab(), Ui::RunDetailView::FailuresTab);

        // The failing node with its message and compiled SQL, from run_results.json.
        Ui::TriageView *triage = view.triageView();
        QTRY_VERIFY_WITH_TIMEOUT(triage->nodeCount() >= 1, 5000);
        QVERIFY2(triage->sourceText().contains(QLatin1String("run_results.json")),
            qPrintable(triage->sourceText()));
        Ui::TriageNodePanel *panel = triage->nodePanel();
        const QString uniqueId = panel->shownUniqueId();
        QVERIFY2(uniqueId.startsWith(QLatin1String("model.jaffle_shop.")), qPrintable(uniqueId));
        QVERIFY2(panel->messageText().contains(Sim::failureMessage(uniqueId)),
            qPrintable(panel->messageText()));
        QVERIFY(panel->sqlText().contains(QLatin1String("select"), Qt::CaseInsensitive));
        QCOMPARE(panel->commandText(),
            QStringLiteral("dbt build -s ") + uniqueId.section(QLatin1Char('.'), 2));
        QCOMPARE(triage->nodeList()->topLevelItem(0)->text(0), QStringLiteral("error"));

        // The step log is loaded and its error lines are counted.
        QVERIFY(view.logViewer()->document()->lineCount() > 5);
        QVERIFY(view.logViewer()->document()->snapshot()->errorCount >= 1);

        // The manifest context arrives in the background; then the artifact link knows the file.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sim.server->requestCount(QStringLiteral("manifest.json")) > 0, 5000);
        const auto *st = view.triageFetcher()->step(failedStep);
        QVERIFY(st);
        QTRY_VERIFY_WITH_TIMEOUT(
            view.triageFetcher()->step(failedStep)->nodes.first().hasManifest, 5000);
        QVERIFY(!view.triageFetcher()->step(failedStep)->nodes.first().dependsOn.isEmpty());
        const auto buttons = panel->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QLatin1String("Open in artifact viewer")) {
                b->click();
            }
        }
        QCOMPARE(artifactSpy.size(), 1);
        QCOMPARE(artifactSpy.first().at(0).toLongLong(), runId);
        QCOMPARE(artifactSpy.first().at(1).toInt(), failedStep);
        QVERIFY2(artifactSpy.first().at(2).toString().startsWith(
                     QLatin1String("compiled/jaffle_shop/models/")),
            qPrintable(artifactSpy.first().at(2).toString()));

        // "Is it new?": the job's earlier runs were listed and their run_results read for the step.
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->historyText().contains(QRegularExpression(QStringLiteral("run \\d+"))), 10000);
        QVERIFY(m_sim.server->requestCount(QStringLiteral("run_results.json"))
            >= 2); // + an earlier run
        QVERIFY2(!panel->historyText().contains(QLatin1String("Looking")),
            qPrintable(panel->historyText()));

        // "Open in dbt Cloud" hands the run's web page to the main window.
        QSignalSpy browser(&view, &Ui::RunDetailView::openInBrowserRequested);
        for (QPushButton *b : view.header()->findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Open in dbt Cloud")) {
                b->click();
            }
        }
        QCOMPARE(browser.size(), 1);
        QCOMPARE(browser.first().at(0).toUrl(), view.run()->href);
        QVERIFY(view.run()->href.isValid());
        QCOMPARE(view.actionsArea()->objectName(), QStringLiteral("actions"));

        // Artifacts are cached per host, account, run and step, where the artifact browser of the
        // same connection finds them.
        QVERIFY(QFile::exists(
            m_artifacts->cache().filePath(runId, failedStep, QStringLiteral("run_results.json"))));
    }

    void missingArtifacts_fallBackToTheLogTail()
    {
        const qint64 runId = m_sim.server->failedRunId(m_sim.accountId);
        // No artifact at all: every artifact call answers 404.
        m_sim.server->faults().add({ QStringLiteral("/artifacts/"),
            QStringLiteral("GET"),
            Sim::FaultKind::ServerError,
            -1,
            404,
            0,
            0 });
        Ui::RunDetailView view;
        view.show();
        view.showRun(m_detail.get(), runId);
        Ui::TriageView *triage = view.triageView();
        QTRY_VERIFY_WITH_TIMEOUT(
            triage->sourceText().contains(QLatin1String("tail of the step log")), 5000);
        // It says which sources were tried, in order.
        const QString source = triage->sourceText();
        QVERIFY2(source.indexOf(QLatin1String("run_results.json"))
                < source.indexOf(QLatin1String("sources.json")),
            qPrintable(source));
        // The node is still named, from dbt's summary in the log.
        QCOMPARE(triage->nodeCount(), 1);
        const QString log = failedStepLog(*view.run());
        const QString name = triage->nodeList()->topLevelItem(0)->text(1);
        QVERIFY2(log.contains(QStringLiteral("Failure in model %1 ").arg(name)), qPrintable(name));
        QVERIFY(triage->nodePanel()->messageText().contains(QLatin1String("Failure in model")));
        QVERIFY(triage->nodePanel()->sqlText().isEmpty());
    }

    void brokenRunResultsOnce_theNextOpenTriagesFromRunResults()
    {
        // One invalid_json answer on run_results.json used to be cached and break this run's
        // triage for good (issue 16 point 2).
        const qint64 runId = m_sim.server->failedRunId(m_sim.accountId);
        m_sim.server->faults().add({ QStringLiteral("/artifacts/run_results.json"),
            QStringLiteral("GET"),
            Sim::FaultKind::InvalidJson,
            1,
            0,
            0,
            0 });
        Ui::RunDetailView view;
        view.show();
        view.showRun(m_detail.get(), runId);
        Ui::TriageView *triage = view.triageView();
        QTRY_VERIFY_WITH_TIMEOUT(view.run() && view.triageFetcher()->step(view.currentStepIndex())
                && !view.triageFetcher()->step(view.currentStepIndex())->loading,
            5000);
        QVERIFY(view.triageFetcher()->step(view.currentStepIndex())->source
            != Models::TriageSource::RunResults);
        QVERIFY(!view.triageFetcher()->step(view.currentStepIndex())->artifactError.isEmpty());

        view.showRun(m_detail.get(), runId); // the user opens the run again
        QTRY_VERIFY_WITH_TIMEOUT(triage->nodeCount() >= 1
                && view.triageFetcher()->step(view.currentStepIndex())
                && view.triageFetcher()->step(view.currentStepIndex())->source
                    == Models::TriageSource::RunResults,
            5000);
        QVERIFY(
            triage->nodePanel()->sqlText().contains(QLatin1String("select"), Qt::CaseInsensitive));
    }

    void noFailingNodeInRunResults_fallsBackToSources()
    {
        // A successful run that generated sources: pretend its dbt step failed. run_results has
        // no problem, so the answer must come from sources.json (the simulator's has a warn).
        Api::RunQuery q;
        q.status = Api::RunStatus::Success;
        QList<Api::Run> runs;
        bool done = false;
        m_sim.client->fetchAllRuns(q, this, [&](const Api::Result<QList<Api::Run>> &r) {
            runs = r.ok() ? r.value() : QList<Api::Run> {};
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        qint64 runId = 0;
        for (const Api::Run &r : std::as_const(runs)) {
            if (r.hasSourcesGenerated) {
                runId = r.id;
                break;
            }
        }
        // The seed is deterministic: a world without such a run is a simulator regression.
        QVERIFY2(runId, "the seeded world has no successful run with sources");
        Api::Run run = fetchRun(runId);
        QVERIFY(run.steps.size() >= 4);
        run.steps.last().status = Api::RunStatus::Error;
        Models::TriageFetcher fetcher(m_artifacts.get());
        fetcher.setRun(run);
        const int step = run.steps.last().index;
        QTRY_VERIFY_WITH_TIMEOUT(fetcher.step(step) && !fetcher.step(step)->loading, 5000);
        QCOMPARE(fetcher.step(step)->source, Models::TriageSource::Sources);
        QCOMPARE(fetcher.step(step)->nodes.size(), 1);
        QCOMPARE(fetcher.step(step)->nodes.first().status, QStringLiteral("warn"));
        QVERIFY(fetcher.step(step)->nodes.first().uniqueId.startsWith(QLatin1String("source.")));
        QVERIFY(fetcher.step(step)->tried.first().contains(QLatin1String("no failing node")));
    }

    void liveRun_stepsAndLogUpdateUntilComplete()
    {
        const qint64 jobId = m_sim.server->anyJobId(m_sim.accountId);
        qint64 runId = 0;
        Api::TriggerRequest req;
        req.cause = QStringLiteral("run detail live test");
        m_sim.client->triggerJob(jobId, req, this, [&](const Api::Result<Api::Run> &r) {
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
            runId = r->id;
        });
        QTRY_VERIFY_WITH_TIMEOUT(runId > 0, 5000);

        Ui::RunDetailView view;
        view.setPollInterval(std::chrono::milliseconds(50));
        view.show();
        QSignalSpy updates(&view, &Ui::RunDetailView::runUpdated);
        view.showRun(m_detail.get(), runId);
        QTRY_VERIFY_WITH_TIMEOUT(view.run() != nullptr, 5000);
        QVERIFY(Api::isInProgress(view.run()->status));
        int maxSteps = view.stepModel()->rowCount();
        qint64 maxLines = 0;
        bool sawRunningStep = false;
        // Move the simulated clock; the view must pick up steps and log lines as they appear.
        // Small steps first (to see a step running), then bigger ones: the run may queue behind
        // an earlier run of the same job.
        for (int i = 0; i < 300 && Api::isInProgress(view.run()->status); ++i) {
            m_sim.server->advance(std::chrono::seconds(i < 120 ? 5 : 60));
            const int before = int(updates.size());
            QTRY_VERIFY_WITH_TIMEOUT(updates.size() > before, 5000);
            maxSteps = std::max(maxSteps, view.stepModel()->rowCount());
            maxLines = std::max(maxLines, view.logViewer()->document()->lineCount());
            for (const Api::RunStep &s : view.stepModel()->steps()) {
                sawRunningStep = sawRunningStep || s.status == Api::RunStatus::Running;
            }
            // While running, the newest step is the one shown, and the log follows its tail.
            if (Api::isInProgress(view.run()->status) && view.stepModel()->rowCount() > 0) {
                QCOMPARE(view.stepList()->currentIndex().row(), view.stepModel()->rowCount() - 1);
                QVERIFY(view.logViewer()->view()->followTail());
            }
        }
        QVERIFY2(!Api::isInProgress(view.run()->status), "the run never finished");
        QVERIFY(sawRunningStep);
        QVERIFY2(maxSteps >= 4, qPrintable(QString::number(maxSteps)));
        QVERIFY(maxLines > 0);
        // Complete: no more polling.
        const int polls = m_sim.server->requestCount(QStringLiteral("/runs/%1/").arg(runId));
        QTest::qWait(300);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/runs/%1/").arg(runId)), polls);
    }

    void hidden_stopsPolling_anotherRun_dropsTheOld()
    {
        const qint64 jobId = m_sim.server->anyJobId(m_sim.accountId);
        qint64 runId = 0;
        Api::TriggerRequest req;
        req.cause = QStringLiteral("hidden test");
        m_sim.client->triggerJob(jobId, req, this, [&](const Api::Result<Api::Run> &r) {
            runId = r.ok() ? r->id : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(runId != 0, 5000);
        QVERIFY(runId > 0);
        Ui::RunDetailView view;
        view.setPollInterval(std::chrono::milliseconds(50));
        view.show();
        view.showRun(m_detail.get(), runId);
        QTRY_VERIFY_WITH_TIMEOUT(view.run() != nullptr, 5000);
        const QString path = QStringLiteral("/runs/%1/").arg(runId);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.server->requestCount(path) >= 3, 5000); // it polls
        view.hide();
        QTest::qWait(100);
        const int hiddenCount = m_sim.server->requestCount(path);
        QTest::qWait(400);
        QCOMPARE(m_sim.server->requestCount(path), hiddenCount);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.server->requestCount(path) > hiddenCount, 5000);

        // Another run: the first one is no longer polled.
        const qint64 failed = m_sim.server->failedRunId(m_sim.accountId);
        view.showRun(m_detail.get(), failed);
        QTRY_COMPARE_WITH_TIMEOUT(view.run() ? view.run()->id : 0, failed, 5000);
        QTest::qWait(100);
        const int afterSwitch = m_sim.server->requestCount(path);
        QTest::qWait(300);
        QCOMPARE(m_sim.server->requestCount(path), afterSwitch);
        QVERIFY(view.header()->titleText().contains(QString::number(failed)));
    }

    void anotherRunFailingToLoad_showsNothingOfThePreviousRun()
    {
        // Issue 16 point 4: while the next run cannot be loaded, the page must not go on
        // showing the previous run's failures, steps or log as if they were its own.
        const qint64 failed = m_sim.server->failedRunId(m_sim.accountId);
        Ui::RunDetailView view;
        view.resize(1200, 800);
        view.show();
        view.showRun(m_detail.get(), failed);
        QTRY_VERIFY_WITH_TIMEOUT(view.triageView()->nodeCount() >= 1, 5000);
        QVERIFY(view.logViewer()->document()->lineCount() > 0);

        const qint64 other = failed - 1; // any other run: its loads fail below
        QVERIFY(other > 0);
        m_sim.server->faults().add({ QStringLiteral("/runs/%1/").arg(other),
            QStringLiteral("GET"),
            Sim::FaultKind::ServerError,
            -1,
            503,
            0,
            0 });
        view.showRun(m_detail.get(), other);
        QTest::qWait(300); // the first answers (errors) are in
        QVERIFY(view.run() == nullptr || view.run()->id == other);
        QCOMPARE(view.triageView()->nodeCount(), 0);
        QCOMPARE(view.logViewer()->document()->lineCount() > 1, false);
        QVERIFY(view.header()->titleText().contains(QString::number(other)));
        QVERIFY(!view.header()->titleText().contains(QString::number(failed)));
        m_sim.server->faults().clear();
    }

    void anotherConnection_rebindsAndStopsTheFirst()
    {
        const qint64 jobId = m_sim.server->anyJobId(m_sim.accountId);
        qint64 runId = 0;
        Api::TriggerRequest req;
        req.cause = QStringLiteral("rebind test");
        m_sim.client->triggerJob(jobId, req, this, [&](const Api::Result<Api::Run> &r) {
            runId = r.ok() ? r->id : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(runId != 0, 5000);
        QVERIFY(runId > 0);
        Ui::RunDetailView view;
        view.setPollInterval(std::chrono::milliseconds(50));
        view.show();
        view.showRun(m_detail.get(), runId);
        QTRY_VERIFY_WITH_TIMEOUT(view.run() != nullptr, 5000);

        // A second connection's run detail (same simulator, its own services).
        Models::RunArtifacts otherArtifacts(
            m_sim.client.get(), m_cacheDir->path() + QStringLiteral("/other"));
        Models::RunDetail other(m_sim.client.get(), &otherArtifacts);
        const qint64 failed = m_sim.server->failedRunId(m_sim.accountId);
        view.showRun(&other, failed);
        QCOMPARE(view.runDetail(), &other);
        QCOMPARE(m_detail->runId(), 0); // the first connection's detail stopped following
        QTRY_COMPARE_WITH_TIMEOUT(view.run() ? view.run()->id : 0, failed, 5000);
        const QString path = QStringLiteral("/runs/%1/").arg(runId);
        QTest::qWait(100);
        const int afterSwitch = m_sim.server->requestCount(path);
        QTest::qWait(300);
        QCOMPARE(m_sim.server->requestCount(path), afterSwitch);
        // The failures shown are the second detail's.
        QTRY_VERIFY_WITH_TIMEOUT(view.triageView()->nodeCount() >= 1, 5000);
        QCOMPARE(view.triageFetcher(), other.triage());
        // The first connection going away leaves the view working on the second.
        m_detail.reset();
        QTRY_VERIFY_WITH_TIMEOUT(
            view.header()->titleText().contains(QString::number(failed)), 5000);
    }

    void debugLog_fetchedOnDemand()
    {
        const qint64 runId = m_sim.server->failedRunId(m_sim.accountId);
        Ui::RunDetailView view;
        view.show();
        view.showRun(m_detail.get(), runId);
        QTRY_VERIFY_WITH_TIMEOUT(view.run() != nullptr, 5000);
        QVERIFY(m_sim.server->requestCount(QStringLiteral("/steps/")) == 0);
        view.logViewer()->setShowsDebugLog(true);
        Q_EMIT view.logViewer()->debugLogRequested(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.server->requestCount(QStringLiteral("/steps/")) == 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(view.logViewer()->document()->lineCount() > 0
                && view.logViewer()->document()->snapshot()->rawLine(0).contains("[debug]"),
            5000);
    }
};

QTEST_MAIN(TestRunDetailView)
#include "tst_rundetailview.moc"
