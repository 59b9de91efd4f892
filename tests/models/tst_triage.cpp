// SPDX-License-Identifier: GPL-3.0-or-later
// Failure triage over the real failing artifacts of the corpus: every problem result must
// become a triage row with the right unique_id, status and message (QJsonDocument is the
// independent oracle), plus the log fallback, "is it new?" and the reproduce commands.
#include "artifacts/artifactindex.h"
#include "models/common/dbtstepname.h"
#include "models/rundetail/triage.h"
#include "models/rundetail/triagehistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dbtc::Models;

namespace {

struct Row
{
    QString uniqueId, status, message;
};

// What a triage must list, read with Qt's own JSON parser: problems in file order, errors
// before warnings.
QList<Row> oracle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonArray results =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("results")).toArray();
    QList<Row> errors, warnings;
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        const QString status = r.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("error") && status != QLatin1String("fail")
            && status != QLatin1String("runtime error") && status != QLatin1String("warn")) {
            continue;
        }
        QString message = r.value(QStringLiteral("message")).toString();
        if (message.isEmpty()) {
            message = r.value(QStringLiteral("error")).toString();
        }
        (status == QLatin1String("warn") ? warnings : errors)
            .append({ r.value(QStringLiteral("unique_id")).toString(), status, message });
    }
    return errors + warnings;
}

QString dataDir(const QString &sub)
{
    return QStringLiteral(DBTC_TEST_DATA_DIR "/") + sub;
}

} // namespace

class TestTriage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_rowsMatchOracle_data();
    void corpus_rowsMatchOracle();
    void manifestContext_pathDependsOnTestsAndRelation();
    void logFallback_namesNodeAndMessage();
    void logTail_stripsAnsiAndKeepsTheEnd();
    void history_newWhenPreviousPassed();
    void history_failingSinceWithShasBetween();
    void history_neverPassedInWindow();
    void reproduceCommands_forModelTestAndSource();
    void reproduceCommands_keepTheStepsCommandAndFlags();
    void exactSelector_narrowsWhenTheNameIsShared();
    void stepCommand_fromTheStepName();
};

void TestTriage::corpus_rowsMatchOracle_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("gx_demo 1.3.4 errors")
        << dataDir(QStringLiteral("triage/dbt_gx_demo-dbt1.3.4-run_results.json")) << 3;
    QTest::newRow("jaffle 1.0.0 database error")
        << dataDir(QStringLiteral("triage/jaffle_shop-dbt1.0.0-run_results.json")) << 1;
    QTest::newRow("diy9 0.20 runtime errors")
        << dataDir(QStringLiteral("artifacts/diy9-dbt0.20.2-bigquery-failed-run/run_results.json"))
        << 4;
    QTest::newRow("nba 1.9 syntax error")
        << dataDir(QStringLiteral("artifacts/nba_dbtengine-dbt1.9.0-postgres/run_results.json"))
        << 1;
    QTest::newRow("openlineage 1.8 test failures") << dataDir(
        QStringLiteral("artifacts/openlineage-no_test_metadata-dbt1.8-snowflake/run_results.json"))
                                                   << 2;
    QTest::newRow("dbt_testing sources warn")
        << dataDir(QStringLiteral("artifacts/dbt_testing-dbt1.7.10-snowflake/sources.json")) << 1;
    QTest::newRow("diy9 sources warn")
        << dataDir(QStringLiteral("artifacts/diy9-dbt0.20.2-bigquery/sources.json")) << 1;
}

void TestTriage::corpus_rowsMatchOracle()
{
    QFETCH(QString, path);
    QFETCH(int, expectedRows);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QString error;
    const auto index = ArtifactIndex::load(path, &error);
    QVERIFY2(index, qPrintable(error));
    const QList<TriageNode> nodes = triageNodes(*index);
    const QList<Row> expected = oracle(path);
    QCOMPARE(expected.size(), expectedRows); // the fixture still is what this test is about
    QCOMPARE(nodes.size(), expected.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QCOMPARE(nodes.at(i).uniqueId, expected.at(i).uniqueId);
        QCOMPARE(nodes.at(i).status, expected.at(i).status);
        QCOMPARE(nodes.at(i).message, expected.at(i).message);
        QVERIFY(!nodes.at(i).name.isEmpty());
        QCOMPARE(nodes.at(i).resourceType, expected.at(i).uniqueId.section(QLatin1Char('.'), 0, 0));
    }
}

