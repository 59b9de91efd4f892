// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactindex.h"
#include "models/artifacts/freshnessmodel.h"
#include "models/artifacts/resultstablemodel.h"
#include "models/common/timetext.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
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

} // namespace

class TestResultsTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void rows_onlyRunResults();
    void problemsOnly_filtersFailures();
    void sort_byTimeAndStatus();
    void freshness_rowsAndAges();
};

void TestResultsTableModel::rows_onlyRunResults()
{
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // run_results.json (5 results) and sources.json (freshness) in one folder
    model.setIndex(loadData(QStringLiteral("dbt_testing-dbt1.7.10-snowflake")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.problemCount(), 0);
    const QModelIndex status = model.index(0, ResultsTableModel::StatusColumn);
    // the status as dbt wrote it; glyph and colour are the view's (ui/widgets/statusstyle)
    QCOMPARE(status.data().toString(), QStringLiteral("success"));
    QVERIFY(!status.data(Qt::ForegroundRole).isValid());
    model.setIndex(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsTableModel::problemsOnly_filtersFailures()
{
    ResultsTableModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(loadData(QStringLiteral("openlineage-duckdb-dbt1.8.9-duckdb")));
    const int all = proxy.rowCount();
    QVERIFY(all > 0);
    proxy.setProblemsOnly(true);
    QCOMPARE(proxy.rowCount(), model.problemCount());
    model.setIndex(loadData(QStringLiteral("diy9-dbt0.20.2-bigquery-failed-run")));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(proxy.rowCount(), 4); // all four tests errored
    for (int r = 0; r < proxy.rowCount(); ++r) {
        QVERIFY(proxy.index(r, 0).data(ResultsTableModel::IsProblemRole).toBool());
    }
    proxy.setText(QStringLiteral("second_dbt_model"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText({});
    proxy.setProblemsOnly(false);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestResultsTableModel::sort_byTimeAndStatus()
{
    ResultsTableModel model;
    ResultsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(loadData(QStringLiteral("jaffle_shop-dbt0.21.0-bigquery")));
    QVERIFY(proxy.rowCount() > 2);
    proxy.sort(ResultsTableModel::TimeColumn, Qt::DescendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        QVERIFY(proxy.index(r - 1, ResultsTableModel::TimeColumn)
                    .data(ResultsTableModel::SortRole)
                    .toDouble()
            >= proxy.index(r, ResultsTableModel::TimeColumn)
                   .data(ResultsTableModel::SortRole)
                   .toDouble());
    }
}

void TestResultsTableModel::freshness_rowsAndAges()
{
    FreshnessModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(loadData(QStringLiteral("dbt_gx_demo-dbt1.3.4-snowflake/sources.json")));
    QVERIFY(model.rowCount() > 0);
    const QString source = model.index(0, FreshnessModel::SourceColumn).data().toString();
    QVERIFY2(!source.startsWith(u"source."), qPrintable(source)); // shortened to source.table
    QVERIFY(!model.index(0, FreshnessModel::StatusColumn).data().toString().isEmpty());
    // ages read like every other duration in the app (models/common/timetext)
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString age = model.index(row, FreshnessModel::AgeColumn).data().toString();
        QVERIFY2(age.isEmpty()
                || QRegularExpression(QStringLiteral("^\\d+[dhms]( \\d+[hms])?$"))
                       .match(age)
                       .hasMatch(),
            qPrintable(age));
    }
    QCOMPARE(executionTimeText(0.4242), QStringLiteral("0.42 s"));
    QCOMPARE(executionTimeText(12.34), QStringLiteral("12.3 s"));
    QCOMPARE(executionTimeText(185), QStringLiteral("3m 05s"));
    ResultsTableModel results;
    results.setIndex(loadData(QStringLiteral("dbt_gx_demo-dbt1.3.4-snowflake/sources.json")));
    QCOMPARE(results.rowCount(), 0); // freshness checks are not run results
}

QTEST_GUILESS_MAIN(TestResultsTableModel)
#include "tst_resultstablemodel.moc"
