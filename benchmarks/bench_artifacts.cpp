// SPDX-License-Identifier: GPL-3.0-or-later
// bench_artifacts MODE FILE [DEEP_NODE_ID]: one measurement per process so peak RSS is honest.
//   read   QFile::readAll only
//   floor  plain simdjson On-Demand parse + walk of every entry (what any index must pay)
//   qjson  QJsonDocument::fromJson (what a naive Qt app does) + count nodes
//   index  ArtifactIndex::load (searchable index), then search keystrokes and lineage layout
// Prints key=value lines; run.sh turns them into the README table.
#include "artifacts/artifactindex.h"
#include "artifacts/artifactsearch.h"
#include "artifacts/lineagegraph.h"
#include "benchmarks/processclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <simdjson.h>

using namespace Dbtc::Models;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// CPU time of the process: on a shared machine wall time also counts waiting for a core.
double cpuMs()
{
    return Dbtc::Bench::processCpuMs();
}

using Dbtc::Bench::peakRssKb;

int floorWalk(const char *path)
{
    namespace od = simdjson::ondemand;
    const auto t0 = Clock::now();
    const double c0 = cpuMs();
    simdjson::padded_string json;
    if (simdjson::padded_string::load(path).get(json)) {
        return 3;
    }
    const double readMs = msSince(t0);
    od::parser parser;
    od::document doc = parser.iterate(json);
    std::size_t entries = 0, fields = 0, strings = 0;
    for (od::field section : doc.get_object()) {
        od::value v = section.value();
        if (v.type() != od::json_type::object) {
            continue;
        }
        for (od::field entry : v.get_object()) {
            ++entries;
            od::value e = entry.value();
            if (e.type() != od::json_type::object) {
                continue;
            }
            for (od::field f : e.get_object()) {
                ++fields;
                od::value fv = f.value();
                if (fv.type() == od::json_type::string) {
                    (void)std::string_view(fv.get_raw_json_string().value().raw());
                    ++strings;
                }
            }
        }
    }
    std::printf("ms=%.1f\ncpu_ms=%.1f\nread_ms=%.1f\nentries=%zu\nfields=%zu\nrss_kb=%ld\n",
        msSince(t0),
        cpuMs() - c0,
        readMs,
        entries,
        fields,
        peakRssKb());
    return 0;
}

int indexBench(const QString &path, const QByteArray &deepId)
{
    const auto t0 = Clock::now();
    const double c0 = cpuMs();
    QString error;
    // What ArtifactIndex::load does for one file, split so the phases can be timed.
    auto built = std::make_shared<ArtifactIndex>();
    if (!built->addFile(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 4;
    }
    const double parseMs = msSince(t0);
    built->finalize();
    const double finalizeMs = msSince(t0) - parseMs;
    std::shared_ptr<const ArtifactIndex> index = std::move(built);
    ArtifactSearch search(index);
    const double indexMs = msSince(t0);
    const double indexCpuMs = cpuMs() - c0;
    std::printf("cpu_ms=%.1f\nparse_ms=%.1f\nfinalize_ms=%.1f\nsearch_build_ms=%.1f\n",
        indexCpuMs,
        parseMs,
        finalizeMs,
        indexMs - parseMs - finalizeMs);
    const long rss = peakRssKb();
    // Keystrokes: the name of an entity typed one character at a time, plus short queries
    // that match nearly everything (the slow case: ranking many hits).
    const Entity &probe = index->entities()[index->entities().size() / 2];
    QStringList queries = { QStringLiteral("s"), QStringLiteral("st"), QStringLiteral("o") };
    const QString name = toQString(probe.name);
    for (qsizetype i = 1; i <= name.size(); ++i) {
        queries << name.left(i);
    }
    double worst = 0, total = 0;
    std::size_t hits = 0;
    for (const QString &q : std::as_const(queries)) {
        const auto s0 = Clock::now();
        hits += search.find(q).size();
        const double ms = msSince(s0);
        worst = std::max(worst, ms);
        total += ms;
    }
    int deep = index->findEntity(std::string_view(deepId.constData(), std::size_t(deepId.size())));
    double layoutMs = -1;
    std::size_t ancestors = 0;
    if (deep >= 0) {
        const auto l0 = Clock::now();
        const LineageLayout layout = layoutLineage(*index, std::uint32_t(deep), -1, 0);
        layoutMs = msSince(l0);
        ancestors = layout.nodes.size() - 1;
    }
    std::printf("ms=%.1f\nrss_kb=%ld\nentities=%zu\nedges=%zu\nsearch_worst_ms=%.2f\n"
                "search_avg_ms=%.2f\nsearch_queries=%lld\nsearch_hits=%zu\nlayout_ms=%.1f\n"
                "layout_ancestors=%zu\n",
        indexMs,
        rss,
        index->entities().size(),
        index->edgeCount(),
        worst,
        total / double(queries.size()),
        qlonglong(queries.size()),
        hits,
        layoutMs,
        ancestors);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_artifacts read|floor|qjson|index FILE [DEEP_ID]\n");
        return 2;
    }
    const QByteArray mode = argv[1];
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (mode == "floor") {
        return floorWalk(argv[2]);
    }
    if (mode == "index") {
        return indexBench(path, argc > 3 ? QByteArray(argv[3]) : QByteArray());
    }
    const auto t0 = Clock::now();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return 3;
    }
    const QByteArray bytes = f.readAll();
    if (mode == "read") {
        std::printf(
            "ms=%.1f\nbytes=%lld\nrss_kb=%ld\n", msSince(t0), qlonglong(bytes.size()), peakRssKb());
        return 0;
    }
    if (mode == "qjson") {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        const qsizetype nodes = doc.object().value(QLatin1String("nodes")).toObject().size();
        std::printf(
            "ms=%.1f\nnodes=%lld\nrss_kb=%ld\n", msSince(t0), qlonglong(nodes), peakRssKb());
        return 0;
    }
    return 2;
}