void TestTriage::manifestContext_pathDependsOnTestsAndRelation()
{
    // The diy9 failed run ships its manifest: its failing tests depend on the example models.
    const QString dir = dataDir(QStringLiteral("artifacts/diy9-dbt0.20.2-bigquery-failed-run"));
    QString error;
    const auto results = ArtifactIndex::load(dir + QStringLiteral("/run_results.json"), &error);
    const auto manifest = ArtifactIndex::load(dir + QStringLiteral("/manifest.json"), &error);
    QVERIFY2(results && manifest, qPrintable(error));
    const QList<TriageNode> nodes = triageNodes(*results, manifest.get());
    QVERIFY(!nodes.isEmpty());
    const TriageNode &t = nodes.first();
    QVERIFY(t.hasManifest);
    QCOMPARE(t.resourceType, QStringLiteral("test"));
    QCOMPARE(t.name, QStringLiteral("unique_my_first_dbt_model_id"));
    QVERIFY2(t.dependsOn.contains(QStringLiteral("model.my_new_project.my_first_dbt_model")),
        qPrintable(t.dependsOn.join(u',')));
    QVERIFY(t.path.endsWith(QLatin1String(".yml")) || t.path.endsWith(QLatin1String(".sql")));
    // Manifests up to v6 carry compiled SQL the run_results of 0.20 lack.
    QVERIFY(!t.compiledCode.isEmpty());

    // A model gets its relation and its tests.
    QList<TriageNode> model { TriageNode {} };
    model[0].uniqueId = QStringLiteral("model.my_new_project.my_first_dbt_model");
    addManifestContext(model, *manifest);
    QVERIFY(model[0].hasManifest);
    QVERIFY(model[0].relationName.endsWith(QLatin1String(".my_first_dbt_model")));
    QVERIFY(model[0].tests.size() >= 2);
}

void TestTriage::logFallback_namesNodeAndMessage()
{
    const QString log = QStringLiteral(
        "12:00:01  1 of 3 START sql table model prod.orders .... [RUN]\n"
        "12:00:02  1 of 3 ERROR creating sql table model prod.orders [ERROR in 0.08s]\n"
        "\n"
        "12:00:03  Completed with 1 error and 0 warnings:\n"
        "12:00:03  \n"
        "12:00:03  \x1b[31mFailure in model orders (models/marts/orders.sql)\x1b[0m\n"
        "12:00:03    Database Error\n"
        "12:00:03    column \"amount\" does not exist\n"
        "12:00:03  \n"
        "12:00:03  Done. PASS=2 WARN=0 ERROR=1 SKIP=0 TOTAL=3\n");
    const QList<TriageNode> nodes = nodesFromLog(log);
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first().name, QStringLiteral("orders"));
    QCOMPARE(nodes.first().resourceType, QStringLiteral("model"));
    QCOMPARE(nodes.first().status, QStringLiteral("fail"));
    QCOMPARE(nodes.first().path, QStringLiteral("models/marts/orders.sql"));
    QVERIFY(nodes.first().message.contains(QLatin1String("column \"amount\" does not exist")));
    QVERIFY(!nodes.first().message.contains(QLatin1Char('\x1b')));
    QVERIFY(nodesFromLog(QStringLiteral("Cloning into 'x'...\nfatal: could not read Username\n"))
                .isEmpty());
}

void TestTriage::logTail_stripsAnsiAndKeepsTheEnd()
{
    QStringList lines;
    for (int i = 1; i <= 80; ++i) {
        lines << QStringLiteral("\x1b[32mline %1\x1b[0m").arg(i);
    }
    const QString tail = logTail(lines.join(u'\n') + QStringLiteral("\n\n"), 50);
    const QStringList out = tail.split(u'\n');
    QCOMPARE(out.size(), 50);
    QCOMPARE(out.first(), QStringLiteral("line 31"));
    QCOMPARE(out.last(), QStringLiteral("line 80"));
}

void TestTriage::history_newWhenPreviousPassed()
{
    const QList<NodeRunStatus> runs {
        { 100, QStringLiteral("bbbbbbb111"), {}, QStringLiteral("success"), false },
        { 99, QStringLiteral("aaaaaaa000"), {}, QStringLiteral("error"), false }
    };
    NodeHistory h = historyFrom(runs, QStringLiteral("ccccccc222"));
    h.complete = true;
    QCOMPARE(h.lastSuccess, 0);
    QCOMPARE(h.firstFailure, -1);
    QCOMPARE(h.shasBetween,
        (QStringList { QStringLiteral("bbbbbbb111"), QStringLiteral("ccccccc222") }));
    const QString s = h.summary(101, QStringLiteral("ccccccc222"));
    QVERIFY2(s.startsWith(QLatin1String("New in this run")), qPrintable(s));
    QVERIFY2(s.contains(QLatin1String("run 100")), qPrintable(s));
}

