#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/fuzz.sh [seconds]: builds the libFuzzer targets for the artifact parsers and the dbt
# selection parser (fuzz_selection, a third of the time) with clang
# (ASan + UBSan) in build/fuzz and runs it for a bounded time (default 60 s) over the seed
# corpus: tests/fuzz/seeds (small hand-made artifacts) plus the real files in
# tests/data/artifacts. New interesting inputs accumulate in build/fuzz/corpus; crashes land in
# build/fuzz/crash-*. Exit status is non-zero when the fuzzer finds a problem.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_TO_RUN=${1:-60}
BUILD=$ROOT/build/fuzz
CXX=${CXX:-clang++}
command -v "$CXX" > /dev/null || { echo "fuzz.sh: $CXX not found (apt install clang libclang-rt-14-dev)" >&2; exit 2; }
if [ ! -f "$BUILD/build.ninja" ]; then
    CXX=$CXX cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
fi
cmake --build "$BUILD" --target fuzz_artifacts fuzz_selection -j2
mkdir -p "$BUILD/corpus" "$BUILD/corpus_selection"
cd "$BUILD"
# The selection parser (expressions + YAML selectors) gets a third of the time, first.
./fuzz_selection -max_total_time="$(( (SECONDS_TO_RUN + 2) / 3 ))" -timeout=10 -rss_limit_mb=2048 \
    -max_len=4096 -print_final_stats=1 corpus_selection "$ROOT/tests/fuzz/seeds_selection"
# -timeout: one input taking > 10 s counts as a hang; -max_len keeps mutations near real sizes
# without making every execution parse a whole megabyte.
exec ./fuzz_artifacts -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 \
    -max_len=262144 -dict="$ROOT/tests/fuzz/artifacts.dict" -print_final_stats=1 \
    corpus "$ROOT/tests/fuzz/seeds" "$ROOT/tests/data/artifacts"/*/
