// SPDX-License-Identifier: GPL-3.0-or-later
// The project graph page over real layouts of the shared artifacts: grouping, expand in place,
// a cancelled layout, search, and back/forward through the browser's node pages.
#include "artifacts/artifactindex.h"
#include "models/artifacts/graphscene.h"
#include "models/artifacts/nodetreemodel.h"
#include "models/artifacts/pagehistory.h"
#include "themeshots.h"
#include "ui/artifacts/artifactbrowser.h"
#include "ui/artifacts/nodepage.h"
#include "ui/artifacts/projectgraphcanvas.h"
#include "ui/artifacts/projectgraphview.h"
#include "ui/artifacts/selectionbar.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;
using Models::LayoutVertex;

namespace {

const QString kJaffle =
    QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/jaffle_shop-dbt1.6.0-bigquery");

std::shared_ptr<const Models::ArtifactIndex> loadJaffle()
{
    QString error;
    auto index = Models::ArtifactIndex::load(kJaffle, &error);
    if (!index) {
        qWarning("%s", qPrintable(error));
    }
    return index;
}

//! Lays out and waits for it to be on screen.
bool waitForLayout(Ui::ProjectGraphView &view)
{
    QSignalSpy shown(&view, &Ui::ProjectGraphView::layoutShown);
    return shown.wait(10000) || (view.scene() && !view.isLayingOut());
}

int groupNamed(const Models::ProjectLayout &layout, const QString &label)
{
    for (std::size_t g = 0; g < layout.groups.size(); ++g) {
        if (layout.groups[g].label == label) {
            return int(g);
        }
    }
    return -1;
}

//! A project of about \a models models in three packages and a dozen folders, with sources,
//! a test on every model, deterministic random lineage (each model reads 1-3 earlier ones, a
//! few hubs read by many) and run results with some errors and warnings: what a big project
//! looks like, at a size a test can afford.
std::shared_ptr<const Models::ArtifactIndex> syntheticProject(int models)
{
    QRandomGenerator rng(5);
    const std::vector<std::string> packages = { "core", "marts", "staging" };
    const std::vector<std::string> folders = { "orders", "customers", "finance", "marketing" };
    std::string nodes, sources, results;
    auto id = [&](int i) {
        return "model." + packages[std::size_t(i % 3)] + ".m" + std::to_string(i);
    };
    for (int s = 0; s < 40; ++s) {
        const std::string n = "t" + std::to_string(s);
        sources += std::string(s ? "," : "") + "\"source.staging.raw." + n + "\": {\"name\": \"" + n
            + "\", \"resource_type\": \"source\", \"package_name\": \"staging\", "
              "\"original_file_path\": \"models/sources.yml\"}";
    }
    for (int i = 0; i < models; ++i) {
        std::string deps;
        if (i < 60) {
            deps = "\"source.staging.raw.t" + std::to_string(i % 40) + "\"";
        } else {
            const int n = 1 + int(rng.bounded(3));
            for (int k = 0; k < n; ++k) {
                // a few hubs (a date dimension, customers) are read by many
                const int parent =
                    rng.bounded(10) == 0 ? int(rng.bounded(8)) : int(rng.bounded(quint32(i)));
                deps += std::string(k ? "," : "") + "\"" + id(parent) + "\"";
            }
        }
        const std::string pkg = packages[std::size_t(i % 3)];
        const std::string folder = folders[std::size_t((i / 3) % 4)];
        const std::string num = std::to_string(i);
        nodes += std::string(i ? "," : "") + "\"" + id(i) + "\": {\"name\": \"" + pkg + "_" + folder
            + "_m" + num + "\", \"resource_type\": \"model\", \"package_name\": \"" + pkg
            + "\", \"original_file_path\": \"models/" + folder + "/m" + num
            + ".sql\", \"config\": {\"materialized\": \"" + (i % 4 ? "view" : "table")
            + "\"}, \"depends_on\": {\"nodes\": [" + deps + "]}}";
        nodes += ",\"test." + pkg + ".not_null_m" + num + "\": {\"name\": \"not_null_m" + num
            + "\", \"resource_type\": \"test\", \"package_name\": \"" + pkg
            + "\", \"original_file_path\": \"models/" + folder
            + "/schema.yml\", \"depends_on\": {\"nodes\": [\"" + id(i) + "\"]}}";
        const char *status = i % 97 == 5 ? "error" : (i % 41 == 3 ? "warn" : "success");
        results += std::string(i ? "," : "") + "{\"unique_id\": \"" + id(i) + "\", \"status\": \""
            + status
            + "\", \"execution_time\": 1.0, \"thread_id\": \"Thread-1\", \"timing\": [], "
              "\"message\": null, \"adapter_response\": {}, \"failures\": null}";
    }
    const std::string manifestText = "{\"metadata\": {\"dbt_schema_version\": "
                                     "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, "
                                     "\"nodes\": {"
        + nodes + "}, \"sources\": {" + sources + "}}";
    const std::string resultsText = "{\"metadata\": {\"dbt_schema_version\": "
                                    "\"https://schemas.getdbt.com/dbt/run-results/v6.json\"}, "
                                    "\"results\": ["
        + results + "]}";
    const QByteArray manifest = QByteArray::fromStdString(manifestText);
    const QByteArray runResults = QByteArray::fromStdString(resultsText);
    auto index = std::make_shared<Models::ArtifactIndex>();
    QString error;
    if (!index->addBuffer(manifest, QStringLiteral("manifest.json"), &error)
        || !index->addBuffer(runResults, QStringLiteral("run_results.json"), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    index->finalize();
    return index;
}

} // namespace

class TestProjectGraphView final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void grouping_foldsAndCounts();
    void grouping_bySelectionFoldsItAmongTheRest();
    void expand_keepsOtherVerticesInOrder();
    void cancelledLayout_keepsPreviousGraph();
    void search_pansToMatch();
    void browser_historyBackAndForward();
    void browser_graphClickShowsNode();
    void export_viewAsPngAndSvg();
    void selection_narrowsTreeAndGraph();
    void selection_errorChangesNothing();
    void selection_historyAndCompletion();
    void screenshots();
};

void TestProjectGraphView::grouping_foldsAndCounts()
{
    Ui::ProjectGraphView view;
    view.resize(1100, 700);
    view.setIndex(loadJaffle());
    view.show();
    QVERIFY(waitForLayout(view));
    const Models::ProjectLayout &folded = view.scene()->layout();
    // package → folder: the project starts as a few group boxes, each with its counts
    QVERIFY(!folded.groups.empty());
    int groups = 0;
    for (const auto &v : folded.vertices) {
        if (v.kind == LayoutVertex::Kind::Group) {
            ++groups;
            const auto &g = folded.groups[v.ref];
            QVERIFY(g.totalMembers > 0);
            QCOMPARE(g.totalMembers, g.models + g.tests + g.sources + g.others);
        }
    }
    QVERIFY(groups >= 1);
    // every node, ungrouped: one vertex per drawn entity, no groups
    view.setGrouping(Models::GraphGrouping::None);
    QVERIFY(waitForLayout(view));
    for (const auto &v : view.scene()->layout().vertices) {
        QVERIFY(v.kind != LayoutVertex::Kind::Group);
    }
    const auto index = view.scene()->indexPtr();
    const int orders = index->findEntity("model.jaffle_shop.orders");
    QVERIFY(view.scene()->vertexOfEntity(std::uint32_t(orders)) >= 0);
    // tests hidden: a test entity is not drawn
    view.setShowTests(false);
    QVERIFY(waitForLayout(view));
    for (std::size_t e = 0; e < index->entities().size(); ++e) {
        if (index->entities()[e].type == Models::ResourceType::Test) {
            QCOMPARE(view.scene()->vertexOfEntity(std::uint32_t(e)), -1);
        }
    }
}

void TestProjectGraphView::grouping_bySelectionFoldsItAmongTheRest()
{
    Ui::ProjectGraphView view;
    view.resize(1100, 700);
    const auto index = loadJaffle();
    QVERIFY(index);
    view.setIndex(index);
    view.show();
    QVERIFY(waitForLayout(view));
    // The three seeds of jaffle_shop 1.6, as `--select resource_type:seed` picks them.
    std::vector<std::uint32_t> seeds;
    for (const char *id : { "seed.jaffle_shop.raw_customers",
             "seed.jaffle_shop.raw_orders",
             "seed.jaffle_shop.raw_payments" }) {
        QVERIFY(index->findEntity(id) >= 0);
        seeds.push_back(std::uint32_t(index->findEntity(id)));
    }
    std::sort(seeds.begin(), seeds.end());
    view.setOnly(seeds);
    QVERIFY(waitForLayout(view));
    const int orders = index->findEntity("model.jaffle_shop.orders");
    QCOMPARE(view.scene()->vertexOfEntity(std::uint32_t(orders)), -1); // only the selection
    view.setGrouping(Models::GraphGrouping::Selection);
    QVERIFY(waitForLayout(view));
    const Models::ProjectLayout &layout = view.scene()->layout();
    const int group = groupNamed(layout, QStringLiteral("selection"));
    QVERIFY(group >= 0);
    QCOMPARE(layout.groups[std::size_t(group)].totalMembers, 3u);
    QCOMPARE(layout.groups[std::size_t(group)].others, 3u); // seeds count as others
    // The rest of the project is drawn, ungrouped; the seeds are inside the folded group.
    const int ordersVertex = view.scene()->vertexOfEntity(std::uint32_t(orders));
    QVERIFY(ordersVertex >= 0);
    QCOMPARE(layout.vertices[std::size_t(ordersVertex)].kind, LayoutVertex::Kind::Entity);
    const int seedVertex = view.scene()->vertexOfEntity(seeds.front());
    QCOMPARE(layout.vertices[std::size_t(seedVertex)].kind, LayoutVertex::Kind::Group);
    // Opened in place: the seeds become nodes; the rest keeps its layer (it only shifts).
    const auto ordersLayer = layout.vertices[std::size_t(ordersVertex)].layer;
    view.expandGroup(group);
    QVERIFY(waitForLayout(view));
    const Models::ProjectLayout &open = view.scene()->layout();
    const int openSeed = view.scene()->vertexOfEntity(seeds.front());
    QCOMPARE(open.vertices[std::size_t(openSeed)].kind, LayoutVertex::Kind::Entity);
    QCOMPARE(open.vertices[std::size_t(view.scene()->vertexOfEntity(std::uint32_t(orders)))].layer,
        ordersLayer);
}

void TestProjectGraphView::expand_keepsOtherVerticesInOrder()
{
    Ui::ProjectGraphView view;
    view.resize(1100, 700);
    view.setGrouping(Models::GraphGrouping::ResourceType);
    view.setIndex(loadJaffle());
    view.show();
    QVERIFY(waitForLayout(view));
    const auto before = view.scene();
    const int models = groupNamed(before->layout(), QStringLiteral("model"));
    QVERIFY2(models >= 0, "a 'model' group exists under resource-type grouping");
    const int modelVertex = before->vertexOfGroup(models);
    QVERIFY(modelVertex >= 0);
    view.canvas()->setZoom(0.8, QPointF());
    const qreal zoom = view.canvas()->zoom();

    // a double-click on the group opens it
    view.canvas()->revealVertex(modelVertex);
    const qreal revealZoom = view.canvas()->zoom();
    const QRectF onScreen =
        view.canvas()->toWidget(before->layout().vertices[std::size_t(modelVertex)].rect);
    QTest::mouseDClick(view.canvas(), Qt::LeftButton, {}, onScreen.center().toPoint());
    QVERIFY(waitForLayout(view));
    const auto after = view.scene();
    QVERIFY(after != before);
    QCOMPARE(after->vertexOfGroup(models), -1); // open: no longer one box
    QVERIFY(std::find(view.options().expanded.begin(), view.options().expanded.end(), models)
        != view.options().expanded.end());
    QCOMPARE(view.canvas()->zoom(), revealZoom); // the view did not jump back to "fit"
    Q_UNUSED(zoom);

    // every other folded group keeps its layer and its order relative to the others
    std::vector<std::pair<int, int>> beforeOrder, afterOrder; // (layer, group) sorted by y
    auto collect = [&](const Models::ProjectLayout &l, std::vector<std::pair<int, int>> &out) {
        std::vector<std::tuple<int, qreal, int>> rows;
        for (const auto &v : l.vertices) {
            if (v.kind == LayoutVertex::Kind::Group && int(v.ref) != models) {
                rows.emplace_back(v.layer, v.rect.center().y(), int(v.ref));
            }
        }
        std::sort(rows.begin(), rows.end());
        // layers may shift right to make room for the opened group: compare them densely
        int dense = -1, last = -1;
        for (const auto &[layer, y, g] : rows) {
            dense += layer != last;
            last = layer;
            out.emplace_back(dense, g);
        }
    };
    collect(before->layout(), beforeOrder);
    collect(after->layout(), afterOrder);
    QCOMPARE(afterOrder, beforeOrder);
    // the members of the opened group are drawn one by one now
    const auto index = after->indexPtr();
    const int orders = index->findEntity("model.jaffle_shop.orders");
    const int v = after->vertexOfEntity(std::uint32_t(orders));
    QVERIFY(v >= 0);
    QCOMPARE(after->layout().vertices[std::size_t(v)].kind, LayoutVertex::Kind::Entity);
    QVERIFY(!after->frames().empty()); // the open group is framed, with a title to fold it

    // folding it again (its frame title) brings the single box back
    view.collapseGroup(models);
    QVERIFY(waitForLayout(view));
    QVERIFY(view.scene()->vertexOfGroup(models) >= 0);
}

void TestProjectGraphView::cancelledLayout_keepsPreviousGraph()
{
    Ui::ProjectGraphView view;
    view.resize(1100, 700);
    view.setGrouping(Models::GraphGrouping::None);
    view.setIndex(loadJaffle());
    view.show();
    QVERIFY(waitForLayout(view));
    const auto shownScene = view.scene();
    const std::size_t vertices = shownScene->layout().vertices.size();
    QSignalSpy shown(&view, &Ui::ProjectGraphView::layoutShown);
    view.setShowTests(false); // starts a layout on the worker
    QVERIFY(view.isLayingOut());
    view.cancelLayout(); // before its result could arrive
    QVERIFY(!view.isLayingOut());
    QTest::qWait(300); // the worker finishes; its result must be dropped
    QCOMPARE(shown.count(), 0);
    QCOMPARE(view.scene(), shownScene);
    QCOMPARE(view.scene()->layout().vertices.size(), vertices);
    QCOMPARE(view.canvas()->scene(), shownScene);
    // and the next layout still works
    view.setShowTests(true);
    view.relayout();
    QVERIFY(waitForLayout(view));
    QVERIFY(view.scene() != shownScene);
}

void TestProjectGraphView::search_pansToMatch()
{
    Ui::ProjectGraphView view;
    view.resize(1100, 700);
    view.setGrouping(Models::GraphGrouping::None);
    view.setIndex(loadJaffle());
    view.show();
    QVERIFY(waitForLayout(view));
    view.canvas()->fitToView();
    QVERIFY(view.search(QStringLiteral("stg_payments")));
    const auto index = view.scene()->indexPtr();
    const int entity = index->findEntity("model.jaffle_shop.stg_payments");
    const int v = view.scene()->vertexOfEntity(std::uint32_t(entity));
    QCOMPARE(view.canvas()->selectedVertex(), v);
    const QPoint centre = view.canvas()->rect().center();
    QCOMPARE(view.canvas()->vertexAt(centre), v);
    QCOMPARE(view.canvas()->lod(), Ui::GraphLod::Labels); // zoomed in far enough to read it
    QVERIFY(!view.search(QStringLiteral("no_such_node_anywhere")));
    QCOMPARE(view.canvas()->selectedVertex(), v); // a miss changes nothing
}

void TestProjectGraphView::browser_historyBackAndForward()
{
    Ui::ArtifactBrowser browser;
    browser.resize(1200, 700);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.openPath(kJaffle);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return browser.page() == Ui::ArtifactBrowser::Page::Content;
        },
        10000));
    QVERIFY(!browser.backAction()->isEnabled());
    for (const char *id : { "model.jaffle_shop.orders",
             "model.jaffle_shop.customers",
             "seed.jaffle_shop.raw_orders" }) {
        QVERIFY(browser.showNode(QString::fromLatin1(id)));
    }
    QVERIFY(browser.backAction()->isEnabled());
    QVERIFY(!browser.forwardAction()->isEnabled());
    browser.nodePage()->setFocus();
    QTest::keyClick(browser.nodePage(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(browser.nodePage()->currentUniqueId(), QStringLiteral("model.jaffle_shop.customers"));
    browser.backAction()->trigger(); // the toolbar button does the same
    QCOMPARE(browser.nodePage()->currentUniqueId(), QStringLiteral("model.jaffle_shop.orders"));
    QVERIFY(browser.forwardAction()->isEnabled());
    QTest::keyClick(browser.nodePage(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(browser.nodePage()->currentUniqueId(), QStringLiteral("model.jaffle_shop.customers"));
    // going somewhere new drops the forward page
    QVERIFY(browser.showNode(QStringLiteral("model.jaffle_shop.stg_orders")));
    QVERIFY(!browser.forwardAction()->isEnabled());
    browser.goBack();
    QCOMPARE(browser.nodePage()->currentUniqueId(), QStringLiteral("model.jaffle_shop.customers"));
}

void TestProjectGraphView::browser_graphClickShowsNode()
{
    Ui::ArtifactBrowser browser;
    browser.resize(1280, 800);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.openPath(kJaffle);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return browser.page() == Ui::ArtifactBrowser::Page::Content;
        },
        10000));
    browser.tabs()->setCurrentIndex(Ui::ArtifactBrowser::ProjectGraphTab);
    Ui::ProjectGraphView *view = browser.projectGraph();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return view->scene() && !view->isLayingOut();
        },
        10000));
    view->setGrouping(Models::GraphGrouping::None);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return view->options().grouping == Models::GraphGrouping::None
                && view->scene()->layout().groups.empty() && !view->isLayingOut();
        },
        10000));
    QVERIFY(view->search(QStringLiteral("customers")));
    const QPoint centre = view->canvas()->rect().center();
    const int v = view->canvas()->vertexAt(centre);
    QVERIFY(v >= 0);
    QTest::mouseClick(view->canvas(), Qt::LeftButton, {}, centre);
    const auto &vx = view->scene()->layout().vertices[std::size_t(v)];
    QCOMPARE(browser.nodePage()->currentEntity(), int(vx.ref));
    QCOMPARE(browser.tabs()->currentIndex(), int(Ui::ArtifactBrowser::ProjectGraphTab));
}

