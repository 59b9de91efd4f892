// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/diff/rundiff.h"

#include "artifacts/artifactjsonwriter.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Dbtc::Models {

namespace {

using ResultRef = std::pair<std::string_view, const RunResult *>;

//! Every node with a result, sorted by unique_id, each once: a retried node has several results
//! and the last one written counts (what ArtifactIndex::resultFor answers, without a lookup).
std::vector<ResultRef> resultsById(const ArtifactIndex &run)
{
    std::vector<ResultRef> refs;
    refs.reserve(run.results().size());
    for (const RunResult &r : run.results()) {
        refs.emplace_back(r.uniqueId, &r);
    }
    std::stable_sort(refs.begin(), refs.end(), [](const ResultRef &a, const ResultRef &b) {
        return a.first < b.first;
    });
    std::vector<ResultRef> out;
    out.reserve(refs.size());
    for (const ResultRef &r : refs) {
        if (!out.empty() && out.back().first == r.first) {
            out.back() = r; // stable sort: later in the file, later here
        } else {
            out.push_back(r);
        }
    }
    return out;
}

bool hasManifest(const ArtifactIndex &run)
{
    return std::any_of(run.documents().begin(), run.documents().end(), [](const auto &d) {
        return d.kind == ArtifactKind::Manifest;
    });
}

//! Resource types whose manifest entry carries SQL (seeds, sources, macros and docs do not, or
//! not as a node's body).
bool carriesSql(ResourceType type)
{
    switch (type) {
    case ResourceType::Model:
    case ResourceType::Test:
    case ResourceType::Snapshot:
    case ResourceType::Analysis:
    case ResourceType::Operation:
        return true;
    default:
        return false;
    }
}

//! Compares the escaped bytes first: equal bytes are equal SQL, and nearly all nodes are
//! unchanged, so only the few that differ pay for decoding (escapes may be spelled two ways).
bool sameText(const JsonText &a, const JsonText &b)
{
    return a.raw == b.raw || a.toString() == b.toString();
}

bool sqlDiffers(const Entity &a, const Entity &b)
{
    // A manifest from `dbt parse` has no compiled code: compare what both sides have.
    if (!a.compiledCode.isEmpty() && !b.compiledCode.isEmpty()) {
        return !sameText(a.compiledCode, b.compiledCode);
    }
    return !sameText(a.rawCode, b.rawCode);
}

std::vector<std::string_view> sqlChangedIds(
    const ArtifactIndex &oldRun, const ArtifactIndex &newRun)
{
    std::vector<std::string_view> out;
    const auto &newEntities = newRun.entities();
    for (const Entity &e : oldRun.entities()) {
        if (e.disabled || !carriesSql(e.type)) {
            continue;
        }
        const int j = newRun.findEntity(e.uniqueId);
        if (j < 0 || newEntities[std::size_t(j)].disabled) {
            continue;
        }
        if (sqlDiffers(e, newEntities[std::size_t(j)])) {
            out.push_back(e.uniqueId);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

double RunTimingDelta::relative() const
{
    if (!(oldSeconds > 0)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return (newSeconds - oldSeconds) / oldSeconds;
}

std::vector<RunTimingDelta> rankedTimings(std::vector<RunTimingDelta> timing, TimingOrder order)
{
    const auto key = [order](const RunTimingDelta &t) {
        return order == TimingOrder::AbsoluteDelta ? t.delta() : t.relative();
    };
    std::sort(
        timing.begin(), timing.end(), [&key](const RunTimingDelta &a, const RunTimingDelta &b) {
            const double ka = key(a), kb = key(b);
            if (std::isnan(ka) != std::isnan(kb)) {
                return std::isnan(kb); // a ratio ranks before no ratio
            }
            if (!std::isnan(ka) && ka != kb) {
                return ka > kb; // slowest-growing first, the biggest speed-ups at the end
            }
            return a.uniqueId < b.uniqueId;
        });
    return timing;
}

std::shared_ptr<ArtifactIndex> loadRunArtifacts(
    const QString &path, QString *error, const LoadControl &control)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file or folder").arg(path);
        return nullptr;
    }
    const QDir dir = info.isDir() ? QDir(path) : info.dir();
    const QString results = info.isDir() ? dir.filePath(QStringLiteral("run_results.json")) : path;
    if (info.isDir() && !QFileInfo::exists(results)) {
        *error = QStringLiteral("%1: no run_results.json in this folder").arg(path);
        return nullptr;
    }
    auto index = std::make_shared<ArtifactIndex>();
    if (!index->addFile(results, error, ArtifactKind::RunResults, control)) {
        return nullptr;
    }
    const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
    if (QFileInfo::exists(manifest)
        && !index->addFile(manifest, error, ArtifactKind::Manifest, control)) {
        return nullptr;
    }
    index->finalize();
    return index;
}

RunDiff diffRuns(
    std::shared_ptr<const ArtifactIndex> oldRun, std::shared_ptr<const ArtifactIndex> newRun)
{
    RunDiff diff;
    diff.oldRun = std::move(oldRun);
    diff.newRun = std::move(newRun);
    const ArtifactIndex &before = *diff.oldRun;
    const ArtifactIndex &after = *diff.newRun;
    const std::vector<ResultRef> a = resultsById(before);
    const std::vector<ResultRef> b = resultsById(after);
    diff.timing.reserve(std::min(a.size(), b.size()));
    // A merge walk over the two sorted lists: every output comes out sorted by unique_id.
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
            diff.removed.push_back(a[i++].first);
        } else if (i == a.size() || b[j].first < a[i].first) {
            diff.added.push_back(b[j++].first);
        } else {
            const RunResult *o = a[i].second;
            const RunResult *n = b[j].second;
            if (o->status != n->status) {
                diff.statusChanged.push_back({ o->uniqueId, o->status, n->status });
            }
            diff.timing.push_back({ o->uniqueId, o->executionTime, n->executionTime });
            ++i;
            ++j;
        }
    }
    diff.sqlCompared = hasManifest(before) && hasManifest(after);
    if (diff.sqlCompared) {
        diff.sqlChanged = sqlChangedIds(before, after);
    }
    return diff;
}

QString nodeSql(const ArtifactIndex &run, std::string_view uniqueId)
{
    const int e = run.findEntity(uniqueId);
    if (e >= 0) {
        const Entity &entity = run.entities()[std::size_t(e)];
        if (!entity.compiledCode.isEmpty()) {
            return entity.compiledCode.toString();
        }
        if (!entity.rawCode.isEmpty()) {
            return entity.rawCode.toString();
        }
    }
    if (const RunResult *r = run.resultFor(uniqueId)) {
        return r->compiledCode.toString();
    }
    return {};
}

QByteArray runDiffJson(const RunDiff &diff)
{
    ArtifactJsonWriter w;
    w.beginObject();
    w.key("status_changed");
    w.beginArray();
    for (const RunStatusChange &c : diff.statusChanged) {
        w.beginObject();
        w.key("unique_id");
        w.value(c.uniqueId);
        w.key("old");
        w.value(c.oldStatus);
        w.key("new");
        w.value(c.newStatus);
        w.endObject();
    }
    w.endArray();
    const auto idList = [&w](const char *name, const std::vector<std::string_view> &ids) {
        w.key(name);
        w.beginArray();
        for (std::string_view id : ids) {
            w.value(id);
        }
        w.endArray();
    };
    idList("added", diff.added);
    idList("removed", diff.removed);
    w.key("timing");
    w.beginArray();
    for (const RunTimingDelta &t : diff.timing) {
        w.beginObject();
        w.key("unique_id");
        w.value(t.uniqueId);
        w.key("old_s");
        w.number(t.oldSeconds);
        w.key("new_s");
        w.number(t.newSeconds);
        w.endObject();
    }
    w.endArray();
    idList("sql_changed", diff.sqlChanged);
    w.endObject();
    return w.take();
}

} // namespace Dbtc::Models
