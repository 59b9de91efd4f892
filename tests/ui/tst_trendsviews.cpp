// SPDX-License-Identifier: GPL-3.0-or-later
// The trends room's views over a history seeded through HistoryStore: the job trend's chart
// (a click on a run's point asks for that run, the summary says p50/p90/success/queue), the
// model performance tables (rankings, sparklines, node and run links), the timing chart's
// critical path and grouping; each grabbed in the light and the dark theme.
#include "../models/historywait.h"
#include "models/history/historystore.h"
#include "models/history/jobtrend.h"
#include "models/history/modelperformance.h"
#include "models/rundetail/timingdata.h"
#include "themeshots.h"
#include "ui/rundetail/timingchart.h"
#include "ui/trends/jobtrendview.h"
#include "ui/trends/modelperformanceview.h"
#include "ui/trends/sparklinedelegate.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

//! A list of Latin-1 literals (QT_NO_CAST_FROM_ASCII: no implicit const char * -> QString).
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items) {
        out << QLatin1String(item);
    }
    return out;
}

const QString kConnection = QStringLiteral("c1");

//! 40 nightly runs of job 7: about 20 minutes, a slow spell near the end, four failures.
void seed(HistoryStore &store)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 40; ++i) {
        HistoryRun r;
        r.connectionId = kConnection;
        r.runId = 9000 + i;
        r.accountId = 1;
        r.projectId = 2;
        r.environmentId = 3;
        r.jobId = 7;
        r.status = (i % 10 == 0) ? 20 : 10;
        r.durationSeconds = 1100 + (i * 37) % 200 + (i > 34 ? 900 : 0);
        r.queuedSeconds = 5 + i % 9;
        r.finishedAt = now.addDays(i - 41);
        r.startedAt = r.finishedAt.addSecs(-r.durationSeconds);
        r.createdAt = r.startedAt.addSecs(-r.queuedSeconds);
        store.recordRun(r);
        QList<HistoryNodeResult> results;
        for (int n = 0; n < 14; ++n) {
            const bool fail = n == 3 && i % 5 == 0;
            results.append({ QStringLiteral("model.shop.%1")
                                 .arg(strings({ "orders",
                                                  "customers",
                                                  "payments",
                                                  "stg_orders",
                                                  "stg_customers",
                                                  "stg_payments",
                                                  "fct_revenue",
                                                  "dim_dates",
                                                  "int_sessions",
                                                  "fct_sessions",
                                                  "dim_products",
                                                  "stg_products",
                                                  "int_orders",
                                                  "fct_orders_daily" })
                                          .at(n)),
                fail ? QStringLiteral("error") : QStringLiteral("success"),
                1.0 + n * 2.5 + (n == 6 ? i * 0.8 : 0),
                fail ? QStringLiteral("boom") : QString() });
        }
        store.recordResults(kConnection, r.runId, 4, ResultsOutcome::Read, results);
    }
}

TimingData shopTiming()
{
    // Two threads; b -> d -> g is the critical path (worked out in tst_criticalpath).
    TimingData data;

    const struct
    {
        const char *name, *thread, *folder;
        qint64 start, end;
    } specs[] = {
        { "stg_orders", "Thread-1", "models/staging", 0, 10000 },
        { "stg_payments", "Thread-2", "models/staging", 0, 30000 },
        { "int_orders", "Thread-1", "models/intermediate", 10000, 20000 },
        { "fct_orders", "Thread-1", "models/marts", 30000, 60000 },
        { "int_payments", "Thread-2", "models/intermediate", 30000, 40000 },
        { "dim_payments", "Thread-2", "models/marts", 40000, 50000 },
        { "orders_report", "Thread-1", "models/marts", 60000, 70000 },
    };

    for (const auto &s : specs) {
        NodeTiming n;
        n.uniqueId = QStringLiteral("model.shop.%1").arg(QLatin1String(s.name));
        n.name = QLatin1String(s.name);
        n.resourceType = QStringLiteral("model");
        n.status = QStringLiteral("success");
        n.thread = QLatin1String(s.thread);
        n.startMs = s.start;
        n.endMs = s.end;
        n.seconds = double(s.end - s.start) / 1000;
        data.nodes.append(n);
        data.folders.insert(n.uniqueId, QLatin1String(s.folder));
    }
    data.threads = { QStringLiteral("Thread-1"), QStringLiteral("Thread-2") };
    data.spanMs = 70000;
    data.begin = QDateTime::currentDateTimeUtc();
    const auto id = [](const char *name) {
        return QStringLiteral("model.shop.%1").arg(QLatin1String(name));
    };
    data.dependsOn.insert(id("int_orders"), { id("stg_orders") });
    data.dependsOn.insert(id("fct_orders"), { id("stg_payments"), id("int_orders") });
    data.dependsOn.insert(id("int_payments"), { id("int_orders") });
    data.dependsOn.insert(id("dim_payments"), { id("int_payments") });
    data.dependsOn.insert(id("orders_report"), { id("fct_orders") });
    data.critical = criticalPathOf(data, data.dependsOn);
    data.concurrency = peakConcurrency(data);
    return data;
}

} // namespace

class TestTrendsViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;

private Q_SLOTS:

    void initTestCase()
    {
        m_store = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("h.sqlite")));
        seed(*m_store);
    }

    void jobTrendChart()
    {
        const JobTrend trend = waitFor<JobTrend>([&](auto done) {
            readJobTrend(*m_store, kConnection, 7, 50, done);
        });
        QCOMPARE(trend.points.size(), 40);
        Ui::JobTrendView view;
        view.resize(1000, 560);
        view.setTitle(QStringLiteral("Nightly build"));
        view.setTrend(trend);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The summary a user reads: 40 runs, 4 of the slow spell above p90 (2046.7 s: the
        // interpolation between 2043 and 2080), 4 failures of 40.
        const QString summary = view.summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("40 run")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("4 above p90")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Success rate 90 %")), qPrintable(summary));
        QCOMPARE(trend.aboveP90Count(), 4);
        // A click on the newest (slow) run's point asks for that run.
        QSignalSpy open(&view, &Ui::JobTrendView::openRunRequested);
        const QPoint at = view.pointOf(9040);
        QVERIFY(!at.isNull());
        QTest::mouseClick(view.chartView()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), 9040);
        Test::grabThemes(&view, QStringLiteral("trends"));
    }

    void jobTrendEmpty()
    {
        Ui::JobTrendView view;
        view.setTrend({});
        QVERIFY(view.summary()->text().contains(QStringLiteral("No finished runs")));
    }

    void modelPerformanceTables()
    {
        const ModelPerformance perf = waitFor<ModelPerformance>([&](auto done) {
            readModelPerformance(*m_store, kConnection, 3, 30, done);
        });
        QCOMPARE(perf.nodeCount, 14);
        Ui::ModelPerformanceView view;
        view.resize(1200, 720);
        view.setTitle(QStringLiteral("Production"));
        view.setPerformance(perf);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableWidget *slowest = view.table(Ui::ModelPerformanceView::Slowest);
        QCOMPARE(slowest->rowCount(), ModelPerformance::TopCount);
        QCOMPARE(slowest->item(0, 0)->text(), QStringLiteral("fct_revenue")); // grows to 40 s
        QCOMPARE(view.table(Ui::ModelPerformanceView::FastestGrowing)->item(0, 0)->text(),
            QStringLiteral("fct_revenue"));
        QCOMPARE(view.table(Ui::ModelPerformanceView::MostFailing)->rowCount(), 1);
        QCOMPARE(view.table(Ui::ModelPerformanceView::MostFailing)->item(0, 0)->text(),
            QStringLiteral("stg_orders"));
        QCOMPARE(slowest->item(0, 2)->data(Ui::SparklineDelegate::SparklineRole).toList().size(),
            ModelPerformance::Slices);
        QSignalSpy node(&view, &Ui::ModelPerformanceView::nodePageRequested);
        QSignalSpy run(&view, &Ui::ModelPerformanceView::openRunRequested);
        Q_EMIT slowest->cellActivated(0, 0);
        QCOMPARE(node.count(), 1);
        QCOMPARE(node.first().at(0).toString(), QStringLiteral("model.shop.fct_revenue"));
        QCOMPARE(node.first().at(1).toLongLong(), 9040);
        QCOMPARE(node.first().at(2).toInt(), 4);
        Q_EMIT slowest->cellActivated(0, 3);
        QCOMPARE(run.count(), 1);
        QCOMPARE(run.first().at(0).toLongLong(), 9040);
        QSignalSpy days(&view, &Ui::ModelPerformanceView::daysChanged);
        view.setDays(90);
        QCOMPARE(days.count(), 1);
        QCOMPARE(days.first().at(0).toInt(), 90);
        view.setDays(30);
        Test::grabThemes(&view, QStringLiteral("model-performance"));
    }

    void timingCriticalPath()
    {
        Ui::TimingChart chart;
        chart.resize(1000, 520);
        const TimingData data = shopTiming();
        chart.setData(data);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(data.critical.nodes.size(), 3);
        const QString summary = chart.summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("Critical path")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("depends_on")));
        QVERIFY(summary.contains(QStringLiteral("At most 2 ran at once on 2 thread")));
        QCOMPARE(chart.gantt()->lanes().size(), 2);
        chart.groupingBox()->setCurrentIndex(1); // by folder
        QCOMPARE(chart.gantt()->lanes(),
            strings({ "models/intermediate", "models/marts", "models/staging" }));
        chart.groupingBox()->setCurrentIndex(0);
        Test::grabThemes(&chart, QStringLiteral("critical-path"));
    }
};

QTEST_MAIN(TestTrendsViews)
#include "tst_trendsviews.moc"
