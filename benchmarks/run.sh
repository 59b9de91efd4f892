#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# benchmarks/run.sh: the artifact benchmark in one command. Builds bench_artifacts (Release),
# generates scaled manifests (100 and 500 MB by default) into benchmarks/out/, runs every
# measurement RUNS times, each in its own process (honest peak RSS), and writes the median
# table into benchmarks/README.md.
#   SIZES="100 500" RUNS=3 BUILD=build/bench SRC=<target folder to scale> benchmarks/run.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build/bench}
RUNS=${RUNS:-3}
SIZES=${SIZES:-100 500}
OUT=$ROOT/benchmarks/out
SRC=${SRC:-$ROOT/../shared/artifacts/jaffle_shop-dbt1.9.0-bigquery}
[ -f "$SRC/manifest.json" ] || SRC=$ROOT/tests/data/artifacts/jaffle_shop-dbt1.6.0-bigquery

mkdir -p "$OUT"
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDBTC_BUILD_TESTS=OFF \
          -DDBTC_BUILD_BENCHMARKS=ON > "$OUT/configure.log" 2>&1 || { cat "$OUT/configure.log"; exit 1; }
fi
cmake --build "$BUILD" --target bench_artifacts -j2 > /dev/null
BENCH=$BUILD/benchmarks/bench_artifacts
mkdir -p "$OUT"
RAW=$OUT/raw.txt
: > "$RAW"
for size in $SIZES; do
    dir=$OUT/m$size
    [ -f "$dir/manifest.json" ] || python3 "$ROOT/benchmarks/gen_scaled.py" "$SRC" "$dir" "$size"
    file=$dir/manifest.json
    deep=$(cat "$dir/deep_node.txt")
    cat "$file" > /dev/null # page cache: every mode starts from the same warm file
    for mode in read floor qjson index; do
        for run in $(seq "$RUNS"); do
            line=$("$BENCH" "$mode" "$file" "$deep" | tr '\n' ' ')
            echo "size=$size bytes=$(stat -c %s "$file") mode=$mode run=$run $line" | tee -a "$RAW"
        done
    done
done

python3 - "$RAW" "$ROOT/benchmarks/README.md" "$RUNS" <<'PY'
import re, statistics, subprocess, sys, platform
raw, readme, runs = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in open(raw) if l.strip()]
sizes = sorted({int(r["size"]) for r in rows})
def med(size, mode, key):
    v = [float(r[key]) for r in rows if int(r["size"]) == size and r["mode"] == mode and key in r]
    return statistics.median(v) if v else float("nan")
def fbytes(size):
    return float(next(r["bytes"] for r in rows if int(r["size"]) == size))
names = [("read", "raw read (QFile::readAll)"), ("floor", "simdjson On-Demand parse + walk (floor)"),
         ("qjson", "QJsonDocument::fromJson (naive Qt)"), ("index", "**our searchable index** (ArtifactIndex + ArtifactSearch)")]
hdr = "| what | " + " | ".join(f"{s} MB: time | peak RSS | RSS/file" for s in sizes) + " |"
out = [hdr, "|---|" + "---|---|---|" * len(sizes)]
for mode, label in names:
    cells = []
    for s in sizes:
        ms, rss = med(s, mode, "ms"), med(s, mode, "rss_kb") * 1024
        cells.append(f"{ms:.0f} ms | {rss / 2**20:.0f} MiB | {rss / fbytes(s):.2f}")
    out.append(f"| {label} | " + " | ".join(cells) + " |")
out.append("")
out.append("| target | " + " | ".join(f"{s} MB" for s in sizes) + " |")
out.append("|---|" + "---|" * len(sizes))
out.append("| index time / floor (target <= 2x) | " + " | ".join(f"{med(s,'index','ms')/med(s,'floor','ms'):.2f}x" for s in sizes) + " |")
out.append("| same, CPU time (process CPU; the machine is shared) | " + " | ".join(f"{med(s,'index','cpu_ms')/med(s,'floor','cpu_ms'):.2f}x" for s in sizes) + " |")
out.append("| index phases: read+parse / finalize (edges, id lookup) / search text | " + " | ".join(f"{med(s,'index','parse_ms'):.0f} / {med(s,'index','finalize_ms'):.0f} / {med(s,'index','search_build_ms'):.0f} ms" for s in sizes) + " |")
out.append("| index peak RSS / file size (target <= 2x) | " + " | ".join(f"{med(s,'index','rss_kb')*1024/fbytes(s):.2f}x" for s in sizes) + " |")
out.append("| QJsonDocument time / our index | " + " | ".join(f"{med(s,'qjson','ms')/med(s,'index','ms'):.1f}x slower" for s in sizes) + " |")
out.append("| search, worst keystroke (target <= 50 ms) | " + " | ".join(f"{med(s,'index','search_worst_ms'):.1f} ms (avg {med(s,'index','search_avg_ms'):.1f})" for s in sizes) + " |")
out.append("| lineage layout of a node with >= 2,000 ancestors (target <= 200 ms) | " + " | ".join(f"{med(s,'index','layout_ms'):.1f} ms ({med(s,'index','layout_ancestors'):.0f} ancestors)" for s in sizes) + " |")
out.append("| entities / edges in the index | " + " | ".join(f"{med(s,'index','entities'):.0f} / {med(s,'index','edges'):.0f}" for s in sizes) + " |")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
import os
machine = f"{cpu}, {os.cpu_count()} cores, {int(mem)//1024//1024} GiB RAM, {platform.system()} {platform.release()}"
table = "\n".join(out)
block = (f"<!-- bench:begin -->\nCommand: `benchmarks/run.sh` (median of {runs} runs, file in the page cache, "
         f"one process per measurement).\nMachine: {machine}.\n\n{table}\n<!-- bench:end -->")
text = open(readme).read() if os.path.exists(readme) else ""
if "<!-- bench:begin -->" in text:
    text = re.sub(r"<!-- bench:begin -->.*<!-- bench:end -->", lambda m: block, text, flags=re.S)
else:
    text += "\n" + block + "\n"
open(readme, "w").write(text)
print(block)
PY
