#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# benchmarks/lineage/run.sh: the whole-project lineage layout in one command. Builds
# bench_lineage and dbt-cloud-console (Release, build/bench), generates scaled manifests into
# benchmarks/out/ with benchmarks/gen_scaled.py, then side by side in one run, each measurement
# in its own process:
#   - layoutProject of every node (GraphGrouping::None) at 100 and 200 MB, with and without
#     tests: time, CPU time, memory the layout adds, crossings;
#   - on the lineage of one node at ~1k, ~5k and ~40k nodes: layoutProject vs today's
#     layoutLineage vs Graphviz dot -Tplain (cut after DOT_LIMIT seconds): time and crossings,
#     counted the same way for all three;
#   - dbt-cloud-console --export-lineage of the whole project (SVG and PNG).
# Writes the median table into benchmarks/lineage/README.md.
#   RUNS=3 DOT_LIMIT=120 BUILD=build/bench SRC=<target folder> benchmarks/lineage/run.sh
#   NOBUILD=1 uses the binaries already in $BUILD as they are (e.g. BUILD=build/dev).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build/bench}
RUNS=${RUNS:-3}
DOT_LIMIT=${DOT_LIMIT:-120}
OUT=$ROOT/benchmarks/out
SRC=${SRC:-$ROOT/../shared/artifacts/jaffle_shop-dbt1.9.0-bigquery}
[ -f "$SRC/manifest.json" ] || SRC=$ROOT/tests/data/artifacts/jaffle_shop-dbt1.6.0-bigquery
command -v dot > /dev/null || { echo "lineage benchmark: Graphviz dot is missing (apt-get install graphviz)" >&2; exit 1; }

mkdir -p "$OUT"
if [ -z "${NOBUILD:-}" ]; then
    if [ ! -f "$BUILD/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDBTC_BUILD_TESTS=OFF \
              -DDBTC_BUILD_BENCHMARKS=ON > "$OUT/configure.log" 2>&1 || { cat "$OUT/configure.log"; exit 1; }
    fi
    cmake --build "$BUILD" --target bench_lineage dbt-cloud-console -j2 > /dev/null
fi
BENCH=$BUILD/benchmarks/lineage/bench_lineage
APP=$BUILD/app/dbt-cloud-console
RAW=$OUT/lineage-raw.txt
: > "$RAW"

manifest() { # size in MB -> folder
    local dir=$OUT/m$1
    [ -f "$dir/manifest.json" ] || python3 "$ROOT/benchmarks/gen_scaled.py" "$SRC" "$dir" "$1" >&2
    echo "$dir"
}
record() { echo "$*" | tee -a "$RAW"; }

# Whole project, every node.
for size in 100 200; do
    dir=$(manifest $size)
    cat "$dir/manifest.json" > /dev/null
    for tests in tests notests; do
        for run in $(seq "$RUNS"); do
            record "what=project size=$size bytes=$(stat -c %s "$dir/manifest.json") tests=$tests run=$run $("$BENCH" project "$dir/manifest.json" $tests)"
        done
    done
done

# The lineage of the first copy's anchor model: it reaches through every later copy, so the
# node set grows with the manifest (~1k, ~5k, ~40k nodes).
for size in 5.5 27 200; do
    dir=$(manifest $size)
    focus=$(sed 's/__c[0-9]*$//' "$dir/deep_node.txt")
    for mode in ours lineage; do
        for run in $(seq "$RUNS"); do
            record "what=$mode size=$size run=$run $("$BENCH" $mode "$dir/manifest.json" "$focus")"
        done
    done
    record "what=dot size=$size run=1 $("$BENCH" dot "$dir/manifest.json" "$focus" "$DOT_LIMIT")"
done

# --export-lineage of the whole 100 MB project, wall time of the process (load included).
dir=$(manifest 100)
for fmt in svg png; do
    for run in $(seq "$RUNS"); do
        start=$(date +%s%N)
        env -u DISPLAY -u WAYLAND_DISPLAY "$APP" --export-lineage "$OUT/lineage.$fmt" "$dir" > /dev/null 2>&1
        end=$(date +%s%N)
        record "what=export size=100 fmt=$fmt run=$run ms=$(( (end - start) / 1000000 )) out_bytes=$(stat -c %s "$OUT/lineage.$fmt")"
    done
done

python3 - "$RAW" "$ROOT/benchmarks/lineage/README.md" "$RUNS" "$DOT_LIMIT" <<'PY'
import os, platform, re, statistics, sys
raw, readme, runs, limit = sys.argv[1:5]
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(raw) if l.strip()]
def pick(**kw):
    return [r for r in rows if all(r.get(k) == v for k, v in kw.items())]
