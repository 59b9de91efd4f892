#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds bench_diff (release), generates two runs of COUNT results (default 60000) from a real
# run_results.json into benchmarks/out/diff/, and prints the medians and ratios.
# Usage: COUNT=60000 RUNS=5 benchmarks/diff/run.sh   (env BUILD_DIR overrides build/release)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/release}
count=${COUNT:-60000}
src=$root/tests/data/artifacts/jaffle_shop-dbt1.0.0-bigquery/run_results.json
out=$root/benchmarks/out/diff/$count
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset release -B "$build" -S "$root" >/dev/null
fi
cmake --build "$build" --target bench_diff -j"${JOBS:-2}" >/dev/null
[ -f "$out/new/run_results.json" ] || python3 "$here/gen_diff_pair.py" "$src" "$out" "$count"
cat "$out/old/run_results.json" "$out/new/run_results.json" >/dev/null # warm page cache
echo "run diff benchmark, $count results per run, $(du -h "$out/old/run_results.json" | cut -f1) + $(du -h "$out/new/run_results.json" | cut -f1), $(nproc) cores, $(date -u +%Y-%m-%d)"
"$build/benchmarks/diff/bench_diff" "$out/old" "$out/new" "${RUNS:-5}"
