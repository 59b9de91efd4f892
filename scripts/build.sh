#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs missing dependencies, configures (once) and builds the given preset. Incremental.
set -euo pipefail
preset=${1:-dev}
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [[ ! -f build/$preset/build.ninja ]]; then
  cmake --preset "$preset" >/dev/null
fi
if ! cmake --build --preset "$preset" -- -j"$(nproc)"; then
  # A CI run once lost two compiles at once with no compiler message (a killed process, not a
  # code error). A real error fails again here, alone and with its message last in the log.
  echo "build.sh: the $preset build failed; building what is left once more, one job at a time" >&2
  cmake --build --preset "$preset" -- -j1
fi