def med(key, **kw):
    v = [float(r[key]) for r in pick(**kw) if key in r and r[key] != "cut"]
    return statistics.median(v) if v else float("nan")
out = ["| whole project, every node | nodes / edges | layers / dummies | time | CPU time | memory added (x file) | crossings |",
       "|---|---|---|---|---|---|---|"]
for size in ("100", "200"):
    for tests in ("tests", "notests"):
        r = pick(what="project", size=size, tests=tests)[0]
        mb = float(r["bytes"]) / 1e6
        added = med("added_kb", what="project", size=size, tests=tests) * 1024
        out.append(f"| {mb:.0f} MB manifest, {'with' if tests == 'tests' else 'without'} tests | "
                   f"{r['nodes']} / {r['edges']} | {r['layers']} / {r['dummies']} | "
                   f"**{med('ms', what='project', size=size, tests=tests):.0f} ms** | "
                   f"{med('cpu_ms', what='project', size=size, tests=tests):.0f} ms | "
                   f"{added / 2**20:.1f} MiB ({added / float(r['bytes']):.2f}x) | {r['crossings']} |")
out += ["", "| lineage of one node (same node set for all three) | nodes | layoutProject: time, crossings | "
        "layoutLineage (today): time, crossings | Graphviz dot -Tplain: time, crossings |", "|---|---|---|---|---|"]
for size in ("5.5", "27", "200"):
    d = pick(what="dot", size=size)[0]
    dot = (f"> {limit} s (cut), n/a" if d["ms"] == "cut"
           else f"{float(d['ms']):.0f} ms, {d['crossings']}")
    ours = pick(what="ours", size=size)[0]
    lin = pick(what="lineage", size=size)[0]
    out.append(f"| {size} MB manifest | {ours['nodes']} | {med('ms', what='ours', size=size):.0f} ms, {ours['crossings']} | "
               f"{med('ms', what='lineage', size=size):.1f} ms, {lin['crossings']} | {dot} |")
out += ["", "| --export-lineage, whole 100 MB project (process wall time, load included) | time | file |", "|---|---|---|"]
for fmt in ("svg", "png"):
    r = pick(what="export", fmt=fmt)[0]
    out.append(f"| {fmt.upper()} | {med('ms', what='export', fmt=fmt):.0f} ms | {float(r['out_bytes']) / 2**20:.1f} MiB |")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
machine = f"{cpu}, {os.cpu_count()} cores, {int(mem)//1024//1024} GiB RAM, {platform.system()} {platform.release()}"
build = os.environ.get("BUILD_KIND", "Release")
block = (f"<!-- bench:begin -->\nCommand: `benchmarks/lineage/run.sh` ({build} build; median of {runs} runs; dot once, cut after "
         f"{limit} s).\nMachine: {machine}.\n\n" + "\n".join(out) + "\n<!-- bench:end -->")
text = open(readme).read() if os.path.exists(readme) else ""
if "<!-- bench:begin -->" in text:
    text = re.sub(r"<!-- bench:begin -->.*<!-- bench:end -->", lambda m: block, text, flags=re.S)
else:
    text += "\n" + block + "\n"
open(readme, "w").write(text)
print(block)
PY
