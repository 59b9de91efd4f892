// SPDX-License-Identifier: GPL-3.0-or-later
// dbtc-posix-guarded: Unix-only (thread CPU clock); CMake builds it only where UNIX.
// Frames of the whole-project graph: the 100 MB scaled project laid out with every node
// (GraphGrouping::None, tests included), painted offscreen into a 1280x800 viewport at three
// zoom levels (the whole graph fitted: dots and edge bundles; boxes 8 px tall; labelled boxes
// 36 px tall), 120 frames each at random pan positions, p50 / p99 / max per zoom. Side by side,
// the baseline: today's LineageCanvas painting the same graph (same layers and orders) at the
// same on-screen box sizes. Run with benchmarks/graphview/run.sh; it writes the README table.
#include "artifacts/artifactindex.h"
#include "artifacts/lineage/projectlayout.h"
#include "models/artifacts/graphscene.h"
#include "ui/artifacts/lineagecanvas.h"
#include "ui/artifacts/projectgraphcanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Dbtc;

namespace {

constexpr QSize kViewport(1280, 800);
constexpr int kFrames = 120;

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
    double cpuP50 = 0, cpuP99 = 0;
};

//! This thread's CPU time: the machine is shared, and wall time also counts other builds.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double quantile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
}

Stats stats(const std::vector<double> &ms, const std::vector<double> &cpu)
{
    return { quantile(ms, 0.5),
        quantile(ms, 0.99),
        quantile(ms, 1.0),
        quantile(cpu, 0.5),
        quantile(cpu, 0.99) };
}

