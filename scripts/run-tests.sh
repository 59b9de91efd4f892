#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything (warnings are errors), fuzzes the artifact parsers for a bounded time
# (DBTC_FUZZ_SECONDS, default 30; 0 skips) and runs the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh dev
fuzz_seconds=${DBTC_FUZZ_SECONDS:-30}
if [[ $fuzz_seconds -gt 0 ]]; then
  scripts/fuzz.sh "$fuzz_seconds" 2>&1 | tail -n 12
fi
export QT_QPA_PLATFORM=offscreen
ctest --preset dev "$@"
