#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything (warnings are errors), fuzzes the artifact parsers for a bounded time
# (DBTC_FUZZ_SECONDS, default 30; 0 skips) and the API decoders, log index and cron describer
# (DBTC_FUZZ_MORE_SECONDS each, default 15), runs the whole test suite offscreen, then a bounded
# set of tests under ASan+UBSan (scripts/run-asan.sh; DBTC_ASAN=0 skips it).
# scripts/lint.sh (layers, format, tr; seconds, no build) runs first; DBTC_LINT=0 skips it.
# Then the Release .deb is proven on a fresh Debian root (scripts/package-test.sh, about 10 min
# on 2 cores the first time): in CI (CI=true) unless DBTC_PACKAGE_TEST=0, locally with =1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh # the pinned formatter and python3 for the checks
if [[ ${DBTC_LINT:-1} != 0 ]]; then
  scripts/lint.sh
fi
scripts/build.sh dev
fuzz_seconds=${DBTC_FUZZ_SECONDS:-30}
if [[ $fuzz_seconds -gt 0 ]]; then
  scripts/fuzz.sh "$fuzz_seconds" 2>&1 | tail -n 12
  # The API decoders, the log index and the cron describer (DBTC_FUZZ_MORE_SECONDS each).
  scripts/fuzz.sh "${DBTC_FUZZ_MORE_SECONDS:-15}" fuzz_apijson fuzz_logindex fuzz_cronwords 2>&1 \
    | grep -v '^#[0-9]\|^INFO:\|Uses: \|NEW_FUNC' | tail -n 30
fi
export QT_QPA_PLATFORM=offscreen
ctest --preset dev "$@"
# The sanitizer run: the workspace, pollers and window under ASan+UBSan (incremental too).
if [[ ${DBTC_ASAN:-1} != 0 ]]; then
  scripts/run-asan.sh
fi
# The .deb on a fresh Debian root: a Release build of its own, so by default only in CI.
if [[ ${DBTC_PACKAGE_TEST:-${CI:+1}} == 1 ]]; then
  scripts/package-test.sh
fi