void TestProjectGraphView::export_viewAsPngAndSvg()
{
    Ui::ProjectGraphView view;
    view.resize(1000, 600);
    view.setGrouping(Models::GraphGrouping::None);
    view.setIndex(loadJaffle());
    view.show();
    QVERIFY(waitForLayout(view));
    QVERIFY(view.search(QStringLiteral("orders")));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("view.png"));
    const QString svg = dir.filePath(QStringLiteral("view.svg"));
    QVERIFY(view.exportView(png));
    QVERIFY(view.exportView(svg));
    const QImage image(png);
    QCOMPARE(image.size(), view.canvas()->size() * 2);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("orders")); // labels are text in the drawing
    QVERIFY(!view.exportView(dir.filePath(QStringLiteral("no/such/dir/view.png"))));
    // the whole graph: every drawn node is one element carrying its unique_id
    const QString whole = dir.filePath(QStringLiteral("whole.svg"));
    QString error;
    QVERIFY2(view.exportWholeGraph(whole, &error), qPrintable(error));
    QFile wholeFile(whole);
    QVERIFY(wholeFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = wholeFile.readAll();
    QVERIFY(svgText.contains("data-unique-id=\"model.jaffle_shop.orders\""));
    QVERIFY(svgText.contains("data-unique-id=\"model.jaffle_shop.stg_payments\""));
    QVERIFY(!view.exportWholeGraph(dir.filePath(QStringLiteral("no/such/dir/whole.svg")), &error));
    QVERIFY(!error.isEmpty());
}

