#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# benchmarks/fuzz/run.sh [minutes]: the long fuzzing run (default 10 minutes per target) of
# every libFuzzer target, where CI runs each for seconds (scripts/run-tests.sh). Same build,
# seeds and corpus folders as scripts/fuzz.sh; prints each target's final stats.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
minutes=${1:-10}
exec "$here/../../scripts/fuzz.sh" "$((minutes * 60))" all