void TestTriage::history_failingSinceWithShasBetween()
{
    // Newest first: 105 fail, 104 no results, 103 error (first failure), 102 pass.
    const QList<NodeRunStatus> runs {
        { 105, QStringLiteral("sha5"), {}, QStringLiteral("fail"), false },
        { 104, QStringLiteral("sha4"), {}, QString(), true },
        { 103, QStringLiteral("sha3"), {}, QStringLiteral("error"), false },
        { 102, QStringLiteral("sha2"), {}, QStringLiteral("pass"), false },
        { 101, QStringLiteral("sha1"), {}, QStringLiteral("error"), false }
    };
    NodeHistory h = historyFrom(runs, QStringLiteral("sha6"));
    QCOMPARE(h.lastSuccess, 3);
    QCOMPARE(h.firstFailure, 2);
    QCOMPARE(h.shasBetween, (QStringList { QStringLiteral("sha2"), QStringLiteral("sha3") }));
    const QString s = h.summary(106, QStringLiteral("sha6"));
    QVERIFY2(
        s.contains(QLatin1String("Failing since run 103")) && s.contains(QLatin1String("run 102")),
        qPrintable(s));
}

void TestTriage::history_neverPassedInWindow()
{
    const QList<NodeRunStatus> runs {
        { 5, QStringLiteral("s5"), {}, QStringLiteral("error"), false },
        { 4, QStringLiteral("s4"), {}, QStringLiteral("error"), false }
    };
    NodeHistory h = historyFrom(runs, {});
    h.complete = true;
    QCOMPARE(h.lastSuccess, -1);
    QCOMPARE(h.firstFailure, 1);
    QVERIFY(h.shasBetween.isEmpty());
    QVERIFY(h.summary(6, {}).startsWith(QLatin1String("Failing in every earlier run")));
}

void TestTriage::reproduceCommands_forModelTestAndSource()
{
    TriageNode model;
    model.uniqueId = QStringLiteral("model.jaffle_shop.orders");
    model.name = QStringLiteral("orders");
    model.resourceType = QStringLiteral("model");
    QCOMPARE(reproduceCommands(model),
        (QStringList { QStringLiteral("dbt build -s orders"),
            QStringLiteral("dbt build -s +orders"),
            QStringLiteral("dbt build -s orders+"),
            QStringLiteral("dbt build -s +orders+") }));
    model.path = QStringLiteral("models/marts/orders.sql");
    QCOMPARE(compiledArtifactPath(model),
        QStringLiteral("compiled/jaffle_shop/models/marts/orders.sql"));

    TriageNode test;
    test.uniqueId = QStringLiteral("test.jaffle_shop.unique_orders_order_id.fed79b3a6e");
    test.resourceType = QStringLiteral("test");
    QCOMPARE(nodeNameFromId(test.uniqueId), QStringLiteral("unique_orders_order_id"));
    QCOMPARE(
        reproduceCommands(test).first(), QStringLiteral("dbt build -s unique_orders_order_id"));

    TriageNode source;
    source.uniqueId = QStringLiteral("source.jaffle_shop.ecom.raw_orders");
    source.name = QStringLiteral("raw_orders");
    source.resourceType = QStringLiteral("source");
    QCOMPARE(reproduceCommands(source).first(),
        QStringLiteral("dbt source freshness -s source:ecom.raw_orders"));
}

static std::shared_ptr<const ArtifactIndex> simulatorManifest()
{
    QString error;
    auto index =
        ArtifactIndex::load(dataDir(QStringLiteral("../../simulator/data/manifest.json")), &error);
    if (!index) {
        qWarning("%s", qPrintable(error));
    }
    return index;
}

static TriageNode failedNode(const QString &uniqueId, const QString &stepCommand)
{
    TriageNode n;
    n.uniqueId = uniqueId;
    n.name = nodeNameFromId(uniqueId);
    n.resourceType = uniqueId.section(QLatin1Char('.'), 0, 0);
    n.status = QStringLiteral("error");
    n.stepCommand = stepCommand;
    return n;
}

