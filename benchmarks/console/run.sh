#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the console benchmark (release build) and prints the markdown table.
# Usage: benchmarks/console/run.sh [seconds-per-scenario]   (env BUILD_DIR overrides build/release)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release -B "$build" -S "$root" >/dev/null
fi
cmake --build "$build" --target bench_console -j"${JOBS:-2}" >/dev/null
echo "console benchmark, $(nproc) cores, $(date -u +%Y-%m-%d)"
QT_QPA_PLATFORM=offscreen "$build/benchmarks/console/bench_console" "${1:-5}"
