#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/fuzz.sh [seconds] [target...]: builds libFuzzer targets with clang (ASan + UBSan) in
# build/fuzz and runs each for a bounded time (default 60 s per target) over its seeds:
#   fuzz_artifacts  the artifact parsers: tests/fuzz/seeds + the real files in tests/data/artifacts
#   fuzz_apijson    the API decoders (envelopes, runs, jobs, steps, errors...): the real answers
#                   in ../shared/dbt-cloud-api/fixtures and tests/data/api
#   fuzz_logindex   the step-log line index and ANSI decoder: tests/fuzz/seeds-logs
#   fuzz_cronwords  the cron describer: tests/fuzz/seeds-cron
#   fuzz_selection  dbt selection expressions and YAML selectors: tests/fuzz/seeds_selection
# No target named: fuzz_artifacts and fuzz_selection (what the test command runs first). "all": every
# target. New interesting inputs accumulate in build/fuzz/corpus-<target>; crashes land in
# build/fuzz/crash-*. Exit status is non-zero when a fuzzer finds a problem. A found problem
# is fixed with its input kept as a regression seed in the target's seed folder.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_TO_RUN=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(fuzz_artifacts fuzz_selection)
elif [ "${TARGETS[0]}" = all ]; then
    TARGETS=(fuzz_artifacts fuzz_selection fuzz_apijson fuzz_logindex fuzz_cronwords)
fi
BUILD=$ROOT/build/fuzz
CXX=${CXX:-clang++}
command -v "$CXX" > /dev/null || { echo "fuzz.sh: $CXX not found (apt install clang libclang-rt-14-dev)" >&2; exit 2; }
if [ ! -f "$BUILD/build.ninja" ]; then
    CXX=$CXX cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
fi
cmake --build "$BUILD" --target "${TARGETS[@]}" -j2
cd "$BUILD"
status=0
for target in "${TARGETS[@]}"; do
    # -timeout: one input taking > 10 s counts as a hang; -max_len keeps mutations near real
    # sizes without making every execution parse a whole megabyte.
    case $target in
    fuzz_artifacts)
        args=(-max_len=262144 -dict="$ROOT/tests/fuzz/artifacts.dict" "$ROOT/tests/fuzz/seeds"
            "$ROOT/tests/data/artifacts"/*/) ;;
    fuzz_apijson)
        args=(-max_len=65536 -dict="$ROOT/tests/fuzz/apijson.dict" "$ROOT/tests/data/api")
        [ -d "$ROOT/../shared/dbt-cloud-api/fixtures" ] && args+=("$ROOT/../shared/dbt-cloud-api/fixtures") ;;
    fuzz_logindex)
        args=(-max_len=65536 "$ROOT/tests/fuzz/seeds-logs") ;;
    fuzz_cronwords)
        args=(-max_len=256 "$ROOT/tests/fuzz/seeds-cron") ;;
    fuzz_selection)
        args=(-max_len=4096 "$ROOT/tests/fuzz/seeds_selection") ;;
    *)
        echo "fuzz.sh: unknown target $target" >&2; exit 2 ;;
    esac
    corpus=corpus-$target
    [ "$target" = fuzz_artifacts ] && corpus=corpus # the name it has always had
    mkdir -p "$corpus"
    echo "== $target: $SECONDS_TO_RUN s"
    ./"$target" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$corpus" "${args[@]}" || status=$?
done
exit $status
