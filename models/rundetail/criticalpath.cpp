// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/criticalpath.h"

#include "models/rundetail/timingdata.h"

#include <algorithm>
#include <utility>

namespace Dbtc::Models {

namespace {

// dbt stamps a node's start a few milliseconds before the node it waited for stamps its end
// (separate threads, separate clocks reads): a predecessor may end this much after the start.
constexpr qint64 kClockSlackMs = 50;

//! The node that finished last; ties go to the one that started later (the shorter chain end).
int lastToFinish(const TimingData &data)
{
    int best = -1;
    for (int i = 0; i < data.nodes.size(); ++i) {
        const NodeTiming &n = data.nodes.at(i);
        if (best < 0 || n.endMs > data.nodes.at(best).endMs
            || (n.endMs == data.nodes.at(best).endMs && n.startMs > data.nodes.at(best).startMs)) {
            best = i;
        }
    }
    return best;
}

bool finishesLater(const TimingData &data, int a, int b)
{
    return b < 0 || data.nodes.at(a).endMs > data.nodes.at(b).endMs;
}

} // namespace

CriticalPath criticalPathOf(const TimingData &data, const QHash<QString, QStringList> &dependsOn)
{
    CriticalPath path;
    int current = lastToFinish(data);
    if (current < 0) {
        return path;
    }
    QHash<QString, int> byId;
    for (int i = 0; i < data.nodes.size(); ++i) {
        byId.insert(data.nodes.at(i).uniqueId, i);
    }
    path.basis =
        dependsOn.isEmpty() ? CriticalPath::Basis::Inferred : CriticalPath::Basis::DependsOn;
    QList<bool> seen(data.nodes.size(), false);
    while (current >= 0 && !seen.at(current)) {
        seen[current] = true;
        path.nodes.prepend(current);
        const NodeTiming &n = data.nodes.at(current);
        int previous = -1;
        if (path.basis == CriticalPath::Basis::DependsOn) {
            // Only dependencies that ran in this step count; the rest were built before.
            for (const QString &parent : dependsOn.value(n.uniqueId)) {
                const int p = byId.value(parent, -1);
                if (p >= 0 && p != current && finishesLater(data, p, previous)) {
                    previous = p;
                }
            }
        } else {
            for (int i = 0; i < data.nodes.size(); ++i) {
                const NodeTiming &c = data.nodes.at(i);
                if (i != current && c.endMs <= n.startMs + kClockSlackMs && c.startMs < n.startMs
                    && finishesLater(data, i, previous)) {
                    previous = i;
                }
            }
        }
        current = previous;
    }
    qint64 cursor = data.nodes.at(path.nodes.first()).startMs;
    for (int i : std::as_const(path.nodes)) {
        const NodeTiming &n = data.nodes.at(i);
        path.busyMs += n.endMs - n.startMs;
        path.waitMs += std::max<qint64>(0, n.startMs - cursor);
        cursor = std::max(cursor, n.endMs);
    }
    return path;
}

Concurrency peakConcurrency(const TimingData &data)
{
    // Sweep over starts (+1) and ends (-1); an end at the same instant as a start comes first,
    // so back-to-back nodes on one thread count once.
    std::vector<std::pair<qint64, int>> events;
    events.reserve(std::size_t(data.nodes.size()) * 2);
    for (const NodeTiming &n : data.nodes) {
        events.emplace_back(n.startMs, +1);
        events.emplace_back(n.endMs, -1);
    }
    std::sort(events.begin(), events.end());
    Concurrency result;
    int running = 0;
    for (const auto &[at, delta] : events) {
        running += delta;
        if (running > result.peak) {
            result.peak = running;
            result.atMs = at;
        }
    }
    return result;
}

} // namespace Dbtc::Models
