// SPDX-License-Identifier: GPL-3.0-or-later
// dbtc-posix-guarded: Unix-only (FIFOs, rlimits, process clocks); CMake builds it only where UNIX.
// bench_lineage: the whole-project layout against today's per-node layered layout and Graphviz
// dot, on the same graphs. One measurement per process (benchmarks/lineage/run.sh), printed
// as key=value pairs:
//   bench_lineage project FILE [notests]   layoutProject of every node (GraphGrouping::None)
//   bench_lineage ours FILE FOCUS          layoutProject of FOCUS's lineage (GraphOptions::only)
//   bench_lineage lineage FILE FOCUS       layoutLineage(FOCUS), today's layout, same node set
//   bench_lineage dot FILE FOCUS SECONDS   dot -Tplain on the same node set, cut after SECONDS
// Crossings for all three are counted the same way: every edge is sampled at the centre of
// each column (rank) it passes, and pairs of segments between neighbouring columns that swap
// order are crossings; identical segments (a bundle's shared trunk) are one line.
#include "artifacts/artifactindex.h"
#include "artifacts/lineage/layeredengine.h"
#include "artifacts/lineage/projectlayout.h"
#include "artifacts/lineagegraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace Dbtc::Models;

namespace {

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

long peakRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

long currentRssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

//! A drawing reduced to what crossing counting needs: column centres and edge polylines.
struct Drawing
{
    std::vector<double> columns; // x of each column centre, ascending
    std::vector<std::vector<QPointF>> polylines;
};

double yAt(const std::vector<QPointF> &line, double x)
{
    if (x <= line.front().x()) {
        return line.front().y();
    }
    for (std::size_t i = 1; i < line.size(); ++i) {
        if (x <= line[i].x()) {
            const QPointF a = line[i - 1], b = line[i];
            const double t = b.x() > a.x() ? (x - a.x()) / (b.x() - a.x()) : 1;
            return a.y() + t * (b.y() - a.y());
        }
    }
    return line.back().y();
}

std::uint64_t crossings(Drawing d)
{
    std::sort(d.columns.begin(), d.columns.end());
    std::vector<std::vector<std::pair<double, double>>> gaps(d.columns.size());
    for (auto &line : d.polylines) {
        if (line.size() < 2) {
            continue;
        }
        if (line.front().x() > line.back().x()) {
            std::reverse(line.begin(), line.end());
        }
        // From the column nearest one end to the column nearest the other, sampled at each.
        const double x0 = line.front().x(), x1 = line.back().x();
        auto nearest = [&](double x) {
            const auto it = std::lower_bound(d.columns.begin(), d.columns.end(), x);
            std::size_t k = std::size_t(it - d.columns.begin());
            if (k == d.columns.size() || (k > 0 && x - d.columns[k - 1] < d.columns[k] - x)) {
                --k;
            }
            return k;
        };
        const std::size_t a = nearest(x0), b = nearest(x1);
        double prev = line.front().y();
        for (std::size_t k = a; k < b; ++k) {
            const double next = yAt(line, std::clamp(d.columns[k + 1], x0, x1));
            gaps[k].emplace_back(prev, next);
            prev = next;
        }
    }
    std::uint64_t total = 0;
    for (auto &g : gaps) {
        total += Layered::countInversions(g);
    }
    return total;
}

Drawing drawingOf(const ProjectLayout &layout)
{
    Drawing d;
    std::map<int, double> columns;
    for (const LayoutVertex &v : layout.vertices) {
        if (v.kind != LayoutVertex::Kind::Dummy) {
            columns[v.layer] = v.rect.center().x();
        }
    }
    for (const auto &[layer, x] : columns) {
        d.columns.push_back(x);
    }
    for (const LayoutEdge &e : layout.edges) {
        auto line = e.points;
        // From box centre to box centre, like dot's and the per-node layout's ends.
        line.front() = layout.vertices[e.from].rect.center();
        line.back() = layout.vertices[e.to].rect.center();
        d.polylines.push_back(std::move(line));
    }
    return d;
}

std::vector<std::uint32_t> lineageSet(const ArtifactIndex &index, std::uint32_t focus)
{
    std::vector<std::uint32_t> set { focus };
    for (const LineageHit &h : lineageAncestors(index, focus)) {
        set.push_back(h.entity);
    }
    for (const LineageHit &h : lineageDescendants(index, focus)) {
        set.push_back(h.entity);
    }
    std::sort(set.begin(), set.end());
    return set;
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench_lineage: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        return fail("usage: bench_lineage project|ours|lineage|dot FILE [FOCUS|notests] [SECONDS]");
    }
    const QByteArray mode = argv[1];
    QString error;
    const auto index = ArtifactIndex::load(QString::fromLocal8Bit(argv[2]), &error);
    if (!index) {
        return fail(qPrintable(error));
    }
    const long peakBefore = peakRssKb(), rssBefore = currentRssKb();
    QElapsedTimer timer;