namespace {

struct OpenBrowser
{
    Ui::ArtifactBrowser browser;

    bool open()
    {
        browser.resize(1280, 800);
        browser.show();
        browser.openPath(kJaffle);
        return QTest::qWaitFor(
            [&] {
                return browser.page() == Ui::ArtifactBrowser::Page::Content;
            },
            10000);
    }

    QString uid(std::uint32_t e) const
    {
        return Models::toQString(browser.index()->entities()[e].uniqueId);
    }
};

} // namespace

void TestProjectGraphView::selection_narrowsTreeAndGraph()
{
    OpenBrowser b;
    QVERIFY(b.open());
    Ui::SelectionBar *bar = b.browser.selectionBar();
    const int everything = b.browser.nodeModel()->matchCount();
    bar->selectBox()->setEditText(QStringLiteral("tag:lightdash"));
    QTest::keyClick(bar->selectBox()->lineEdit(), Qt::Key_Return);
    QVERIFY(bar->errorText().isEmpty());
    QVERIFY(bar->selection());
    QStringList ids;
    for (std::uint32_t e : *bar->selection()) {
        ids << b.uid(e);
    }
    // the three models tagged lightdash, and (eager indirect selection) the tests on them
    for (const char *id : { "model.jaffle_shop.customers",
             "model.jaffle_shop.orders",
             "model.jaffle_shop.test_lightdash" }) {
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }
    for (const QString &id : std::as_const(ids)) {
        QVERIFY2(id.startsWith(u"test.") || id.contains(u"customers") || id.contains(u"orders")
                || id.contains(u"test_lightdash"),
            qPrintable(id));
    }
    QVERIFY(!ids.contains(QStringLiteral("model.jaffle_shop.stg_orders")));
    // the tree shows exactly the selection
    QCOMPARE(b.browser.nodeModel()->matchCount(), int(ids.size()));
    QVERIFY(!b.browser.nodeModel()
                 ->indexForEntity(
                     std::uint32_t(b.browser.index()->findEntity("model.jaffle_shop.stg_orders")))
                 .isValid());
    // and the project graph draws only it
    QCOMPARE(b.browser.projectGraph()->options().only, *bar->selection());
    // --exclude takes away
    bar->excludeBox()->setEditText(QStringLiteral("orders"));
    QVERIFY(bar->apply());
    for (std::uint32_t e : *bar->selection()) {
        QVERIFY(b.uid(e) != u"model.jaffle_shop.orders");
    }
    // clearing shows everything again
    bar->clear();
    QVERIFY(!bar->selection());
    QCOMPARE(b.browser.nodeModel()->matchCount(), everything);
    QVERIFY(b.browser.projectGraph()->options().only.empty());
}

