#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds bench_logview (release), generates a 100 MB dbt debug log into benchmarks/out/ once,
# runs the benchmark offscreen and writes its table into benchmarks/logview/README.md.
# Usage: benchmarks/logview/run.sh [megabytes] [QPlainTextEdit baseline megabytes]
#        (env BUILD_DIR overrides build/bench-logview)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build/bench-logview}
mb=${1:-100}
base=${2:-10}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDBTC_BUILD_TESTS=OFF \
          -DDBTC_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target bench_logview -j"${JOBS:-2}" >/dev/null
mkdir -p "$root/benchmarks/out"
log="$root/benchmarks/out/logview-${mb}mb.log"
out=$(QT_QPA_PLATFORM=offscreen "$build/benchmarks/logview/bench_logview" "$log" "$mb" "$base")
echo "$out"
{
    sed '/^<!-- results -->/q' "$here/README.md"
    echo
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), Qt offscreen platform, load average $(cut -d" " -f1 /proc/loadavg) (other builds were running; the GUI-block numbers include OS scheduling delays):"
    echo
    echo "$out"
} > "$here/README.md.new"
mv "$here/README.md.new" "$here/README.md"
