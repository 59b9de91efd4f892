#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds bench_graphview (release), generates the scaled projects into benchmarks/out/ once
# (benchmarks/gen_scaled.py, like benchmarks/run.sh), paints the whole-project graph offscreen
# at three zoom levels side by side with today's LineageCanvas, and writes the table into
# benchmarks/graphview/README.md.
# Usage: benchmarks/graphview/run.sh [sizes in MB, default "100 200"]
#        (env BUILD_DIR overrides build/bench-graphview, SRC the target folder to scale)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/bench-graphview}
sizes=${1:-100 200}
src=${SRC:-$root/../shared/artifacts/jaffle_shop-dbt1.9.0-bigquery}
[ -f "$src/manifest.json" ] || src=$root/tests/data/artifacts/jaffle_shop-dbt1.6.0-bigquery
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDBTC_BUILD_TESTS=OFF \
          -DDBTC_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target bench_graphview -j"${JOBS:-2}" >/dev/null
out=""
for mb in $sizes; do
    dir=$root/benchmarks/out/m$mb
    [ -f "$dir/manifest.json" ] || python3 "$root/benchmarks/gen_scaled.py" "$src" "$dir" "$mb"
    table=$(QT_QPA_PLATFORM=offscreen "$build/benchmarks/graphview/bench_graphview" "$dir" 2>/dev/null)
    out="$out
### $mb MB scaled manifest

$table
"
done
echo "$out"
{
    sed '/^<!-- results -->/q' "$here/README.md"
    echo
    echo "Command: \`benchmarks/graphview/run.sh\`. Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), Qt offscreen platform, 1280x800 viewport, load average $(cut -d" " -f1 /proc/loadavg) (other builds were running: wall times include waiting for a core; the CPU column is this thread's own time)."
    echo "$out"
} > "$here/README.md.new"
mv "$here/README.md.new" "$here/README.md"
