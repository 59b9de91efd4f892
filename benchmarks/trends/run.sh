#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the model performance benchmark (release build) and prints the markdown tables.
# Usage: benchmarks/trends/run.sh [FOLDER]   (env BUILD_DIR overrides build/release; FOLDER is
# where the databases are written, on the disk to measure: default build/release, not /tmp,
# which may be a RAM disk where fsync costs nothing)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release -B "$build" -S "$root" >/dev/null
fi
cmake --build "$build" --target bench_trends -j"${JOBS:-2}" >/dev/null
echo "trends benchmark, $(nproc) cores, $(date -u +%Y-%m-%d)"
"$build/benchmarks/trends/bench_trends" "${1:-$build}"
