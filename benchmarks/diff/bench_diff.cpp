// SPDX-License-Identifier: GPL-3.0-or-later
// bench_diff OLD NEW [RUNS]: --diff's work on two large runs, side by side in one process with
//   parse  ArtifactIndex of both run_results (what reading the two files costs us: the floor)
//   diff   loadRunArtifacts both + diffRuns + runDiffJson (everything --diff does but print)
//   naive  QJsonDocument::fromJson both, maps by unique_id, compare, QJsonDocument out
// Prints the median CPU ms of RUNS rounds per mode and the ratios (run.sh writes the README).
#include "artifacts/artifactindex.h"
#include "artifacts/diff/rundiff.h"
#include "benchmarks/processclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Dbtc::Models;

namespace {

QString resultsFile(const QString &path)
{
    return path.endsWith(QLatin1String(".json")) ? path
                                                 : path + QStringLiteral("/run_results.json");
}

std::size_t parseBoth(const QString &a, const QString &b)
{
    std::size_t n = 0;
    for (const QString &p : { a, b }) {
        ArtifactIndex index;
        QString error;
        if (!index.addFile(resultsFile(p), &error, ArtifactKind::RunResults)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
        index.finalize();
        n += index.results().size();
    }
    return n;
}

std::size_t ourDiff(const QString &a, const QString &b)
{
    QString error;
    auto before = loadRunArtifacts(a, &error);
    auto after = loadRunArtifacts(b, &error);
    if (!before || !after) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    return std::size_t(runDiffJson(diffRuns(std::move(before), std::move(after))).size());
}

QHash<QString, QJsonObject> naiveLoad(const QString &path)
{
    QFile f(resultsFile(path));
    if (!f.open(QIODevice::ReadOnly)) {
        std::exit(1);
    }
    QHash<QString, QJsonObject> out;
    const QJsonArray list =
        QJsonDocument::fromJson(f.readAll()).object()[QLatin1String("results")].toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject r = v.toObject();
        out.insert(r[QLatin1String("unique_id")].toString(), r);
    }
    return out;
}

std::size_t naiveDiff(const QString &a, const QString &b)
{
    const auto before = naiveLoad(a);
    const auto after = naiveLoad(b);
    QStringList ids = before.keys();
    ids.sort();
    QJsonArray changed, timing, removed, added;
    for (const QString &id : ids) {
        const auto n = after.constFind(id);
        if (n == after.constEnd()) {
            removed.append(id);
            continue;
        }
        const QJsonObject &o = before[id];
        if (o[QLatin1String("status")] != n->value(QLatin1String("status"))) {
            changed.append(QJsonObject { { QStringLiteral("unique_id"), id },
                { QStringLiteral("old"), o[QLatin1String("status")] },
                { QStringLiteral("new"), n->value(QLatin1String("status")) } });
        }
        timing.append(QJsonObject { { QStringLiteral("unique_id"), id },
            { QStringLiteral("old_s"), o[QLatin1String("execution_time")] },
            { QStringLiteral("new_s"), n->value(QLatin1String("execution_time")) } });
    }
    QStringList fresh;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key())) {
            fresh << it.key();
        }
    }
    fresh.sort();
    const QJsonObject out { { QStringLiteral("status_changed"), changed },
        { QStringLiteral("added"), QJsonArray::fromStringList(fresh) },
        { QStringLiteral("removed"), removed },
        { QStringLiteral("timing"), timing } };
    return std::size_t(QJsonDocument(out).toJson().size());
}

double medianCpuMs(int runs, const std::function<std::size_t()> &work, std::size_t *result)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const double c0 = Dbtc::Bench::processCpuMs();
        *result = work();
        ms.push_back(Dbtc::Bench::processCpuMs() - c0);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_diff OLD NEW [RUNS]\n");
        return 2;
    }
    const QString a = QString::fromLocal8Bit(argv[1]), b = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    std::size_t results = 0, ours = 0, naive = 0;
    const double parse = medianCpuMs(
        runs,
        [&] {
            return parseBoth(a, b);
        },
        &results);
    const double diff = medianCpuMs(
        runs,
        [&] {
            return ourDiff(a, b);
        },
        &ours);
    const double qjson = medianCpuMs(
        runs,
        [&] {
            return naiveDiff(a, b);
        },
        &naive);
    std::printf(
        "results=%zu\nparse_ms=%.1f\ndiff_ms=%.1f\nnaive_ms=%.1f\n", results, parse, diff, qjson);
    std::printf("diff_over_parse=%.2f\nnaive_over_diff=%.2f\njson_bytes=%zu\n",
        diff / parse,
        qjson / diff,
        ours);
    return 0;
}