    if (mode == "project") {
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        options.includeTests = !(argc > 3 && QByteArray(argv[3]) == "notests");
        const double cpu0 = cpuMs();
        timer.start();
        const ProjectLayout layout = layoutProject(*index, options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs() - cpu0;
        const long added = std::max(currentRssKb() - rssBefore, peakRssKb() - peakBefore);
        std::size_t dummies = 0, real = 0;
        for (const LayoutVertex &v : layout.vertices) {
            (v.kind == LayoutVertex::Kind::Dummy ? dummies : real) += 1;
        }
        int layers = 0;
        for (const LayoutVertex &v : layout.vertices) {
            layers = std::max(layers, v.layer + 1);
        }
        std::printf("ms=%.1f cpu_ms=%.1f added_kb=%ld nodes=%zu dummies=%zu edges=%zu "
                    "layers=%d crossings=%llu\n",
            ms,
            cpu,
            added,
            real,
            dummies,
            layout.edges.size(),
            layers,
            static_cast<unsigned long long>(layout.crossings));
        return 0;
    }

    if (argc < 4) {
        return fail("FOCUS missing");
    }
    const int focus = index->findEntity(argv[3]);
    if (focus < 0) {
        return fail("FOCUS is not in the manifest");
    }
    const std::vector<std::uint32_t> set = lineageSet(*index, std::uint32_t(focus));

    if (mode == "ours") {
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        options.only = set;
        timer.start();
        const ProjectLayout layout = layoutProject(*index, options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::size_t real = 0;
        for (const LayoutVertex &v : layout.vertices) {
            real += v.kind != LayoutVertex::Kind::Dummy;
        }
        std::printf("ms=%.1f nodes=%zu crossings=%llu\n",
            ms,
            real,
            static_cast<unsigned long long>(crossings(drawingOf(layout))));
        return 0;
    }

    if (mode == "lineage") {
        timer.start();
        const LineageLayout layout = layoutLineage(*index, std::uint32_t(focus));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        // Its drawing: columns 240 apart, rows 50 apart, straight lines between box centres.
        Drawing d;
        for (std::size_t l = 0; l < layout.layers.size(); ++l) {
            d.columns.push_back(double(l) * 240);
        }
        for (const auto &[p, c] : layout.edges) {
            d.polylines.push_back({ QPointF(layout.layer[p] * 240.0, layout.order[p] * 50.0),
                QPointF(layout.layer[c] * 240.0, layout.order[c] * 50.0) });
        }
        std::printf("ms=%.1f nodes=%zu crossings=%llu\n",
            ms,
            layout.nodes.size(),
            static_cast<unsigned long long>(crossings(std::move(d))));
        return 0;
    }

    if (mode == "dot") {
        const int seconds = argc > 4 ? std::atoi(argv[4]) : 60;
        QTemporaryDir dir;
        QFile dot(dir.filePath(QStringLiteral("graph.dot")));
        if (!dot.open(QIODevice::WriteOnly)) {
            return fail("cannot write the DOT file");
        }
        std::vector<int> local(index->entities().size(), -1);
        for (std::size_t i = 0; i < set.size(); ++i) {
            local[set[i]] = int(i);
        }
        QByteArray text = "digraph g {\nrankdir=LR;\nnode [shape=box,width=2.5,height=0.5];\n";
        std::size_t edges = 0;
        for (const std::uint32_t child : set) {
            for (const std::uint32_t parent : index->parents(child)) {
                if (local[parent] >= 0) {
                    text += 'n' + QByteArray::number(local[parent]) + " -> n"
                        + QByteArray::number(local[child]) + ";\n";
                    ++edges;
                }
            }
        }
        for (std::size_t i = 0; i < set.size(); ++i) {
            text += 'n' + QByteArray::number(qulonglong(i)) + ";\n";
        }
        text += "}\n";
        dot.write(text);
        dot.close();
        QProcess process;
        timer.start();
        process.start(QStringLiteral("dot"), { QStringLiteral("-Tplain"), dot.fileName() });
        const bool finished = process.waitForFinished(seconds * 1000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!finished) {
            process.kill();
            process.waitForFinished();
            std::printf("ms=cut limit_s=%d nodes=%zu edges=%zu\n", seconds, set.size(), edges);
            return 0;
        }
        // plain: "node NAME X Y W H ..." and "edge TAIL HEAD N X1 Y1 ... XN YN ...".
        Drawing d;
        QHash<QByteArray, QPointF> centre;
        std::vector<double> xs;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() > 4 && f[0] == "node") {
                centre.insert(f[1], QPointF(f[2].toDouble(), f[3].toDouble()));
                xs.push_back(f[2].toDouble());
            } else if (f.size() > 4 && f[0] == "edge") {
                const int count = f[3].toInt();
                std::vector<QPointF> pts { centre.value(f[1]) };
                for (int k = 0; k < count && 5 + 2 * k < f.size(); ++k) {
                    pts.emplace_back(f[4 + 2 * k].toDouble(), f[5 + 2 * k].toDouble());
                }
                pts.push_back(centre.value(f[2]));
                d.polylines.push_back(std::move(pts));
            }
        }
        std::sort(xs.begin(), xs.end());
        xs.erase(std::unique(xs.begin(),
                     xs.end(),
                     [](double a, double b) {
                         return std::abs(a - b) < 1e-3;
                     }),
            xs.end());
        d.columns = xs;
        std::printf("ms=%.1f nodes=%zu edges=%zu crossings=%llu\n",
            ms,
            set.size(),
            edges,
            static_cast<unsigned long long>(crossings(std::move(d))));
        return 0;
    }
    return fail("unknown mode");
}
