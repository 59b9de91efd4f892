// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-project layout: invariants a user would notice (boxes on top of each other, an
// edge drawn backwards, a node drawn twice or lost, a group that does not hold its members,
// the rest of the graph reshuffled when one group opens) on the shared manifests and on
// generated graphs.
#include "artifacts/artifactindex.h"
#include "artifacts/lineage/layeredengine.h"
#include "artifacts/lineage/projectgrouping.h"
#include "artifacts/lineage/projectlayout.h"
#include "tst_artifactcorpus.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <map>
#include <set>

using namespace Dbtc::Models;

namespace {

//! A manifest with \a nodes models "m<i>" in folders by i % folders; model i depends on the
//! models listed in deps[i]; every fifth model has a not_null test.
QByteArray generatedManifest(const std::vector<std::vector<int>> &deps, int folders = 7)
{
    QByteArray out = "{\"metadata\": {\"dbt_schema_version\": "
                     "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {";
    for (std::size_t i = 0; i < deps.size(); ++i) {
        const QByteArray id = "model.p.m" + QByteArray::number(qulonglong(i));
        out += (i ? ", \"" : "\"") + id + "\": {\"name\": \"m" + QByteArray::number(qulonglong(i))
            + "\", \"resource_type\": \"model\", \"package_name\": \"p\", "
              "\"original_file_path\": \"models/f"
            + QByteArray::number(qulonglong(i) % folders) + "/sub"
            + QByteArray::number(qulonglong(i) % 2) + "/m" + QByteArray::number(qulonglong(i))
            + ".sql\", \"depends_on\": {\"nodes\": [";
        for (std::size_t k = 0; k < deps[i].size(); ++k) {
            out += (k ? ", \"" : "\"") + QByteArray("model.p.m") + QByteArray::number(deps[i][k])
                + "\"";
        }
        out += "]}}";
        if (i % 5 == 0) {
            out += ", \"test.p.not_null_m" + QByteArray::number(qulonglong(i))
                + "\": {\"name\": \"not_null\", \"resource_type\": \"test\", \"package_name\": "
                  "\"p\", \"original_file_path\": \"models/f"
                + QByteArray::number(qulonglong(i) % folders)
                + "/schema.yml\", \"depends_on\": {\"nodes\": [\"" + id + "\"]}}";
        }
    }
    out += "}, \"macros\": {\"macro.p.helper\": {\"name\": \"helper\", \"resource_type\": "
           "\"macro\", \"package_name\": \"p\"}}}";
    return out;
}

std::shared_ptr<ArtifactIndex> indexOf(const QByteArray &manifest)
{
    auto index = std::make_shared<ArtifactIndex>();
    QString error;
    if (!index->addBuffer(manifest, QStringLiteral("manifest.json"), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    index->finalize();
    return index;
}

//! A random DAG: each model depends on up to three earlier ones, mostly near it.
std::vector<std::vector<int>> randomDag(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto deps = std::vector<std::vector<int>>(std::size_t(n));
    for (int i = 1; i < n; ++i) {
        const int count = int(rng.bounded(4));
        std::set<int> picked;
        for (int k = 0; k < count; ++k) {
            const int back = rng.bounded(10) < 8 ? 1 + int(rng.bounded(std::min(i, 20)))
                                                 : 1 + int(rng.bounded(i));
            picked.insert(i - back);
        }
        deps[std::size_t(i)].assign(picked.begin(), picked.end());
    }
    return deps;
}

bool inSubtree(const ProjectLayout &layout, int group, std::uint32_t entity)
{
    const GraphGroup &g = layout.groups[std::size_t(group)];
    if (std::find(g.members.begin(), g.members.end(), entity) != g.members.end()) {
        return true;
    }
    return std::any_of(g.childGroups.begin(), g.childGroups.end(), [&](int c) {
        return inSubtree(layout, c, entity);
    });
}

//! Everything the drawing promises, checked with QCOMPARE/QVERIFY in the caller's test.
void checkInvariants(const ArtifactIndex &index,
    const ProjectLayout &layout,
    const GraphOptions &options,
    bool acyclic)
{
    QVERIFY(!layout.cancelled);
    // No two vertices overlap: within a column sorted by y, each starts below the previous.
    std::map<int, std::vector<const LayoutVertex *>> columns;
    for (const LayoutVertex &v : layout.vertices) {
        columns[v.layer].push_back(&v);
        QVERIFY(layout.bounds.contains(v.rect.center()));
    }
    double previousRight = -1e300;
    for (auto &[layer, vs] : columns) {
        std::sort(vs.begin(), vs.end(), [](const LayoutVertex *a, const LayoutVertex *b) {
            return a->order < b->order;
        });
        double left = 1e300, right = -1e300;
        for (std::size_t i = 0; i < vs.size(); ++i) {
            QCOMPARE(vs[i]->order, int(i));
            left = std::min(left, vs[i]->rect.left());
            right = std::max(right, vs[i]->rect.right());
            if (i > 0) {
                QVERIFY2(vs[i]->rect.top() > vs[i - 1]->rect.bottom(),
                    qPrintable(QStringLiteral("layer %1: vertices %2 and %3 overlap")
                                   .arg(layer)
                                   .arg(i - 1)
                                   .arg(i)));
            }
        }
        QVERIFY2(left > previousRight, "columns overlap");
        previousRight = right;
    }
    // Every drawn entity exactly once: its own vertex or the folded group that holds it.
    const std::vector<char> drawn = drawnEntities(index, options);
    std::vector<int> entityDrawn(index.entities().size(), 0);
    for (const LayoutVertex &v : layout.vertices) {
        if (v.kind == LayoutVertex::Kind::Entity) {
            QVERIFY(drawn[v.ref]);
            QCOMPARE(++entityDrawn[v.ref], 1);
        }
    }
    std::set<std::pair<int, int>> entityEdges;
    for (std::uint32_t e = 0; e < index.entities().size(); ++e) {
        const int v = layout.vertexOfEntity(e);
        QCOMPARE(v >= 0, bool(drawn[e]));
        if (v < 0) {
            continue;
        }
        const LayoutVertex &lv = layout.vertices[std::size_t(v)];
        if (lv.kind == LayoutVertex::Kind::Entity) {
            QCOMPARE(lv.ref, e);
        } else {
            QCOMPARE(lv.kind, LayoutVertex::Kind::Group);
            QVERIFY2(entityDrawn[e] == 0, "an entity is drawn both alone and in a group");
            QVERIFY2(inSubtree(layout, int(lv.ref), e), "a group does not contain its member");
        }
        for (const std::uint32_t p : index.parents(e)) {
            const int pv = layout.vertexOfEntity(p);
            if (pv >= 0 && pv != v) {
                entityEdges.insert({ pv, v });
            }
        }
    }
    // Group counts add up; a folded group is drawn only when its ancestors are open.
    for (const GraphGroup &g : layout.groups) {
        std::uint32_t total = std::uint32_t(g.members.size());
        for (const int c : g.childGroups) {
            total += layout.groups[std::size_t(c)].totalMembers;
            QVERIFY(layout.groups[std::size_t(c)].worst <= g.worst);
        }
        QCOMPARE(g.totalMembers, total);
        QCOMPARE(g.models + g.tests + g.sources + g.others, total);
    }
    // Edges: one per pair of vertices with entity edges between them, routed from box to box;
    // downstream whenever the folded graph has no cycle.
    QCOMPARE(layout.edges.size(), entityEdges.size());
    for (const LayoutEdge &e : layout.edges) {
        QVERIFY(entityEdges.count({ int(e.from), int(e.to) }));
        const LayoutVertex &from = layout.vertices[e.from], &to = layout.vertices[e.to];
        QVERIFY(e.points.size() >= 2);
        QVERIFY(from.layer != to.layer);
        if (acyclic) {
            QVERIFY2(from.layer < to.layer, "an edge points upstream");
            QCOMPARE(e.points.front().x(), from.rect.right());
            QCOMPARE(e.points.back().x(), to.rect.left());
            for (std::size_t i = 1; i < e.points.size(); ++i) {
                QVERIFY(e.points[i].x() >= e.points[i - 1].x());
            }
        }
    }
}

std::vector<QString> corpusFolders()
{
    std::vector<QString> out;
    for (const QString &dir : ArtifactCorpus::folders()) {
        if (QFileInfo::exists(dir + QStringLiteral("/manifest.json"))) {
            out.push_back(dir);
        }
    }
    return out;
}

std::vector<int> allGroups(const ArtifactIndex &index, GraphOptions options)
{
    options.expanded.clear();
    const std::vector<char> drawn = drawnEntities(index, options);
    std::vector<int> groupOf;
    const auto groups = buildGroups(index, options, drawn, groupOf);
    std::vector<int> all(groups.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

} // namespace

class TestProjectLayout : public QObject
{
    Q_OBJECT

private slots:

    void corpusInvariants_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &dir : corpusFolders()) {
            QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
        }
    }

    void corpusInvariants()
    {
        QFETCH(QString, folder);
        QString error;
        const auto index = ArtifactIndex::load(folder, &error);
        QVERIFY2(index, qPrintable(error));
        for (const bool tests : { true, false }) {
            GraphOptions none;
            none.grouping = GraphGrouping::None;
            none.includeTests = tests;
            const ProjectLayout flat = layoutProject(*index, none);
            checkInvariants(*index, flat, none, true);
            if (QTest::currentTestFailed()) {
                return;
            }

            GraphOptions folded;
            folded.includeTests = tests;
            checkInvariants(*index, layoutProject(*index, folded), folded, false);
            if (QTest::currentTestFailed()) {
                return;
            }
            GraphOptions open = folded;
            open.expanded = allGroups(*index, open);
            const ProjectLayout opened = layoutProject(*index, open);
            checkInvariants(*index, opened, open, false);
            if (QTest::currentTestFailed()) {
                return;
            }
            // Every group open: the same entities as with no grouping, each in its own box.
            QCOMPARE(opened.vertices.size()
                    - std::size_t(std::count_if(opened.vertices.begin(),
                        opened.vertices.end(),
                        [](const LayoutVertex &v) {
                            return v.kind == LayoutVertex::Kind::Dummy;
                        })),
                flat.vertices.size()
                    - std::size_t(std::count_if(
                        flat.vertices.begin(), flat.vertices.end(), [](const LayoutVertex &v) {
                            return v.kind == LayoutVertex::Kind::Dummy;
                        })));

            GraphOptions byType;
            byType.grouping = GraphGrouping::ResourceType;
            byType.includeTests = tests;
            checkInvariants(*index, layoutProject(*index, byType), byType, false);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }

    void packageFolderTree()
    {
        // m0..m13 in models/f<i%7>/sub<i%2>: package p → models → models/f0.. → models/f0/sub0.
        const auto index = indexOf(generatedManifest(randomDag(14, 3)));
        QVERIFY(index);
        GraphOptions options;
        const ProjectLayout layout = layoutProject(*index, options);
        QCOMPARE(layout.groups.front().label, QStringLiteral("p"));
        QCOMPARE(layout.groups.front().parent, -1);
        QCOMPARE(layout.groups.front().models, 14u);
        QCOMPARE(layout.groups.front().tests, 3u); // m0, m5, m10
        // Everything folded: one box for the package, no edges (all inside it).
        QCOMPARE(layout.vertices.size(), std::size_t(1));
        QCOMPARE(layout.vertices[0].kind, LayoutVertex::Kind::Group);
        QVERIFY(layout.edges.empty());
        const GraphGroup &models = layout.groups[std::size_t(layout.groups.front().childGroups[0])];
        QCOMPARE(models.label, QStringLiteral("models"));
        QCOMPARE(models.childGroups.size(), std::size_t(7));
        QCOMPARE(
            layout.groups[std::size_t(models.childGroups[0])].label, QStringLiteral("models/f0"));
        // m0, m7 in f0/sub0... f0 has m0 (sub0), m7 (sub1) and m0's test in f0's schema.yml.
        const GraphGroup &f0 = layout.groups[std::size_t(models.childGroups[0])];
        QCOMPARE(f0.totalMembers, 3u);
        QCOMPARE(f0.members.size(), std::size_t(1)); // the test, from models/f0/schema.yml
    }

    void worstStatusFromRunResults()
    {
        // diy9's failed run has errors: the package group shows Error, a passing one Pass.
        QString error;
        const QString failed =
            ArtifactCorpus::root() + QStringLiteral("/diy9-dbt0.20.2-bigquery-failed-run");
        if (!QFileInfo::exists(failed + QStringLiteral("/run_results.json"))) {
            QSKIP("corpus without the failed diy9 run");
        }
        const auto index = ArtifactIndex::load(failed, &error);
        QVERIFY2(index, qPrintable(error));
        GraphOptions options;
        const ProjectLayout layout = layoutProject(*index, options);
        GraphHealth worst = GraphHealth::Unknown;
        for (const GraphGroup &g : layout.groups) {
            if (g.parent < 0) {
                worst = std::max(worst, g.worst);
            }
        }
        bool anyError = false;
        for (const RunResult &r : index->results()) {
            anyError = anyError || r.status == "error" || r.status == "fail";
        }
        QVERIFY(anyError);
        QCOMPARE(worst, GraphHealth::Error);
    }

    void generatedGraphs()
    {
        for (const quint32 seed : { 1u, 2u, 3u }) {
            const auto index = indexOf(generatedManifest(randomDag(1500, seed)));
            QVERIFY(index);
            GraphOptions options;
            options.grouping = GraphGrouping::None;
            checkInvariants(*index, layoutProject(*index, options), options, true);
            if (QTest::currentTestFailed()) {
                return;
            }
            options.grouping = GraphGrouping::PackageFolder;
            options.expanded = { 0, 1, 2 }; // p, models, models/f0
            checkInvariants(*index, layoutProject(*index, options), options, false);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }

    void hubFanOutSharesOneTrunk()
    {
        // A date dimension (m0) with 300 children spread over a 60-deep chain: its long edges
        // run through one shared dummy per layer, not one per edge and layer.
        std::vector<std::vector<int>> deps(361);
        for (int i = 1; i <= 60; ++i) {
            deps[std::size_t(i)] = { i - 1 };
        }
        for (int i = 61; i <= 360; ++i) {
            deps[std::size_t(i)] = { 0, 1 + (i * 7) % 60 };
        }
        const auto index = indexOf(generatedManifest(deps));
        QVERIFY(index);
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        options.includeTests = false;
        const ProjectLayout layout = layoutProject(*index, options);
        checkInvariants(*index, layout, options, true);
        const int hub = layout.vertexOfEntity(std::uint32_t(index->findEntity("model.p.m0")));
        std::size_t hubDummies = 0;
        int layers = 0;
        for (const LayoutVertex &v : layout.vertices) {
            layers = std::max(layers, v.layer + 1);
            if (v.kind == LayoutVertex::Kind::Dummy
                && layout.edges[v.ref].from == std::uint32_t(hub)) {
                ++hubDummies;
            }
        }
        QVERIFY(hubDummies > 0);
        QVERIFY2(int(hubDummies) < layers,
            qPrintable(
                QStringLiteral("%1 dummies for the hub in %2 layers").arg(hubDummies).arg(layers)));
    }

    void crossingReductionNeverWorse()
    {
        // Two layers drawn in the worst order to start with: a1 a2 a3 over b3 b2 b1.
        Layered::Input in;
        in.sizes.assign(6, QSizeF(100, 30));
        in.edges = { { 0, 3, 1 }, { 1, 4, 1 }, { 2, 5, 1 } };
        in.orderKeys = { 0, 1, 2, 2, 1, 0 };
        const Layered::Output out = Layered::layout(in);
        QCOMPARE(out.initialCrossings, 3u);
        QCOMPARE(out.crossings, 0u);
        for (const quint32 seed : { 5u, 6u, 7u, 8u }) {
            const auto index = indexOf(generatedManifest(randomDag(800, seed)));
            GraphOptions options;
            options.grouping = GraphGrouping::None;
            Layered::Input random;
            QRandomGenerator rng(seed);
            const ProjectLayout layout = layoutProject(*index, options);
            // The engine's own before/after on the same graph, from a random initial order.
            for (const LayoutVertex &v : layout.vertices) {
                if (v.kind != LayoutVertex::Kind::Dummy) {
                    random.sizes.push_back(v.rect.size());
                    random.orderKeys.push_back(rng.generateDouble());
                }
            }
            for (const LayoutEdge &e : layout.edges) {
                random.edges.push_back({ e.from, e.to, e.weight });
            }
            const Layered::Output r = Layered::layout(random);
            QVERIFY(r.crossings <= r.initialCrossings);
            QVERIFY2(r.crossings < r.initialCrossings / 2,
                qPrintable(QStringLiteral("%1 -> %2").arg(r.initialCrossings).arg(r.crossings)));
        }
    }

    void countCrossingsCountsDrawnLines()
    {
        ProjectLayout layout;
        auto box = [](double x, double y) {
            return QRectF(x, y, 10, 10);
        };
        layout.vertices = { { LayoutVertex::Kind::Entity, 0, 0, 0, box(0, 0) },
            { LayoutVertex::Kind::Entity, 1, 0, 1, box(0, 20) },
            { LayoutVertex::Kind::Entity, 2, 1, 0, box(50, 0) },
            { LayoutVertex::Kind::Entity, 3, 1, 1, box(50, 20) } };
        layout.edges = { { 0, 3, 1, { { 10, 5 }, { 50, 25 } } },
            { 1, 2, 1, { { 10, 25 }, { 50, 5 } } } };
        QCOMPARE(countCrossings(layout), 1u);
        layout.edges[1] = { 0, 2, 1, { { 10, 5 }, { 50, 5 } } };
        QCOMPARE(countCrossings(layout), 0u);
    }

    void expandKeepsTheRestInOrder()
    {
        const auto index = indexOf(generatedManifest(randomDag(600, 11), 9));
        QVERIFY(index);
        // Everything open but one folder (models/f2, group 6: p, models, f0, f0/sub0, f1,
        // f1/sub1, f2): hundreds of boxes around it whose order must survive its opening.
        const int folder = 6;
        GraphOptions options;
        const auto groups = layoutProject(*index, options).groups;
        for (int g = 0; g < int(groups.size()); ++g) {
            if (g != folder && groups[std::size_t(g)].parent != folder) {
                options.expanded.push_back(g);
            }
        }
        const ProjectLayout before = layoutProject(*index, options);
        checkInvariants(*index, before, options, false);
        QCOMPARE(before.groups[std::size_t(folder)].label, QStringLiteral("models/f2"));
        QVERIFY(before.vertices.size() >= 400);
        const ProjectLayout after = expandGroup(*index, before, options, folder);
        GraphOptions opened = options;
        opened.expanded.push_back(folder);
        checkInvariants(*index, after, opened, false);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The folder's own members are drawn now (its sub-folders, folded).
        const std::uint32_t member = before.groups[std::size_t(folder)].members.empty()
            ? 0
            : before.groups[std::size_t(folder)].members.front();
        QVERIFY(after.vertexOfEntity(member) != before.vertexOfEntity(member)
            || before.groups[std::size_t(folder)].members.empty());
        // Everything else keeps its layer order and its order within a layer.
        std::map<std::uint64_t, const LayoutVertex *> was;
        for (const LayoutVertex &v : before.vertices) {
            if (v.kind != LayoutVertex::Kind::Dummy) {
                was[std::uint64_t(v.kind) << 32 | v.ref] = &v;
            }
        }
        std::vector<std::pair<const LayoutVertex *, const LayoutVertex *>> kept;
        for (const LayoutVertex &v : after.vertices) {
            const auto it = was.find(std::uint64_t(v.kind) << 32 | v.ref);
            if (v.kind != LayoutVertex::Kind::Dummy && it != was.end()) {
                kept.emplace_back(it->second, &v);
            }
        }
        QCOMPARE(kept.size(),
            before.vertices.size()
                - std::size_t(std::count_if(before.vertices.begin(),
                    before.vertices.end(),
                    [](const LayoutVertex &v) {
                        return v.kind == LayoutVertex::Kind::Dummy;
                    }))
                - 1);
        for (const auto &[a0, a1] : kept) {
            for (const auto &[b0, b1] : kept) {
                QCOMPARE(a0->layer < b0->layer, a1->layer < b1->layer);
                if (a0->layer == b0->layer) {
                    QCOMPARE(a1->layer, b1->layer);
                    QCOMPARE(a0->order < b0->order, a1->rect.top() < b1->rect.top());
                }
            }
        }
    }

    void cancelAndProgress()
    {
        const auto index = indexOf(generatedManifest(randomDag(2000, 4)));
        QVERIFY(index);
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        std::atomic_bool cancel = false;
        std::vector<int> seen;
        LoadControl control;
        control.cancel = &cancel;
        control.progress = [&](int percent) {
            seen.push_back(percent);
        };
        const ProjectLayout done = layoutProject(*index, options, control);
        QVERIFY(!done.cancelled);
        QVERIFY(seen.size() >= 3);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 100);
        // Cancelled half way (at the first progress report past 20%): nothing is drawn.
        control.progress = [&](int percent) {
            if (percent > 20) {
                cancel = true;
            }
        };
        const ProjectLayout stopped = layoutProject(*index, options, control);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.vertices.empty());
        QCOMPARE(stopped.vertexOfEntity(0), -1);
    }

    void emptyAndFilteredInput()
    {
        const ArtifactIndex empty;
        const ProjectLayout layout = layoutProject(empty, GraphOptions {});
        QVERIFY(layout.vertices.empty());
        QVERIFY(layout.edges.empty());
        QCOMPARE(countCrossings(layout), 0u);
        QCOMPARE(layout.vertexOfEntity(12345), -1);
        // only: just those entities, out-of-range ids ignored.
        const auto index = indexOf(generatedManifest(randomDag(50, 9)));
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        options.only = { 1, 2, 3, 100000 };
        const ProjectLayout some = layoutProject(*index, options);
        checkInvariants(*index, some, options, true);
        QCOMPARE(some.vertices.size()
                - std::size_t(std::count_if(some.vertices.begin(),
                    some.vertices.end(),
                    [](const LayoutVertex &v) {
                        return v.kind == LayoutVertex::Kind::Dummy;
                    })),
            std::size_t(3));
        // A group index that does not exist is ignored by expandGroup too.
        GraphOptions folded;
        const ProjectLayout f = layoutProject(*index, folded);
        const ProjectLayout g = expandGroup(*index, f, folded, 999);
        checkInvariants(*index, g, folded, false);
    }
};

QTEST_GUILESS_MAIN(TestProjectLayout)
#include "tst_projectlayout.moc"
