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
cmake --build --preset "$preset" -- -j"$(nproc)"
