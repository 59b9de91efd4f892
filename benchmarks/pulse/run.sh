#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the pulse benchmark (release build) and prints the markdown tables.
# Usage: benchmarks/pulse/run.sh [--gui]   (env BUILD_DIR overrides build/release; --gui: only
# the pulse page's stalls, without the simulated accounts)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release -B "$build" -S "$root" >/dev/null
fi
cmake --build "$build" --target bench_pulse -j"${JOBS:-2}" >/dev/null
echo "pulse benchmark, $(nproc) cores, $(date -u +%Y-%m-%d)"
"$build/benchmarks/pulse/bench_pulse" "$@"
