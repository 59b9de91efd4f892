#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the background watch benchmark (release build) and prints the markdown table.
# Usage: benchmarks/watch/run.sh   (env BUILD_DIR overrides build/release)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release -B "$build" -S "$root" >/dev/null
fi
cmake --build "$build" --target bench_watch -j"${JOBS:-2}" >/dev/null
echo "watch benchmark, $(nproc) cores, $(date -u +%Y-%m-%d)"
"$build/benchmarks/watch/bench_watch"
