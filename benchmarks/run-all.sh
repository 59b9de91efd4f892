#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every benchmark in one command, in one Release build tree (build/bench):
#   artifacts (index vs simdjson floor vs QJsonDocument, 100 and 500 MB manifests),
#   console (run model merge and GUI-thread stalls at 10k/100k runs),
#   logview (100 MB log vs QPlainTextEdit),
#   watch (HTTP requests per background poll cycle for 1, 10, 100 watched jobs vs one per job),
#   pulse (requests per watch cycle for 1, 3, 10 accounts x 10, 100, 1,000 jobs vs one per
#   job; the pulse page's GUI stalls merging 1,000 jobs),
#   selection (dbt --select queries on the 100 MB manifest vs naive baselines).
#   soak (the window polling a fast simulator for SOAK_MINUTES, default 10: memory, descriptors,
#   objects and the longest GUI stall; SOAK_MINUTES=0 skips it).
#   lineage (whole-project layout at 100/200 MB vs layoutLineage and Graphviz dot, export),
#   graphview (whole-project graph frames at three zooms vs LineageCanvas).
#   history (10,000 node results into SQLite off the GUI thread vs row-by-row autocommit).
#   diff (--diff of two 60,000-result runs vs parsing both and a QJsonDocument diff).
# Each writes its table into its README; run on a quiet machine for honest wall times.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export BUILD=${BUILD:-$here/../build/bench}
export BUILD_DIR=$BUILD
"$here/run.sh"
"$here/console/run.sh" "${CONSOLE_SECONDS:-5}"
"$here/logview/run.sh"
"$here/watch/run.sh"
"$here/pulse/run.sh"
"$here/selection/run.sh"
if [ "${SOAK_MINUTES:-10}" != 0 ]; then
    "$here/soak/run.sh" "${SOAK_MINUTES:-10}"
fi
"$here/lineage/run.sh"
"$here/graphview/run.sh"
"$here/history/run.sh"
"$here/diff/run.sh"
"$here/trends/run.sh"
