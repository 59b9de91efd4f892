// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-project graph's canvas over hand-built layouts: level of detail, hit-testing at
// every zoom, focus (ancestors and descendants, exactly), paths between two picks, the
// minimap, and page history.
#include "artifacts/artifactindex.h"
#include "models/artifacts/graphscene.h"
#include "models/artifacts/pagehistory.h"
#include "ui/artifacts/graphminimap.h"
#include "ui/artifacts/projectgraphcanvas.h"

#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace Dbtc;
using Models::LayoutVertex;

namespace {

constexpr qreal kW = 200, kH = 40, kPitchX = 300, kPitchY = 60;

// The test graph (edges upstream → downstream):
//   a → b → c → g      a → x → g      d → b      b → e      f (alone)
// Layers: a, d, f = 0; b, x = 1; c, e = 2; g = 3.
struct Graph
{
    std::shared_ptr<Models::ArtifactIndex> index;
    std::shared_ptr<Models::ProjectLayout> layout;
    std::map<std::string, int> vertex; // name → vertex
};

Graph buildGraph()
{
    const std::vector<std::pair<std::string, std::vector<std::string>>> nodes = {
        { "a", {} },
        { "d", {} },
        { "f", {} },
        { "b", { "a", "d" } },
        { "x", { "a" } },
        { "c", { "b" } },
        { "e", { "b" } },
        { "g", { "c", "x" } },
    };
    QByteArray json = "{\"metadata\": {\"dbt_schema_version\": "
                      "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {";
    bool first = true;
    for (const auto &[name, parents] : nodes) {
        QByteArray deps;
        for (const auto &p : parents) {
            deps += (deps.isEmpty() ? "\"model.p." : ",\"model.p.") + QByteArray(p.c_str()) + '"';
        }
        json += (first ? "" : ",") + QByteArray("\"model.p.") + name.c_str() + "\": {\"name\": \""
            + name.c_str()
            + "\", \"resource_type\": \"model\", \"package_name\": \"p\", "
              "\"original_file_path\": \"models/"
            + name.c_str() + ".sql\", \"depends_on\": {\"nodes\": [" + deps + "]}}";
        first = false;
    }
    json += "}}";
    Graph g;
    g.index = std::make_shared<Models::ArtifactIndex>();
    QString error;
    if (!g.index->addBuffer(json, QStringLiteral("manifest.json"), &error)) {
        qFatal("%s", qPrintable(error));
    }
    g.index->finalize();

    const std::map<std::string, std::pair<int, int>> place = {
        { "a", { 0, 0 } },
        { "d", { 0, 1 } },
        { "f", { 0, 2 } },
        { "b", { 1, 0 } },
        { "x", { 1, 1 } },
        { "c", { 2, 0 } },
        { "e", { 2, 1 } },
        { "g", { 3, 0 } },
    };
    g.layout = std::make_shared<Models::ProjectLayout>();
    g.layout->entityVertex.assign(g.index->entities().size(), -1);
    for (const auto &[name, lo] : place) {
        const int entity = g.index->findEntity("model.p." + name);
        LayoutVertex v;
        v.kind = LayoutVertex::Kind::Entity;
        v.ref = std::uint32_t(entity);
        v.layer = lo.first;
        v.order = lo.second;
        v.rect = QRectF(lo.first * kPitchX, lo.second * kPitchY, kW, kH);
        g.vertex[name] = int(g.layout->vertices.size());
        g.layout->entityVertex[std::size_t(entity)] = int(g.layout->vertices.size());
        g.layout->vertices.push_back(v);
        g.layout->bounds = g.layout->bounds.united(v.rect);
    }
    for (const auto &[name, parents] : nodes) {
        for (const auto &p : parents) {
            Models::LayoutEdge e;
            e.from = std::uint32_t(g.vertex[p]);
            e.to = std::uint32_t(g.vertex[name]);
            const QRectF a = g.layout->vertices[e.from].rect, b = g.layout->vertices[e.to].rect;
            e.points = { QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y()) };
            g.layout->edges.push_back(e);
        }
    }
    return g;
}