void TestProjectGraphView::selection_errorChangesNothing()
{
    OpenBrowser b;
    QVERIFY(b.open());
    Ui::SelectionBar *bar = b.browser.selectionBar();
    bar->selectBox()->setEditText(QStringLiteral("tag:lightdash"));
    QVERIFY(bar->apply());
    const auto before = bar->selection();
    const int shown = b.browser.nodeModel()->matchCount();
    QSignalSpy changed(bar, &Ui::SelectionBar::selectionChanged);
    bar->selectBox()->setEditText(QStringLiteral("tag:x,,y"));
    QVERIFY(!bar->apply());
    // the message names the column of the second comma, under the box
    QVERIFY2(bar->errorText().contains(u"column 7"), qPrintable(bar->errorText()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(bar->selection(), before);
    QCOMPARE(b.browser.nodeModel()->matchCount(), shown);
    QCOMPARE(b.browser.projectGraph()->options().only, *before);
    // typing a valid expression again clears the message (the syntax is checked as one types)
    bar->selectBox()->lineEdit()->selectAll();
    QTest::keyClicks(bar->selectBox()->lineEdit(), QStringLiteral("orders"));
    QVERIFY(bar->errorText().isEmpty());
}

void TestProjectGraphView::selection_historyAndCompletion()
{
    OpenBrowser b;
    QVERIFY(b.open());
    Ui::SelectionBar *bar = b.browser.selectionBar();
    for (const char *expr : { "tag:lightdash", "+orders", "tag:lightdash" }) {
        bar->selectBox()->setEditText(QString::fromLatin1(expr));
        QVERIFY(bar->apply());
    }
    // the latest first, no duplicates
    QCOMPARE(bar->selectBox()->count(), 2);
    QCOMPARE(bar->selectBox()->itemText(0), QStringLiteral("tag:lightdash"));
    QCOMPARE(bar->selectBox()->itemText(1), QStringLiteral("+orders"));
    // a failed expression is not remembered
    bar->selectBox()->setEditText(QStringLiteral("tag:"));
    bar->apply();
    QCOMPARE(bar->selectBox()->count(), 2);
    // method names, then values after "method:", past graph operators and after a space
    QVERIFY(bar->completionsFor(QStringLiteral("ta")).contains(u"tag:"));
    QVERIFY(bar->completionsFor(QStringLiteral("2+pa")).contains(u"2+path:"));
    QVERIFY(bar->completionsFor(QStringLiteral("x conf")).contains(u"x config."));
    QVERIFY(bar->completionsFor(QStringLiteral("tag:")).contains(u"tag:lightdash"));
    QVERIFY(bar->completionsFor(QStringLiteral("a,package:")).contains(u"a,package:jaffle_shop"));
    QVERIFY(bar->completionsFor(QStringLiteral("path:")).contains(u"path:models/staging/"));
}

void TestProjectGraphView::screenshots()
{
    // docs/screenshots/projectgraph-{folded,far,mid,near}-{light,dark}.png with
    // DBTC_SCREENSHOT_DIR=docs; elsewhere they land in the test's folder
    const auto index = syntheticProject(3000);
    QVERIFY(index);
    Ui::ProjectGraphView view;
    view.resize(1280, 800);
    view.setIndex(index);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitForLayout(view));
    // folded: package → folder boxes with counts and worst status; one package opened
    const int marts = groupNamed(view.scene()->layout(), QStringLiteral("marts"));
    QVERIFY(marts >= 0);
    view.expandGroup(marts);
    QVERIFY(waitForLayout(view));
    view.canvas()->fitToView();
    Test::grabThemes(&view, QStringLiteral("projectgraph-folded"));

    view.setGrouping(Models::GraphGrouping::None);
    QVERIFY(waitForLayout(view));
    view.canvas()->fitToView();
    QCOMPARE(view.canvas()->lod(), Ui::GraphLod::Dots);
    Test::grabThemes(&view, QStringLiteral("projectgraph-far"));

    QVERIFY(view.search(QStringLiteral("m1503")));
    const int picked = view.canvas()->selectedVertex();
    view.canvas()->setZoom(8 / view.scene()->typicalHeight(), view.canvas()->rect().center());
    QCOMPARE(view.canvas()->lod(), Ui::GraphLod::Boxes);
    Test::grabThemes(&view, QStringLiteral("projectgraph-mid"));

    view.canvas()->revealVertex(picked);
    QCOMPARE(view.canvas()->lod(), Ui::GraphLod::Labels);
    Test::grabThemes(&view, QStringLiteral("projectgraph-near"));

    // the browser: --select narrowing the tree and the graph, one node picked
    OpenBrowser b;
    QVERIFY(b.open());
    b.browser.selectionBar()->selectBox()->setEditText(QStringLiteral("+customers"));
    QVERIFY(b.browser.selectionBar()->apply());
    b.browser.tabs()->setCurrentIndex(Ui::ArtifactBrowser::ProjectGraphTab);
    Ui::ProjectGraphView *graph = b.browser.projectGraph();
    graph->setGrouping(Models::GraphGrouping::None);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return graph->scene() && !graph->isLayingOut()
                && graph->scene()->layout().groups.empty();
        },
        10000));
    QVERIFY(b.browser.showNode(QStringLiteral("model.jaffle_shop.stg_orders")));
    b.browser.tabs()->setCurrentIndex(Ui::ArtifactBrowser::ProjectGraphTab);
    Test::grabThemes(&b.browser, QStringLiteral("projectgraph-browser"));
}

QTEST_MAIN(TestProjectGraphView)
#include "tst_projectgraphview.moc"
