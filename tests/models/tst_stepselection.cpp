// SPDX-License-Identifier: GPL-3.0-or-later
// "This step selects N nodes": a job's steps evaluated with dbt's selection engine against the
// manifest of the environment's newest successful run, fetched from the simulator once.
#include "artifacts/artifactindex.h"
#include "artifacts/selection/selection.h"
#include "models/actions/stepselectionpreview.h"
#include "models/common/runartifacts.h"
#include "simfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;

class TestStepSelection : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    //! The environment of a job and the newest successful run in it, as the API says.
    std::pair<qint64, qint64> environmentWithSuccess()
    {
        Api::RunQuery q;
        q.status = Api::RunStatus::Success;
        q.limit = 1;
        qint64 env = 0, run = 0;
        bool done = false;
        m_sim.client->listRuns(q, this, [&](const Api::Result<Api::Page<Api::Run>> &r) {
            if (r && !r->items.isEmpty()) {
                env = r->items.first().environmentId;
            }
            done = true;
        });
        (void)QTest::qWaitFor(
            [&] {
                return done;
            },
            5000);
        q.environmentId = env;
        done = false;
        m_sim.client->listRuns(q, this, [&](const Api::Result<Api::Page<Api::Run>> &r) {
            if (r && !r->items.isEmpty()) {
                run = r->items.first().id;
            }
            done = true;
        });
        (void)QTest::qWaitFor(
            [&] {
                return done;
            },
            5000);
        return { env, run };
    }

    static std::shared_ptr<Models::ArtifactIndex> simulatorManifest()
    {
        QString error;
        return Models::ArtifactIndex::load(
            QStringLiteral(DBTC_SOURCE_DIR "/simulator/data/manifest.json"), &error);
    }

private Q_SLOTS:

    void init() { QVERIFY(m_sim.start(60)); }

    void stepsAreCountedAgainstTheLastSuccessfulRunsManifest()
    {
        QTemporaryDir cache;
        Models::RunArtifacts artifacts(m_sim.client.get(), cache.path());
        Models::StepSelectionPreviewer previewer(m_sim.client.get(), &artifacts);
        const auto [env, newestSuccess] = environmentWithSuccess();
        QVERIFY(env > 0 && newestSuccess > 0);

        const QStringList steps { QStringLiteral("dbt build"),
            QStringLiteral("dbt run --select stg_customers+ --exclude customers"),
            QStringLiteral("dbt deps"),
            QStringLiteral("dbt run --select 'tag:x,,y'") };
        std::optional<Models::StepSelectionPreview> got;
        previewer.preview(env, steps, this, [&](const Models::StepSelectionPreview &p) {
            got = p;
        });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY2(got->error.isEmpty(), qPrintable(got->error));
        QCOMPARE(got->manifestRunId, newestSuccess);
        QCOMPARE(got->steps.size(), 4);

        // dbt build: what the engine selects on the simulator's manifest for the same step.
        const auto manifest = simulatorManifest();
        QVERIFY(manifest);
        const auto build =
            Models::Selection::select(*manifest, Models::Selection::stepSelection(steps[0]).query);
        QVERIFY(build.ok());
        QVERIFY(build.entities.size() > 10);
        QCOMPARE(got->steps[0].total, int(build.entities.size()));
        QCOMPARE(got->steps[0].models + got->steps[0].tests + got->steps[0].seeds
                + got->steps[0].snapshots + got->steps[0].sources + got->steps[0].others,
            got->steps[0].total);
        QVERIFY(got->steps[0].summary().contains(QStringLiteral("models")));

        // A model and its children, minus one of them: the step's own --exclude is honoured,
        // and run selects models only.
        const Models::StepSelectionCount &run = got->steps[1];
        QVERIFY(run.uniqueIds.contains(QStringLiteral("model.jaffle_shop.stg_customers")));
        QVERIFY(!run.uniqueIds.contains(QStringLiteral("model.jaffle_shop.customers")));
        QCOMPARE(run.tests, 0);
        QCOMPARE(run.models, run.total);

        QVERIFY(!got->steps[2].selects); // dbt deps selects nothing
        QVERIFY(got->steps[3].error.contains(QStringLiteral("column"))); // where it went wrong

        // Editing the steps again asks nothing of the network: the parsed manifest is kept.
        const int before = m_sim.server->requestCount(QStringLiteral("/artifacts/"));
        got.reset();
        previewer.preview(
            env, { QStringLiteral("dbt test") }, this, [&](const Models::StepSelectionPreview &p) {
                got = p;
            });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY(got->steps.first().tests > 0);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/artifacts/")), before);
    }

    void aRetryRerunsTheFailedAndSkippedNodesOfTheStep()
    {
        // A failed step's run_results.json, written by hand: dbt retry takes error, fail,
        // runtime error and skipped; success and pass stay done.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run_results.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Plain literals: moc cannot read raw strings and would miss this class.
        file.write(
            "{\"metadata\": {\"dbt_schema_version\":"
            "\"https://schemas.getdbt.com/dbt/run-results/v6.json\"}, \"results\": ["
            "{\"unique_id\": \"model.jaffle_shop.stg_orders\", \"status\": \"success\"},"
            "{\"unique_id\": \"model.jaffle_shop.orders\", \"status\": \"error\"},"
            "{\"unique_id\": \"model.jaffle_shop.customers\", \"status\": \"skipped\"},"
            "{\"unique_id\": \"test.jaffle_shop.unique_orders_order_id.fed79b3a6e\", \"status\": "
            "\"fail\"},"
            "{\"unique_id\": \"test.jaffle_shop.not_null_orders_order_id.cf6c17daed\", \"status\": "
            "\"pass\"},"
            "{\"unique_id\": \"model.jaffle_shop.order_items\", \"status\": \"runtime error\"}]}");
        file.close();
        QString error;
        const auto results = Models::ArtifactIndex::load(path, &error);
        QVERIFY2(results, qPrintable(error));
        const auto manifest = simulatorManifest();
        QVERIFY(manifest);
        const Models::RetryNodes r = Models::StepSelectionPreviewer::evaluateRetry(
            *results, manifest.get(), QStringLiteral("dbt run --select orders+"));
        QCOMPARE(r.failed,
            QStringList({ QStringLiteral("model.jaffle_shop.order_items"),
                QStringLiteral("model.jaffle_shop.orders"),
                QStringLiteral("test.jaffle_shop.unique_orders_order_id.fed79b3a6e") }));
        QCOMPARE(r.skipped, QStringList { QStringLiteral("model.jaffle_shop.customers") });
        QCOMPARE(r.stepSelects, 2); // dbt run -s orders+: orders and customers
        // Without the manifest the list stands; the selection count is unknown.
        QCOMPARE(Models::StepSelectionPreviewer::evaluateRetry(
                     *results, nullptr, QStringLiteral("dbt build"))
                     .stepSelects,
            -1);
    }

    void anEnvironmentWithoutASuccessfulRunSaysSo()
    {
        QTemporaryDir cache;
        Models::RunArtifacts artifacts(m_sim.client.get(), cache.path());
        Models::StepSelectionPreviewer previewer(m_sim.client.get(), &artifacts);
        std::optional<Models::StepSelectionPreview> got;
        previewer.preview(987654321,
            { QStringLiteral("dbt build") },
            this,
            [&](const Models::StepSelectionPreview &p) {
                got = p;
            });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(got->steps.isEmpty());
        QVERIFY2(got->error.contains(QStringLiteral("No successful run")), qPrintable(got->error));
    }
};

QTEST_GUILESS_MAIN(TestStepSelection)
#include "tst_stepselection.moc"