std::shared_ptr<const Models::GraphScene> sceneOf(const Graph &g, Models::GraphOptions options = {})
{
    options.grouping = Models::GraphGrouping::None;
    return std::make_shared<const Models::GraphScene>(g.index, g.layout, options);
}

QString litNames(const Graph &g, const std::vector<char> &lit)
{
    QStringList names;
    for (const auto &[name, v] : g.vertex) {
        if (std::size_t(v) < lit.size() && lit[std::size_t(v)]) {
            names << QString::fromStdString(name);
        }
    }
    names.sort();
    return names.join(u' ');
}

} // namespace

class TestProjectGraph final : public QObject
{
    Q_OBJECT

private slots:
    void lod_switchesAtThresholds();
    void hitTest_findsVertexAtEveryZoom();
    void focus_lightsExactlyAncestorsAndDescendants();
    void hover_previewsAndLeaveRestoresSelection();
    void path_betweenTwoPicks();
    void minimap_dragPans();
    void spatialIndex_returnsOnlyVisible();
    void history_backAndForward();
};

void TestProjectGraph::lod_switchesAtThresholds()
{
    const Graph g = buildGraph();
    Ui::ProjectGraphCanvas canvas;
    canvas.resize(800, 500);
    canvas.setScene(sceneOf(g));
    QCOMPARE(canvas.scene()->typicalHeight(), kH);

    // the switch happens where a box is kBoxesAt / kLabelsAt pixels tall
    struct Case
    {
        qreal pixels;
        Ui::GraphLod lod;
    };

    for (const Case c : { Case { Ui::kBoxesAt - 0.1, Ui::GraphLod::Dots },
             Case { Ui::kBoxesAt, Ui::GraphLod::Boxes },
             Case { Ui::kLabelsAt - 0.1, Ui::GraphLod::Boxes },
             Case { Ui::kLabelsAt, Ui::GraphLod::Labels } }) {
        canvas.setZoom(c.pixels / kH, QPointF());
        QCOMPARE(canvas.lod(), c.lod);
        QVERIFY(!canvas.grab().isNull()); // and paints without trouble at that level
    }
    // what the user notices: near, the name is painted; far, only a speck of the fill colour
    canvas.setZoom(1.0, QPointF());
    canvas.centerOn(g.layout->vertices[std::size_t(g.vertex.at("a"))].rect.center());
    const QImage nearImage = canvas.grab().toImage();
    canvas.setZoom(0.05, QPointF(400, 250));
    const QImage farImage = canvas.grab().toImage();
    QVERIFY(nearImage != farImage);
}

void TestProjectGraph::hitTest_findsVertexAtEveryZoom()
{
    const Graph g = buildGraph();
    Ui::ProjectGraphCanvas canvas;
    canvas.resize(800, 500);
    canvas.setScene(sceneOf(g));
    for (const qreal zoom : { 0.05, 0.2, 1.0, 2.0 }) {
        canvas.setZoom(zoom, QPointF());
        for (const auto &[name, v] : g.vertex) {
            const QRectF scene = g.layout->vertices[std::size_t(v)].rect;
            canvas.centerOn(scene.center());
            const QRectF onScreen = canvas.toWidget(scene);
            QCOMPARE(canvas.vertexAt(onScreen.center().toPoint()), v);
            if (zoom >= 0.2) {
                // just outside the box, in the gap above the row: nothing
                const QPoint gap(int(onScreen.center().x()), int(onScreen.top() - 5 * zoom - 1));
                QCOMPARE(canvas.vertexAt(gap), -1);
            }
        }
    }
    // a real click selects what is under the cursor and says so
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setZoom(1.0, QPointF());
    canvas.centerOn(g.layout->vertices[std::size_t(g.vertex.at("c"))].rect.center());
    QSignalSpy clicked(&canvas, &Ui::ProjectGraphCanvas::vertexClicked);
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(400, 250));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), g.vertex.at("c"));
    QCOMPARE(canvas.selectedVertex(), g.vertex.at("c"));
}

