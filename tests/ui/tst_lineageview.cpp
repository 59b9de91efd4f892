// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactindex.h"
#include "themeshots.h"
#include "ui/artifacts/artifactbrowser.h"
#include "ui/artifacts/lineagecanvas.h"
#include "ui/artifacts/lineageview.h"
#include "ui/artifacts/nodepage.h"
#include "ui/artifacts/selectionbar.h"

#include <QComboBox>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;

namespace {

std::shared_ptr<const Models::ArtifactIndex> loadData(const QString &relative)
{
    QString error;
    auto index = Models::ArtifactIndex::load(
        QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/") + relative, &error);
    if (!index) {
        qWarning("%s", qPrintable(error));
    }
    return index;
}

//! A fan-in of \a parents models into one: a lineage too big to draw node by node.
std::shared_ptr<const Models::ArtifactIndex> bigFanIn(int parents)
{
    QByteArray json = QByteArrayLiteral("{\"metadata\": {\"dbt_schema_version\": "
                                        "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"},"
                                        "\"nodes\": {");
    QByteArray deps;
    for (int i = 0; i < parents; ++i) {
        json += "\"model.p.m" + QByteArray::number(i) + "\": {\"name\": \"m" + QByteArray::number(i)
            + "\", \"resource_type\": \"model\", \"original_file_path\": \"models/m.sql\"},";
        deps += (i ? ",\"" : "\"") + QByteArrayLiteral("model.p.m") + QByteArray::number(i) + '"';
    }
    json += "\"model.p.hub\": {\"name\": \"hub\", \"resource_type\": \"model\", \"depends_on\": "
            "{\"nodes\": ["
        + deps + "]}}}}";
    auto index = std::make_shared<Models::ArtifactIndex>();
    QString error;
    if (!index->addBuffer(json, QStringLiteral("manifest.json"), &error)) {
        qWarning("%s", qPrintable(error));
    }
    index->finalize();
    return index;
}

} // namespace

class TestLineageView final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void click_navigates();
    void depthAndTests_changeGraph();
    void selectAndExclude_narrowTheLineage();
    void fitAndZoom();
    void export_pngAndSvg();
    void bigGraph_paintsAndHitTests();
    void browser_clickKeepsGraphAndShowsNode();
    void screenshot();
};

void TestLineageView::click_navigates()
{
    Ui::LineageView view;
    view.resize(1100, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto index = loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json"));
    view.setIndex(index);
    const int orders = index->findEntity("model.jaffle_shop.orders");
    const int stg = index->findEntity("model.jaffle_shop.stg_orders");
    view.setFocusEntity(orders);
    QSignalSpy activated(&view, &Ui::LineageView::nodeActivated);
    const QRect rect = view.canvas()->nodeRect(std::uint32_t(stg));
    QVERIFY(!rect.isNull());
    QVERIFY2(view.canvas()->rect().contains(rect), "the direct parent is on screen");
    QCOMPARE(view.canvas()->entityAt(rect.center()), stg);
    QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("model.jaffle_shop.stg_orders"));
    QCOMPARE(view.focusEntity(), stg);
    QCOMPARE(view.canvas()->layout().nodes.front(), std::uint32_t(stg)); // refocused
    // a click on empty canvas does nothing
    QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(activated.count(), 1);
}

void TestLineageView::depthAndTests_changeGraph()
{
    Ui::LineageView view;
    auto index = loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json"));
    view.setIndex(index);
    const int customers = index->findEntity("model.jaffle_shop.customers");
    view.setFocusEntity(customers);
    const int defaultCount = view.canvas()->nodeCount();
    view.setDepth(1, 0); // customers <- stg_customers, stg_orders, stg_payments
    QCOMPARE(view.canvas()->nodeCount(), 4);
    view.setDepth(-1, -1);
    QVERIFY(view.canvas()->nodeCount() >= defaultCount);
    const int withoutTests = view.canvas()->nodeCount();
    view.setShowTests(true);
    QVERIFY(view.canvas()->nodeCount() > withoutTests);
    view.setFocusEntity(-1);
    QCOMPARE(view.canvas()->nodeCount(), 0);
}

void TestLineageView::selectAndExclude_narrowTheLineage()
{
    Ui::LineageView view;
    auto index = loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json"));
    view.setIndex(index);
    view.setFocusEntity(index->findEntity("model.jaffle_shop.customers"));
    // customers <- stg_customers, stg_orders, stg_payments <- raw_customers, raw_orders,
    // raw_payments (seeds): 7 nodes upstream of it, itself included.
    view.setDepth(-1, 0);
    QCOMPARE(view.canvas()->nodeCount(), 7);
    Ui::SelectionBar *bar = view.selectionBar();
    bar->excludeBox()->setEditText(QStringLiteral("stg_orders"));
    QVERIFY(bar->apply());
    QCOMPARE(view.canvas()->nodeCount(), 5); // stg_orders and raw_orders, reached only through it
    bar->excludeBox()->setEditText(QString());
    bar->selectBox()->setEditText(QStringLiteral("resource_type:model"));
    QVERIFY(bar->apply());
    QCOMPARE(view.canvas()->nodeCount(), 4); // the seeds go
    // A malformed expression changes nothing and says where it went wrong.
    bar->selectBox()->setEditText(QStringLiteral("tag:x,,y"));
    QVERIFY(!bar->apply());
    QVERIFY(bar->errorText().contains(QStringLiteral("column")));
    QCOMPARE(view.canvas()->nodeCount(), 4);
    bar->clear();
    QCOMPARE(view.canvas()->nodeCount(), 7);
}