void TestTriage::reproduceCommands_keepTheStepsCommandAndFlags()
{
    const auto manifest = simulatorManifest();
    QVERIFY(manifest);
    // The step selected by tag and ran with flags: the reproduction selects the failing node
    // instead, and keeps the command (build) and every other flag, quoted for a shell.
    const QString step =
        QStringLiteral("dbt build -s tag:nightly+ --full-refresh --vars '{backfill: true}' "
                       "--target prod");
    QList<TriageNode> nodes { failedNode(QStringLiteral("model.jaffle_shop.orders"), step) };
    addManifestContext(nodes, *manifest);
    // jaffle_shop also has semantic_model.jaffle_shop.orders and metric.jaffle_shop.orders
    // with the same fqn, but dbt build builds neither: the name alone is exact.
    QCOMPARE(nodes[0].selector, QStringLiteral("orders"));
    QCOMPARE(reproduceCommands(nodes[0]),
        (QStringList {
            QStringLiteral(
                "dbt build -s orders --full-refresh --vars '{backfill: true}' --target prod"),
            QStringLiteral(
                "dbt build -s +orders --full-refresh --vars '{backfill: true}' --target prod"),
            QStringLiteral(
                "dbt build -s orders+ --full-refresh --vars '{backfill: true}' --target prod"),
            QStringLiteral(
                "dbt build -s +orders+ --full-refresh --vars '{backfill: true}' --target prod"),
            step }));

    // dbt run with --exclude and a global flag: the exclusion goes, the rest stays.
    TriageNode run = failedNode(QStringLiteral("model.jaffle_shop.stg_orders"),
        QStringLiteral("dbt --debug run --select staging --exclude stg_customers --threads 4"));
    QCOMPARE(reproduceCommands(run).first(),
        QStringLiteral("dbt --debug run -s stg_orders --threads 4"));

    // A failing test in a test step: dbt test and its indirect selection mode are kept.
    TriageNode test =
        failedNode(QStringLiteral("test.jaffle_shop.unique_orders_order_id.fed79b3a6e"),
            QStringLiteral("dbt test --select marts --indirect-selection cautious"));
    QCOMPARE(reproduceCommands(test).first(),
        QStringLiteral("dbt test -s unique_orders_order_id --indirect-selection cautious"));

    // A source freshness step keeps its sub-command; a step that is not dbt's changes nothing.
    TriageNode source = failedNode(QStringLiteral("source.jaffle_shop.ecom.raw_orders"),
        QStringLiteral("dbt source freshness --target prod"));
    source.resourceType = QStringLiteral("source");
    QCOMPARE(reproduceCommands(source).first(),
        QStringLiteral("dbt source freshness -s source:ecom.raw_orders --target prod"));
    TriageNode unknown =
        failedNode(QStringLiteral("model.jaffle_shop.orders"), QStringLiteral("dbt deps"));
    QCOMPARE(reproduceCommands(unknown).first(), QStringLiteral("dbt build -s orders"));
}

void TestTriage::exactSelector_narrowsWhenTheNameIsShared()
{
    const auto manifest = simulatorManifest();
    QVERIFY(manifest);
    const TriageNode orders = failedNode(QStringLiteral("model.jaffle_shop.orders"), {});
    // Among every resource type, `orders` (and its fqn) also selects the semantic model and
    // the metric of that name; the model's own file tells them apart (they live in yml).
    QCOMPARE(exactSelector(*manifest, orders, {}), QStringLiteral("path:models/marts/orders.sql"));
    TriageNode listed = orders;
    listed.stepCommand = QStringLiteral("dbt ls");
    QList<TriageNode> nodes { listed };
    addManifestContext(nodes, *manifest);
    QCOMPARE(reproduceCommands(nodes[0]).first(),
        QStringLiteral("dbt ls -s path:models/marts/orders.sql"));
    QCOMPARE(
        exactSelector(*manifest, orders, { QStringLiteral("model") }), QStringLiteral("orders"));
    // raw_customers is both a seed and a source table, but the fqn method never matches
    // sources (dbt-core searches non_source_nodes): the seed's name alone is exact everywhere.
    const TriageNode seed = failedNode(QStringLiteral("seed.jaffle_shop.raw_customers"), {});
    QCOMPARE(exactSelector(*manifest, seed, { QStringLiteral("seed") }),
        QStringLiteral("raw_customers"));
    QCOMPARE(exactSelector(*manifest, seed, {}), QStringLiteral("raw_customers"));
    QVERIFY(exactSelector(*manifest, failedNode(QStringLiteral("model.x.gone"), {}), {}).isEmpty());
}

void TestTriage::stepCommand_fromTheStepName()
{
    QCOMPARE(dbtCommandOfStep(QStringLiteral("Invoke dbt with `dbt build -s tag:nightly+`")),
        QStringLiteral("dbt build -s tag:nightly+"));
    QVERIFY(dbtCommandOfStep(QStringLiteral("Clone git repository")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
