// SPDX-License-Identifier: GPL-3.0-or-later
// dbtc-posix-guarded: Unix-only (FIFOs, rlimits, process clocks); CMake builds it only where UNIX.
// bench_selection MANIFEST DEEP_NODE: dbt selection on a large manifest, each query side by
// side with a naive baseline in the same process:
//   +DEEP+                       vs a string-keyed BFS (adjacency as hash maps of unique_id
//                                strings, the shape of networkx's dict-of-dicts graph dbt uses);
//   tag:T,config.materialized:table  vs a per-atom full scan that decodes every config object
//                                with QJsonDocument and copies tags into std::string sets.
// Prints one key=value line per measurement (median of RUNS runs) for run.sh.
#include "artifacts/artifactindex.h"
#include "artifacts/selection/selection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace Dbtc::Models;
namespace Sel = Dbtc::Models::Selection;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median wall time; *cpu gets the median CPU time of the thread (the machine is shared: the
// CPU figure is the steadier one).
double medianMs(int runs, const std::function<std::size_t()> &fn, std::size_t *count, double *cpu)
{
    std::vector<double> ms, cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        *count = fn();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpus.push_back(threadCpuMs() - c0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpus.begin(), cpus.end());
    *cpu = cpus[cpus.size() / 2];
    return ms[ms.size() / 2];
}

std::string mostCommonTag(const ArtifactIndex &index)
{
    std::map<std::string, int> counts;
    for (const Entity &e : index.entities()) {
        for (std::string_view t : index.tags(e)) {
            if (t.rfind("on-run-", 0) != 0) {
                ++counts[std::string(t)];
            }
        }
    }
    std::string best = "x";
    int n = 0;
    for (const auto &[tag, c] : counts) {
        if (c > n) {
            best = tag;
            n = c;
        }
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_selection MANIFEST DEEP_NODE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
    QString error;
    QElapsedTimer load;
    load.start();
    const auto index = ArtifactIndex::load(QString::fromLocal8Bit(argv[1]), &error);
    if (!index) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("load_ms=%.0f entities=%zu edges=%zu\n",
        double(load.nsecsElapsed()) / 1e6,
        index->entities().size(),
        index->edgeCount());
    const auto &entities = index->entities();
    std::size_t count = 0;
    double cpu = 0;
    // dbt's default (fqn) matches the last fqn part. gen_scaled.py renames unique_ids but keeps
    // fqns, so the deep node's leaf names it and its copies in every replica: +X+ here starts
    // from all of them, an upper bound of the one-node case.
    const int deepIndex = index->findEntity(argv[2]);
    if (deepIndex < 0) {
        std::fprintf(stderr, "no entity %s\n", argv[2]);
        return 1;
    }
    const std::string fqn(entities[std::size_t(deepIndex)].fqn);
    const std::size_t lastQuote = fqn.rfind('"');
    const std::size_t openQuote = fqn.rfind('"', lastQuote - 1);
    const std::string name = fqn.substr(openQuote + 1, lastQuote - openQuote - 1);
    Sel::SelectionQuery startsOnly;
    startsOnly.select << QString::fromStdString(name);
    startsOnly.indirect = Sel::IndirectMode::Empty;
    std::vector<std::string> starts;
    for (std::uint32_t i : Sel::select(*index, startsOnly).entities) {
        starts.emplace_back(entities[i].uniqueId);
    }
    std::printf("deep=%s name=%s starts=%zu\n", argv[2], name.c_str(), starts.size());

    // 1. +NAME+ with our engine.
    Sel::SelectionQuery around;
    around.select << QString::fromStdString("+" + name + "+");
    const double ours1 = medianMs(
        runs,
        [&] {
            return Sel::select(*index, around).entities.size();
        },
        &count,
        &cpu);
    std::printf("query=around ours_ms=%.2f ours_cpu_ms=%.2f selected=%zu\n", ours1, cpu, count);

    // Baseline: the same reach over string-keyed adjacency (built once, not timed).
    std::unordered_map<std::string, std::vector<std::string>> up, down;
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
        for (std::uint32_t p : index->parents(i)) {
            up[std::string(entities[i].uniqueId)].emplace_back(entities[p].uniqueId);
            down[std::string(entities[p].uniqueId)].emplace_back(entities[i].uniqueId);
        }
    }
    const double base1 = medianMs(
        runs,
        [&] {
            std::unordered_set<std::string> seen(starts.begin(), starts.end());
            for (auto *adj : { &up, &down }) {
                // Its own visited set per direction: with many starts, an ancestor of one
                // start can be a descendant of another.
                std::unordered_set<std::string> visited(starts.begin(), starts.end());
                std::vector<std::string> frontier = starts;
                while (!frontier.empty()) {
                    std::vector<std::string> next;
                    for (const std::string &u : frontier) {
                        auto it = adj->find(u);
                        if (it == adj->end()) {
                            continue;
                        }
                        for (const std::string &v : it->second) {
                            if (visited.insert(v).second) {
                                seen.insert(v);
                                next.push_back(v);
                            }
                        }
                    }
                    frontier.swap(next);
                }
            }
            // + the tests of everything reached (eager), as the engine does
            std::set<std::string> result(seen.begin(), seen.end());
            for (const std::string &u : seen) {
                auto it = down.find(u);
                if (it != down.end()) {
                    for (const std::string &v : it->second) {
                        if (v.rfind("test.", 0) == 0 || v.rfind("unit_test.", 0) == 0) {
                            result.insert(v);
                        }
                    }
                }
            }
            return result.size();
        },
        &count,
        &cpu);
    std::printf(
        "query=around baseline=string_bfs baseline_ms=%.2f baseline_cpu_ms=%.2f selected=%zu\n",
        base1,
        cpu,
        count);

    // 2. tag:T,config.materialized:table
    const std::string tag = mostCommonTag(*index);
    Sel::SelectionQuery inter;
    inter.select << QString::fromStdString("tag:" + tag + ",config.materialized:table");
    const double ours2 = medianMs(
        runs,
        [&] {
            return Sel::select(*index, inter).entities.size();
        },
        &count,
        &cpu);
    std::printf("query=tag_and_table tag=%s ours_ms=%.2f ours_cpu_ms=%.2f selected=%zu\n",
        tag.c_str(),
        ours2,
        cpu,
        count);
    const double base2 = medianMs(
        runs,
        [&] {
            std::set<std::string> tagged, tables;
            for (const Entity &e : entities) {
                if (e.disabled || e.type == ResourceType::Macro) {
                    continue;
                }
                std::set<std::string> tags;
                for (std::string_view t : index->tags(e)) {
                    tags.emplace(t);
                }
                if (tags.count(tag)) {
                    tagged.emplace(e.uniqueId);
                }
                const QJsonObject config = QJsonDocument::fromJson(
                    QByteArray::fromRawData(e.config.data(), qsizetype(e.config.size())))
                                               .object();
                if (config.value(QStringLiteral("materialized")).toString() == u"table") {
                    tables.emplace(e.uniqueId);
                }
            }
            // Eager indirect selection on each side, as dbt does: the tests of what matched.
            for (auto *set : { &tagged, &tables }) {
                std::vector<std::string> tests;
                for (const std::string &id : *set) {
                    auto it = down.find(id);
                    if (it == down.end()) {
                        continue;
                    }
                    for (const std::string &v : it->second) {
                        if (v.rfind("test.", 0) == 0 || v.rfind("unit_test.", 0) == 0) {
                            tests.push_back(v);
                        }
                    }
                }
                set->insert(tests.begin(), tests.end());
            }
            std::size_t n = 0;
            for (const std::string &id : tagged) {
                n += tables.count(id);
            }
            return n;
        },
        &count,
        &cpu);
    std::printf("query=tag_and_table baseline=qjson_scan baseline_ms=%.2f baseline_cpu_ms=%.2f "
                "selected=%zu\n",
        base2,
        cpu,
        count);
    return 0;
}