//! Paints \a frames frames of \a widget, calling \a move before each (a pan step).
Stats frames(QWidget &widget,
    const std::function<void(int)> &move,
    const std::function<void()> &afterMove = {})
{
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms, cpu;
    widget.render(&image); // warm caches and fonts once
    for (int i = 0; i < kFrames; ++i) {
        move(i);
        if (afterMove) {
            afterMove();
        }
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        widget.render(&image);
        cpu.push_back(threadCpuMs() - c0);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return stats(ms, cpu);
}

//! The same graph as today's per-node lineage layout: entity vertices in their layers, orders
//! by position, entity edges.
Models::LineageLayout asLineageLayout(
    const Models::ArtifactIndex &index, const Models::ProjectLayout &l)
{
    Models::LineageLayout out;
    std::vector<int> position(l.vertices.size(), -1);
    std::vector<std::tuple<int, qreal, std::uint32_t>> rows;
    for (std::uint32_t v = 0; v < l.vertices.size(); ++v) {
        if (l.vertices[v].kind == Models::LayoutVertex::Kind::Entity) {
            rows.emplace_back(l.vertices[v].layer, l.vertices[v].rect.center().y(), v);
        }
    }
    std::sort(rows.begin(), rows.end());
    int maxLayer = 0;
    for (const auto &[layer, y, v] : rows) {
        maxLayer = std::max(maxLayer, layer);
    }
    out.layers.assign(std::size_t(maxLayer + 1), {});
    for (const auto &[layer, y, v] : rows) {
        position[v] = int(out.nodes.size());
        out.nodes.push_back(l.vertices[v].ref);
        out.layer.push_back(layer);
        out.order.push_back(int(out.layers[std::size_t(layer)].size()));
        out.layers[std::size_t(layer)].push_back(std::uint32_t(position[v]));
    }
    for (std::uint32_t n = 0; n < out.nodes.size(); ++n) {
        for (std::uint32_t child : index.children(out.nodes[n])) {
            const int cv = l.entityVertex[child];
            if (cv >= 0 && position[std::size_t(cv)] >= 0) {
                out.edges.emplace_back(n, std::uint32_t(position[std::size_t(cv)]));
            }
        }
    }
    return out;
}

//! LineageCanvas has no pan call: a zoom out around one point and back in around another is
//! a pan by their difference (offset' = offset + P - Q). Puts
//! \a entity at the centre.
void panBaseline(Ui::LineageCanvas &canvas, std::uint32_t entity)
{
    const Models::LineageLayout &ll = canvas.layout();
    const qreal s = canvas.zoom();
    // LineageCanvas geometry: 210 x 46 boxes on a 290 x 60 pitch, layers centred on y = 0
    const std::size_t layer0 = std::size_t(ll.layer[0]);
    const QPointF scene0(
        qreal(layer0) * 290, (ll.order[0] - (qreal(ll.layers[layer0].size()) - 1) / 2) * 60 - 23);
    const QPointF offset = QPointF(canvas.nodeRect(ll.nodes[0]).topLeft()) - scene0 * s;
    const QPointF target = (QPointF(canvas.nodeRect(entity).center()) - offset) / s;
    const QPointF wanted = QPointF(canvas.width() / 2.0, canvas.height() / 2.0) - target * s;
    canvas.setZoom(s / 2, wanted - offset);
    canvas.setZoom(s, QPointF(0, 0));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_graphview TARGET_FOLDER\n");
        return 2;
    }
    QString error;
    QElapsedTimer t;
    t.start();
    auto index = std::shared_ptr<const Models::ArtifactIndex>(
        Models::ArtifactIndex::load(QString::fromLocal8Bit(argv[1]), &error));
    if (!index) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double loadMs = double(t.elapsed());
    Models::GraphOptions options;
    options.grouping = Models::GraphGrouping::None;
    options.includeTests = true;
    t.restart();
    auto layout =
        std::make_shared<const Models::ProjectLayout>(Models::layoutProject(*index, options));
    const double layoutMs = double(t.elapsed());
    t.restart();
    auto scene = std::make_shared<const Models::GraphScene>(index, layout, options);
    const double sceneMs = double(t.elapsed());
    std::size_t drawn = 0;
    for (const auto &v : layout->vertices) {
        drawn += v.kind == Models::LayoutVertex::Kind::Entity;
    }

    Ui::ProjectGraphCanvas canvas;
    canvas.resize(kViewport);
    canvas.setScene(scene);
    Ui::LineageCanvas baseline;
    baseline.resize(kViewport);
    t.restart();
    baseline.setGraph(index, asLineageLayout(*index, *layout));
    const double baselineSetMs = double(t.elapsed());

    // pan to random nodes (random points of a sparse graph would often show nothing)
    QRandomGenerator rng(11);
    std::vector<std::uint32_t> spots; // entity indices drawn by both
    const auto &ll = baseline.layout();
    for (int i = 0; i < kFrames; ++i) {
        spots.push_back(ll.nodes[rng.bounded(std::uint32_t(ll.nodes.size()))]);
    }

    struct Level
    {
        const char *name;
        qreal pixelHeight; // on-screen box height; 0 = fit the whole graph
    };

    std::printf(
        "| zoom | level of detail | graph view: wall p50 / p99 / max (CPU p50 / p99) | baseline "
        "LineageCanvas: wall p50 / p99 / max (CPU p50 / p99) | CPU p99 baseline / ours |\n");
    std::printf("|---|---|---|---|---|\n");
    auto row = [](const char *name, const char *lod, const Stats &ours, const Stats &base) {
        std::printf("| %s | %s | %.1f / %.1f / %.1f ms (%.1f / %.1f) | %.1f / %.1f / %.1f ms (%.1f "
                    "/ %.1f) | %.1fx |\n",
            name,
            lod,
            ours.p50,
            ours.p99,
            ours.max,
            ours.cpuP50,
            ours.cpuP99,
            base.p50,
            base.p99,
            base.max,
            base.cpuP50,
            base.cpuP99,
            base.cpuP99 / std::max(ours.cpuP99, 0.01));
    };
    for (const Level level : { Level { "whole graph fitted", 0 },
             Level { "boxes 8 px tall", 8 },
             Level { "labels 36 px tall", 36 } }) {
        if (level.pixelHeight == 0) {
            canvas.fitToView();
            baseline.fitToView();
        } else {
            canvas.setZoom(level.pixelHeight / scene->typicalHeight(), QPointF());
            baseline.setZoom(
                level.pixelHeight / 46.0, QPointF()); // LineageCanvas boxes are 46 tall
        }
        const char *lod = canvas.lod() == Ui::GraphLod::Dots ? "dots + bundles"
            : canvas.lod() == Ui::GraphLod::Boxes            ? "boxes"
                                                             : "labels";
        std::size_t inView = 0;
        std::vector<std::uint32_t> hits;
        const Stats ours = frames(
            canvas,
            [&](int i) {
                if (level.pixelHeight > 0) {
                    const int v = layout->entityVertex[spots[std::size_t(i)]];
                    canvas.centerOn(layout->vertices[std::size_t(v)].rect.center());
                } else {
                    canvas.update();
                }
            },
            [&] {
                scene->verticesIn(canvas.visibleScene(), hits);
                inView += hits.size();
            });
        const Stats base = frames(baseline, [&](int i) {
            if (level.pixelHeight > 0) {
                panBaseline(baseline, spots[std::size_t(i)]);
            } else {
                baseline.update();
            }
        });
        row(level.name, lod, ours, base);
        std::printf("|  | (%zu vertices in the viewport on average) | | | |\n",
            inView / std::size_t(kFrames + 0));
    }
    // zooming through the far range: every frame is a new scale (no bundle reuse)
    {
        canvas.fitToView();
        baseline.fitToView();
        const qreal fitOurs = canvas.zoom(), fitBase = baseline.zoom();
        const Stats ours = frames(canvas, [&](int i) {
            canvas.setZoom(fitOurs * std::pow(1.02, i % 60), QPointF(640, 400));
        });
        const Stats base = frames(baseline, [&](int i) {
            baseline.setZoom(fitBase * std::pow(1.02, i % 60), QPointF(640, 400));
        });
        row("zooming in from fitted (new scale every frame)", "dots + bundles", ours, base);
    }
    std::printf("\n| what | value |\n|---|---|\n");
    std::printf("| entities in the index / drawn vertices / edges drawn | %zu / %zu / %zu |\n",
        index->entities().size(),
        drawn,
        layout->edges.size());
    std::printf(
        "| load (index) / layoutProject / GraphScene (spatial index) | %.0f / %.0f / %.0f ms |\n",
        loadMs,
        layoutMs,
        sceneMs);
    std::printf("| baseline LineageCanvas::setGraph | %.0f ms |\n", baselineSetMs);
    return 0;
}
