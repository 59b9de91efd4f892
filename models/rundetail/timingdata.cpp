// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/timingdata.h"

#include "artifacts/artifactindex.h"
#include "models/rundetail/triage.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace Dbtc::Models {

namespace {

QDateTime parseStamp(std::string_view s)
{
    // dbt writes microseconds ("2024-01-02T03:04:05.123456Z"); Qt reads up to milliseconds.
    QString text = toQString(s);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit()) {
            ++end;
        }
        text = text.left(std::min(end, dot + 4)) + text.mid(end);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC); // no zone written: dbt means UTC
    }
    return t;
}

} // namespace

QList<int> TimingData::slowest(int count) const
{
    QList<int> order(nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return nodes.at(a).endMs - nodes.at(a).startMs > nodes.at(b).endMs - nodes.at(b).startMs;
    });
    return order.mid(0, count);
}

QString TimingData::laneOf(const NodeTiming &node, TimingGrouping grouping) const
{
    switch (grouping) {
    case TimingGrouping::Thread:
        return node.thread;
    case TimingGrouping::ResourceType:
        return node.resourceType;
    case TimingGrouping::Folder: {
        const QString folder = folders.value(node.uniqueId);
        // Without a manifest the package (the id's second part) is the closest thing.
        return folder.isEmpty() ? node.uniqueId.section(QLatin1Char('.'), 1, 1) : folder;
    }
    }
    return node.thread;
}

QStringList TimingData::lanes(TimingGrouping grouping) const
{
    if (grouping == TimingGrouping::Thread) {
        return threads;
    }
    QStringList result;
    for (const NodeTiming &n : nodes) {
        const QString lane = laneOf(n, grouping);
        if (!result.contains(lane)) {
            result << lane;
        }
    }
    QCollator natural;
    natural.setNumericMode(true);
    std::sort(result.begin(), result.end(), natural);
    return result;
}

void addManifest(TimingData &data, const ArtifactIndex &manifest)
{
    for (const NodeTiming &n : std::as_const(data.nodes)) {
        const int entity = manifest.findEntity(n.uniqueId.toStdString());
        if (entity < 0) {
            continue;
        }
        QStringList parents;
        for (std::uint32_t p : manifest.parents(std::uint32_t(entity))) {
            parents << toQString(manifest.entities().at(p).uniqueId);
        }
        data.dependsOn.insert(n.uniqueId, parents);
        const QString path = toQString(manifest.entities().at(std::size_t(entity)).path);
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        data.folders.insert(n.uniqueId, slash > 0 ? path.left(slash) : path);
    }
    data.critical = criticalPathOf(data, data.dependsOn);
}

TimingData timingFrom(const ArtifactIndex &results)
{
    struct Raw
    {
        const RunResult *result;
        QDateTime start, end;
    };

    QList<Raw> raw;
    QDateTime first, last;
    for (const RunResult &r : results.results()) {
        QDateTime start, end;
        for (const Timing &t : results.timings(r)) {
            const QDateTime s = parseStamp(t.startedAt), e = parseStamp(t.completedAt);
            if (s.isValid() && (!start.isValid() || s < start)) {
                start = s;
            }
            if (e.isValid() && (!end.isValid() || e > end)) {
                end = e;
            }
        }
        if (!start.isValid() || !end.isValid()) {
            continue;
        }
        raw.append({ &r, start, end });
        first = (!first.isValid() || start < first) ? start : first;
        last = (!last.isValid() || end > last) ? end : last;
    }
    TimingData data;
    data.begin = first;
    data.spanMs = first.isValid() ? first.msecsTo(last) : 0;
    for (const Raw &r : std::as_const(raw)) {
        NodeTiming n;
        n.uniqueId = toQString(r.result->uniqueId);
        n.name = nodeNameFromId(n.uniqueId);
        n.resourceType = n.uniqueId.section(QLatin1Char('.'), 0, 0);
        n.status = toQString(r.result->status);
        n.thread = toQString(r.result->threadId);
        if (n.thread.isEmpty()) {
            n.thread = QStringLiteral("Thread-1");
        }
        n.startMs = first.msecsTo(r.start);
        n.endMs = first.msecsTo(r.end);
        n.seconds = r.result->executionTime;
        data.nodes.append(n);
        if (!data.threads.contains(n.thread)) {
            data.threads << n.thread;
        }
    }
    std::stable_sort(
        data.nodes.begin(), data.nodes.end(), [](const NodeTiming &a, const NodeTiming &b) {
            return a.startMs < b.startMs;
        });
    QCollator natural;
    natural.setNumericMode(true);
    std::sort(data.threads.begin(), data.threads.end(), natural);
    data.critical = criticalPathOf(data);
    data.concurrency = peakConcurrency(data);
    return data;
}

} // namespace Dbtc::Models
