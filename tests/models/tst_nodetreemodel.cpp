// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactindex.h"
#include "models/artifacts/nodetreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Dbtc::Models;

namespace {

std::shared_ptr<const ArtifactIndex> loadData(const QString &relative)
{
    QString error;
    auto index =
        ArtifactIndex::load(QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/") + relative, &error);
    if (!index) {
        qWarning("%s", qPrintable(error));
    }
    return index;
}

QModelIndex childNamed(
    const QAbstractItemModel &m, const QModelIndex &parent, const QString &prefix)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        if (i.data().toString().startsWith(prefix)) {
            return i;
        }
    }
    return {};
}

QStringList leafIds(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        const QString id = i.data(NodeTreeModel::UniqueIdRole).toString();
        if (!id.isEmpty()) {
            out.append(id);
        }
        out += leafIds(m, i);
    }
    return out;
}

} // namespace

class TestNodeTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void tree_typePackageFolder();
    void filter_textTagMaterializationPath_data();
    void filter_textTagMaterializationPath();
    void filter_status();
    void parse_keysAndFreeText();
    void indexForEntity_roundTrips();
};

void TestNodeTreeModel::tree_typePackageFolder()
{
    NodeTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json")));
    // models first, then seeds, then tests; macros hidden by default
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Models  (6)"));
    QVERIFY(!childNamed(model, {}, QStringLiteral("Macros")).isValid());
    const QModelIndex pkg = childNamed(model, model.index(0, 0), QStringLiteral("jaffle_shop"));
    QVERIFY(pkg.isValid());
    const QModelIndex modelsDir = childNamed(model, pkg, QStringLiteral("models"));
    QVERIFY(modelsDir.isValid());
    // folders come before the files next to them: staging, then customers, orders, ...
    QCOMPARE(model.index(0, 0, modelsDir).data().toString(), QStringLiteral("staging  (3)"));
    QCOMPARE(model.index(1, 0, modelsDir).data().toString(), QStringLiteral("customers"));
    QCOMPARE(model.index(1, NodeTreeModel::MaterializedColumn, modelsDir).data().toString(),
        QStringLiteral("table"));
    const QModelIndex staging = model.index(0, 0, modelsDir);
    QCOMPARE(model.index(0, 0, staging).data(NodeTreeModel::UniqueIdRole).toString(),
        QStringLiteral("model.jaffle_shop.stg_customers"));
    QCOMPARE(model.matchCount(), 29);
}

void TestNodeTreeModel::filter_textTagMaterializationPath_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << QStringLiteral("type:model stg_pay")
                          << QStringList { QStringLiteral("model.jaffle_shop.stg_payments") };
    QTest::newRow("tag") << QStringLiteral("tag:LIGHTDASH")
                         << QStringList { QStringLiteral("model.jaffle_shop.customers"),
                                QStringLiteral("model.jaffle_shop.orders"),
                                QStringLiteral("model.jaffle_shop.test_lightdash") };
    QTest::newRow("mat+text") << QStringLiteral("mat:view orders")
                              << QStringList { QStringLiteral("model.jaffle_shop.stg_orders") };
    QTest::newRow("type+path") << QStringLiteral("type:seeds path:raw_pay")
                               << QStringList { QStringLiteral("seed.jaffle_shop.raw_payments") };
    // a name search also finds the tests whose unique_id names the model
    QTest::newRow("name, all types")
        << QStringLiteral("stg_payments_payment_method")
        << QStringList { QStringLiteral(
               "test.jaffle_shop.accepted_values_stg_payments_payment_method__credit_card__coupon__"
               "bank_transfer__gift_card.3c3820f278") };
    QTest::newRow("nothing") << QStringLiteral("no_such_node_anywhere") << QStringList {};
}

void TestNodeTreeModel::filter_textTagMaterializationPath()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    NodeTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json")));
    model.setFilter(NodeFilter::parse(query));
    QStringList ids = leafIds(model);
    ids.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(model.matchCount(), expected.size());
    model.setFilter({});
    QCOMPARE(model.matchCount(), 29);
}

void TestNodeTreeModel::filter_status()
{
    NodeTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(loadData(QStringLiteral("diy9-dbt0.20.2-bigquery-failed-run")));
    model.setFilter(NodeFilter::parse(QStringLiteral("status:error")));
    const QStringList errors = leafIds(model);
    QCOMPARE(errors.size(), 4);
    for (const QString &id : errors) {
        QVERIFY2(id.startsWith(u"test."), qPrintable(id));
    }
    model.setFilter(NodeFilter::parse(QStringLiteral("status:problem first")));
    QCOMPARE(leafIds(model).size(), 2); // the two tests on my_first_dbt_model
    model.setFilter(NodeFilter::parse(QStringLiteral("status:none")));
    QCOMPARE(leafIds(model).size(), 2); // the two models did not run
}

void TestNodeTreeModel::parse_keysAndFreeText()
{
    const NodeFilter f = NodeFilter::parse(QStringLiteral(
        "orders tag:nightly mat:table status:runtime_error type:model path:marts pkg:jaffle x:y"));
    QCOMPARE(f.text, QStringLiteral("orders x:y"));
    QCOMPARE(f.tag, QStringLiteral("nightly"));
    QCOMPARE(f.materialized, QStringLiteral("table"));
    QCOMPARE(f.status, QStringLiteral("runtime_error"));
    QCOMPARE(f.path, QStringLiteral("marts"));
    QCOMPARE(f.package, QStringLiteral("jaffle"));
    QCOMPARE(f.type, std::optional<ResourceType>(ResourceType::Model));
    QVERIFY(NodeFilter::parse(QStringLiteral("  ")).isEmpty());
    QCOMPARE(resourceTypeFromFilterName(QStringLiteral("saved_queries")),
        std::optional<ResourceType>(ResourceType::SavedQuery));
}

void TestNodeTreeModel::indexForEntity_roundTrips()
{
    NodeTreeModel model;
    auto index = loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json"));
    model.setIndex(index);
    const int orders = index->findEntity("model.jaffle_shop.orders");
    QVERIFY(orders >= 0);
    const QModelIndex row = model.indexForEntity(std::uint32_t(orders));
    QVERIFY(row.isValid());
    QCOMPARE(model.entityAt(row), orders);
    QCOMPARE(row.data().toString(), QStringLiteral("orders"));
    model.setFilter(NodeFilter::parse(QStringLiteral("customers")));
    QVERIFY(!model.indexForEntity(std::uint32_t(orders)).isValid());
}

QTEST_GUILESS_MAIN(TestNodeTreeModel)
#include "tst_nodetreemodel.moc"