void TestLineageView::fitAndZoom()
{
    Ui::LineageView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto index = loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json"));
    view.setIndex(index);
    view.setShowTests(true);
    view.setDepth(-1, -1);
    view.setFocusEntity(index->findEntity("model.jaffle_shop.stg_orders"));
    auto *canvas = view.canvas();
    canvas->fitToView();
    for (std::uint32_t e : canvas->layout().nodes) {
        QVERIFY(canvas->rect().contains(canvas->nodeRect(e)));
    }
    const qreal fitted = canvas->zoom();
    const QRect before = canvas->nodeRect(canvas->layout().nodes.front());
    canvas->zoomBy(2);
    QCOMPARE(canvas->zoom(), fitted * 2);
    QVERIFY(
        qAbs(canvas->nodeRect(canvas->layout().nodes.front()).width() - before.width() * 2) <= 2);
}

void TestLineageView::export_pngAndSvg()
{
    Ui::LineageView view;
    auto index = loadData(QStringLiteral("jaffle_shop-dbt1.6.0-bigquery/manifest.json"));
    view.setIndex(index);
    view.setFocusEntity(index->findEntity("model.jaffle_shop.orders"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("g.png"));
    const QString svg = dir.filePath(QStringLiteral("g.svg"));
    QVERIFY(view.exportImage(png));
    QVERIFY(view.exportImage(svg));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("stg_orders")); // node labels are text, not pixels
    QVERIFY(!view.exportImage(dir.filePath(QStringLiteral("no/such/dir/g.png"))));
}

void TestLineageView::bigGraph_paintsAndHitTests()
{
    Ui::LineageView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto index = bigFanIn(3000);
    view.setIndex(index);
    view.setDepth(1, 1);
    view.setFocusEntity(index->findEntity("model.p.hub"));
    QCOMPARE(view.canvas()->nodeCount(), 3001);
    // the view starts readable around the focus, not as 3,000 specks
    QVERIFY(view.canvas()->zoom() > 0.5);
    QVERIFY(view.canvas()->rect().intersects(
        view.canvas()->nodeRect(std::uint32_t(index->findEntity("model.p.hub")))));
    view.canvas()->fitToView();
    const QImage frame = view.canvas()->grab().toImage();
    QVERIFY(!frame.isNull());
    // every node is hit-testable at its own rect, even the far ones
    for (const char *id : { "model.p.m0", "model.p.m1500", "model.p.m2999" }) {
        view.canvas()->centerOnFocus();
        view.canvas()->setZoom(1.0, QPointF());
        const std::uint32_t e = std::uint32_t(index->findEntity(id));
        const QRect r = view.canvas()->nodeRect(e);
        QCOMPARE(view.canvas()->entityAt(r.center()), int(e));
    }
}

void TestLineageView::browser_clickKeepsGraphAndShowsNode()
{
    Ui::ArtifactBrowser browser;
    browser.resize(1200, 700);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.openPath(QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/jaffle_shop-dbt1.6.0-bigquery"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return browser.page() == Ui::ArtifactBrowser::Page::Content;
        },
        20000));
    QVERIFY(browser.showNode(QStringLiteral("model.jaffle_shop.customers")));
    browser.tabs()->setCurrentIndex(Ui::ArtifactBrowser::LineageTab);
    QTest::qWait(20);
    auto *canvas = browser.lineageView()->canvas();
    const int stg = browser.index()->findEntity("model.jaffle_shop.stg_payments");
    const QRect rect = canvas->nodeRect(std::uint32_t(stg));
    QVERIFY(canvas->rect().contains(rect.center()));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, rect.center());
    QCOMPARE(
        browser.nodePage()->currentUniqueId(), QStringLiteral("model.jaffle_shop.stg_payments"));
    QCOMPARE(browser.tabs()->currentIndex(), int(Ui::ArtifactBrowser::LineageTab));
    QCOMPARE(browser.lineageView()->focusEntity(), stg);
}

void TestLineageView::screenshot()
{
    // Both themes always (themeshots.h); docs/screenshot-lineage.png with DBTC_SCREENSHOT_DIR.
    const QString out = qEnvironmentVariable("DBTC_SCREENSHOT_DIR");
    Ui::ArtifactBrowser browser;
    browser.resize(1280, 800);
    browser.show();
    browser.openPath(
        QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/dbt_testing-dbt1.7.10-snowflake"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return browser.page() == Ui::ArtifactBrowser::Page::Content;
        },
        20000));
    QVERIFY(browser.showNode(QStringLiteral("model.dbtlearnnew.dim_listing")));
    browser.tabs()->setCurrentIndex(Ui::ArtifactBrowser::LineageTab);
    browser.lineageView()->setDepth(-1, -1);
    browser.lineageView()->setShowTests(true);
    QTest::qWait(100);
    browser.lineageView()->canvas()->fitToView();
    QTest::qWait(50);
    Test::grabThemes(&browser, QStringLiteral("lineage"));
    if (QTest::currentTestFailed()) {
        return;
    }
    if (!out.isEmpty()) {
        QVERIFY(browser.grab().save(out + QStringLiteral("/screenshot-lineage.png")));
    }
}

QTEST_MAIN(TestLineageView)
#include "tst_lineageview.moc"
