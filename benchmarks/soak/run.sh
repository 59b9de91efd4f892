#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the soak benchmark (release build) and prints the markdown table.
# Usage: benchmarks/soak/run.sh [minutes] [speed]   (default 10 minutes at 60x; env BUILD_DIR
# overrides build/release)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release -B "$build" -S "$root" >/dev/null
fi
cmake --build "$build" --target bench_soak -j"${JOBS:-2}" >/dev/null
echo "soak benchmark, $(nproc) cores, $(date -u +%Y-%m-%d)"
"$build/benchmarks/soak/bench_soak" --minutes "${1:-10}" --speed "${2:-60}"
