// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactindex.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace Dbtc::Models {

//! \brief One node whose result status differs between the two runs.
struct RunStatusChange
{
    std::string_view uniqueId;
    std::string_view oldStatus;
    std::string_view newStatus;
};

//! \brief Execution time of one node present in both runs.
struct RunTimingDelta
{
    std::string_view uniqueId;
    double oldSeconds = 0;
    double newSeconds = 0;

    double delta() const { return newSeconds - oldSeconds; }

    //! (new - old) / old; NaN when the old run took no measurable time.
    double relative() const;
};

//! \brief What changed from one run's artifacts to another's. Every list is sorted by
//! unique_id; the string views point into the two indexes, which the diff keeps alive.
struct RunDiff
{
    std::shared_ptr<const ArtifactIndex> oldRun;
    std::shared_ptr<const ArtifactIndex> newRun;
    std::vector<RunStatusChange> statusChanged;
    std::vector<std::string_view> added; //!< a result in the new run only
    std::vector<std::string_view> removed; //!< a result in the old run only
    std::vector<RunTimingDelta> timing; //!< every node with a result in both
    //! Nodes in both manifests whose SQL differs (compiled when both sides have it, else raw).
    std::vector<std::string_view> sqlChanged;
    bool sqlCompared = false; //!< both sides had a manifest
};

//! \brief How a timing list is ranked for display: the largest slow-down first, by seconds or by
//! ratio. Speed-ups follow in order of size, unchanged nodes last; ties by unique_id. A node
//! that took no time before has no ratio and ranks after every node that has one.
enum class TimingOrder { AbsoluteDelta, RelativeDelta };

std::vector<RunTimingDelta> rankedTimings(std::vector<RunTimingDelta> timing, TimingOrder order);

//! \brief Loads one side of a diff: a run_results.json, or a target folder holding one, plus the
//! manifest.json beside it when there is one (for SQL changes). The catalog is not read. Null and
//! a one-line message naming the file on failure.
std::shared_ptr<ArtifactIndex> loadRunArtifacts(
    const QString &path, QString *error, const LoadControl &control = {});

//! \brief Diffs two loaded runs (either index may come from loadRunArtifacts or from bytes the
//! console downloaded). Duplicate results of one node count once (the latest, as dbt retries).
RunDiff diffRuns(
    std::shared_ptr<const ArtifactIndex> oldRun, std::shared_ptr<const ArtifactIndex> newRun);

//! \brief The SQL a node's diff shows: the manifest's compiled code, else its raw code, else the
//! compiled code of its result. Empty when the run knows none.
QString nodeSql(const ArtifactIndex &run, std::string_view uniqueId);

//! \brief The --diff JSON: {"status_changed": [{"unique_id", "old", "new"}], "added": [...],
//! "removed": [...], "timing": [{"unique_id", "old_s", "new_s"}], "sql_changed": [...]}.
QByteArray runDiffJson(const RunDiff &diff);

} // namespace Dbtc::Models
