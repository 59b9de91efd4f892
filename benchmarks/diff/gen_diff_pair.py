#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""gen_diff_pair.py RUN_RESULTS OUT_DIR COUNT

Scales one real run_results.json to COUNT results (copies of every result under renamed
unique_ids `<id>__cN`, as gen_scaled.py renames manifest copies) and writes two runs of it:
OUT_DIR/old/run_results.json and OUT_DIR/new/run_results.json, where the new run has ~2% of the
statuses flipped, every execution time jittered, ~1% of the nodes gone and ~1% new ones.
Deterministic (seeded), so every benchmark run diffs the same pair.
"""
import json
import os
import random
import sys


def main():
    src, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(src, "rb") as f:
        base = json.load(f)
    results = base["results"]
    rng = random.Random(14)
    old = []
    k = 0
    while len(old) < count:
        for r in results:
            if len(old) == count:
                break
            c = dict(r)
            c["unique_id"] = r["unique_id"] if k == 0 else f"{r['unique_id']}__c{k}"
            c["execution_time"] = round(rng.uniform(0.05, 120.0), 6)
            old.append(c)
        k += 1
    new = []
    for r in old:
        roll = rng.random()
        if roll < 0.01:
            continue  # gone
        c = dict(r)
        c["execution_time"] = round(r["execution_time"] * rng.uniform(0.5, 2.0), 6)
        if roll < 0.03:
            c["status"] = "error" if r["status"] in ("success", "pass") else "success"
        new.append(c)
        if roll > 0.99:
            extra = dict(c)
            extra["unique_id"] = c["unique_id"] + "__new"
            new.append(extra)
    for name, rows in (("old", old), ("new", new)):
        os.makedirs(os.path.join(out, name), exist_ok=True)
        doc = dict(base)
        doc["results"] = rows
        with open(os.path.join(out, name, "run_results.json"), "w") as f:
            json.dump(doc, f)


if __name__ == "__main__":
    main()