void TestProjectGraph::focus_lightsExactlyAncestorsAndDescendants()
{
    const Graph g = buildGraph();
    Ui::ProjectGraphCanvas canvas;
    canvas.setScene(sceneOf(g));
    QVERIFY(canvas.litVertices().empty()); // nothing focused, nothing dimmed
    // b: ancestors a, d; descendants c, e, g. Not x (a sibling branch) and not f (alone).
    canvas.setSelectedVertex(g.vertex.at("b"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a b c d e g"));
    // c: ancestors b, a, d; descendant g. Not e: a child of c's parent is no relative of c.
    canvas.setSelectedVertex(g.vertex.at("c"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a b c d g"));
    // g: everything upstream of it except e (a dead end off b) and f
    canvas.setSelectedVertex(g.vertex.at("g"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a b c d g x"));
    canvas.setSelectedVertex(g.vertex.at("f"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("f"));
    canvas.setSelectedVertex(-1);
    QVERIFY(canvas.litVertices().empty());
}

void TestProjectGraph::hover_previewsAndLeaveRestoresSelection()
{
    const Graph g = buildGraph();
    Ui::ProjectGraphCanvas canvas;
    canvas.resize(800, 500);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setScene(sceneOf(g));
    canvas.setZoom(1.0, QPointF());
    canvas.setSelectedVertex(g.vertex.at("e"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a b d e"));
    const QRectF x = g.layout->vertices[std::size_t(g.vertex.at("x"))].rect;
    canvas.centerOn(x.center());
    QTest::mouseMove(&canvas, QPoint(400, 250));
    QTRY_COMPARE(canvas.hoveredVertex(), g.vertex.at("x"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a g x"));
    // off every vertex: the selection's lineage comes back
    QTest::mouseMove(&canvas, QPoint(400, 250 - int(kPitchY / 2))); // the gap above x
    QTRY_COMPARE(canvas.hoveredVertex(), -1);
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a b d e"));
}

void TestProjectGraph::path_betweenTwoPicks()
{
    const Graph g = buildGraph();
    Ui::ProjectGraphCanvas canvas;
    canvas.resize(800, 500);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setScene(sceneOf(g));
    // a → g: both routes (through b, c and through x); not d (joins b from elsewhere), not e
    canvas.setPath(g.vertex.at("a"), g.vertex.at("g"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a b c g x"));
    // the picks in the other order find the same paths
    canvas.setPath(g.vertex.at("g"), g.vertex.at("a"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("a b c g x"));
    canvas.setPath(g.vertex.at("d"), g.vertex.at("e"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("b d e"));
    // no path: only the two picks stay lit
    canvas.setPath(g.vertex.at("f"), g.vertex.at("g"));
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("f g"));
    // picking with the mouse: select x, Shift+click c (no path), then Shift+click g
    canvas.setZoom(1.0, QPointF());
    canvas.setSelectedVertex(g.vertex.at("x"));
    QSignalSpy picked(&canvas, &Ui::ProjectGraphCanvas::pathPicked);
    canvas.centerOn(g.layout->vertices[std::size_t(g.vertex.at("g"))].rect.center());
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::ShiftModifier, QPoint(400, 250));
    QCOMPARE(picked.count(), 1);
    QVERIFY(canvas.hasPath());
    QCOMPARE(litNames(g, canvas.litVertices()), QStringLiteral("g x"));
    canvas.setPath(-1, -1);
    QVERIFY(!canvas.hasPath());
}

void TestProjectGraph::minimap_dragPans()
{
    const Graph g = buildGraph();
    Ui::ProjectGraphCanvas canvas;
    canvas.resize(800, 500);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.setScene(sceneOf(g));
    Ui::GraphMinimap *map = canvas.minimap();
    QVERIFY2(!map->isVisible(), "the whole graph is on screen: no map over it");
    canvas.setZoom(2.0, QPointF());
    QVERIFY(map->isVisible());
    QVERIFY(canvas.rect().contains(map->geometry()));
    // the minimap's rectangle is the view
    QCOMPARE(map->viewport(), canvas.visibleScene());
    const QPointF target = g.layout->vertices[std::size_t(g.vertex.at("g"))].rect.center();
    const QPoint onMap = map->toMap(target).toPoint();
    QTest::mousePress(map, Qt::LeftButton, {}, onMap);
    const QPointF centre = canvas.toScene(QPointF(400, 250));
    QVERIFY2(QLineF(centre, target).length() < 4 / map->toMap(QPointF(1, 0)).x() + 10,
        qPrintable(QStringLiteral("centre %1,%2").arg(centre.x()).arg(centre.y())));
    QCOMPARE(canvas.vertexAt(QPoint(400, 250)), g.vertex.at("g"));
    // dragging keeps following the mouse
    const QPoint toA =
        map->toMap(g.layout->vertices[std::size_t(g.vertex.at("a"))].rect.center()).toPoint();
    QMouseEvent move(QEvent::MouseMove,
        QPointF(toA),
        map->mapToGlobal(QPointF(toA)),
        Qt::NoButton,
        Qt::LeftButton,
        Qt::NoModifier);
    QCoreApplication::sendEvent(map, &move);
    QCOMPARE(canvas.vertexAt(QPoint(400, 250)), g.vertex.at("a"));
    QCOMPARE(map->viewport(), canvas.visibleScene());
}

void TestProjectGraph::spatialIndex_returnsOnlyVisible()
{
    // a 200 x 200 grid of boxes: a query sees the boxes it overlaps and nothing else
    Models::SceneGrid grid;
    std::vector<QRectF> boxes;
    for (int c = 0; c < 200; ++c) {
        for (int r = 0; r < 200; ++r) {
            boxes.emplace_back(c * kPitchX, r * kPitchY, kW, kH);
        }
    }
    boxes.emplace_back(QPointF(-10, -10), QPointF(-9, 200 * kPitchY)); // one tall thin box
    grid.build(boxes, QSizeF(kPitchX, kPitchY * 4));
    std::vector<std::uint32_t> hits;
    const QRectF area(3 * kPitchX + 10, 5 * kPitchY + 10, kPitchX, kPitchY); // corners of 4 boxes
    grid.query(area, hits);
    std::sort(hits.begin(), hits.end());
    std::vector<std::uint32_t> expected;
    for (std::uint32_t i = 0; i < boxes.size(); ++i) {
        if (boxes[i].intersects(area)) {
            expected.push_back(i);
        }
    }
    QCOMPARE(hits, expected);
    QCOMPARE(hits.size(), std::size_t(4));
    grid.query(QRectF(-20, 100 * kPitchY, 15, 5), hits);
    QCOMPARE(hits, std::vector<std::uint32_t> { std::uint32_t(boxes.size() - 1) });
    grid.query(QRectF(-1000, -1000, 10, 10), hits);
    QVERIFY(hits.empty());
}

void TestProjectGraph::history_backAndForward()
{
    Models::PageHistory h;
    QSignalSpy changed(&h, &Models::PageHistory::changed);
    QVERIFY(!h.canGoBack());
    h.visit(QStringLiteral("a"));
    h.visit(QStringLiteral("b"));
    h.visit(QStringLiteral("b")); // the page already shown is no new step
    h.visit(QStringLiteral("c"));
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.back(), QStringLiteral("b"));
    QCOMPARE(h.back(), QStringLiteral("a"));
    QVERIFY(!h.canGoBack());
    QCOMPARE(h.back(), QString());
    QCOMPARE(h.forward(), QStringLiteral("b"));
    // a new visit after going back forgets the forward pages
    h.visit(QStringLiteral("d"));
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.back(), QStringLiteral("b"));
    QCOMPARE(h.back(), QStringLiteral("a"));
    QVERIFY(changed.count() >= 6);
}

QTEST_MAIN(TestProjectGraph)
#include "tst_projectgraph.moc"
