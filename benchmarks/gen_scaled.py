#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""gen_scaled.py SOURCE_DIR OUT_DIR TARGET_MB

Scales a real dbt target/ folder (manifest.json, and run_results.json / catalog.json when
present) to about TARGET_MB of manifest by replicating every resource under renamed unique_ids
(`<id>__cN`) with consistent edges: depends_on, parent_map and child_map are rewritten per copy,
and the root models of copy N also depend on a model of copy N-1, so lineage gets deep the way
real monorepos do. Macros and docs are kept once. Writes OUT_DIR/manifest.json (+ run_results,
catalog) and OUT_DIR/deep_node.txt: a unique_id with at least 2,000 ancestors (for the lineage
benchmark). Streams the output, so memory stays around the size of one source manifest.
"""
import json
import os
import sys

REPLICATED = ["nodes", "sources", "exposures", "metrics", "semantic_models", "saved_queries",
              "unit_tests", "groups"]


def rename(uid, k):
    return uid if k == 0 else f"{uid}__c{k}"


def main():
    src, out, target_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(os.path.join(src, "manifest.json"), "rb") as f:
        m = json.load(f)
    ids = set()
    for sec in REPLICATED:
        ids.update((m.get(sec) or {}).keys())
    once = {k: v for k, v in m.items() if k not in REPLICATED + ["parent_map", "child_map"]}
    one_copy = sum(len(json.dumps(m.get(s) or {})) for s in REPLICATED) * 1.03  # + parent/child maps
    copies = max(1, int(target_mb * 1e6 / one_copy))
    # Root models (no model parents) get a parent from the previous copy: the model with the
    # most ancestors inside one copy, so the chain grows fast.
    nodes = m.get("nodes") or {}
    models = [u for u, n in nodes.items() if n.get("resource_type") == "model"]
    roots = [u for u in models
             if not any(p.startswith("model.") for p in (nodes[u].get("depends_on") or {}).get("nodes") or [])]
    def ancestry(u):
        seen, stack = set(), [u]
        while stack:
            for p in (nodes.get(stack.pop(), {}).get("depends_on") or {}).get("nodes") or []:
                if p not in seen:
                    seen.add(p)
                    stack.append(p)
        return seen
    anchor = max(models, key=lambda u: len(ancestry(u) & set(roots)) * 1000 + len(ancestry(u)))

    def fix(obj, k):
        dep = obj.get("depends_on")
        if isinstance(dep, dict) and isinstance(dep.get("nodes"), list):
            dep["nodes"] = [rename(p, k) if p in ids else p for p in dep["nodes"]]
        return obj

    parents = {}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        f.write("{" + json.dumps("metadata") + ": " + json.dumps(m.get("metadata", {})))
        for sec in REPLICATED:
            entries = m.get(sec)
            if entries is None:
                continue
            f.write(", " + json.dumps(sec) + ": {")
            first = True
            for k in range(copies):
                for uid, obj in entries.items():
                    new = rename(uid, k)
                    o = fix(json.loads(json.dumps(obj)), k)
                    o["unique_id"] = new
                    if k and "name" in o:
                        o["name"] = f"{o['name']}__c{k}"
                    if k and uid in roots:
                        o.setdefault("depends_on", {}).setdefault("nodes", []).append(rename(anchor, k - 1))
                    deps = (o.get("depends_on") or {}).get("nodes") or [] if isinstance(o.get("depends_on"), dict) else []
                    parents[new] = [p for p in deps if isinstance(p, str)]
                    f.write(("" if first else ", ") + json.dumps(new) + ": " + json.dumps(o, separators=(",", ":")))
                    first = False
            f.write("}")
        for key, val in once.items():
            if key != "metadata":
                f.write(", " + json.dumps(key) + ": " + json.dumps(val))
        children = {u: [] for u in parents}
        for u, ps in parents.items():
            for p in ps:
                if p in children:
                    children[p].append(u)
        f.write(', "parent_map": ' + json.dumps(parents))
        f.write(', "child_map": ' + json.dumps(children) + "}")

    # The first copy's anchor whose ancestry reaches 2,000 entities.
    deep = None
    for k in range(copies):
        seen, stack = set(), [rename(anchor, k)]
        while stack:
            for p in parents.get(stack.pop(), []):
                if p not in seen:
                    seen.add(p)
                    stack.append(p)
        if len(seen) >= 2000:
            deep = (rename(anchor, k), len(seen))
            break
    if deep is None:
        deep = (rename(anchor, copies - 1), len(seen))
    with open(os.path.join(out, "deep_node.txt"), "w") as f:
        f.write(f"{deep[0]}\n")

    for name, key in (("run_results.json", "results"),):
        p = os.path.join(src, name)
        if not os.path.exists(p):
            continue
        with open(p, "rb") as f:
            rr = json.load(f)
        res = rr.get(key) or []
        rr[key] = [dict(r, unique_id=rename(r.get("unique_id", ""), k)) for k in range(copies) for r in res]
        with open(os.path.join(out, name), "w") as f:
            json.dump(rr, f)
    p = os.path.join(src, "catalog.json")
    if os.path.exists(p):
        with open(p, "rb") as f:
            cat = json.load(f)
        for sec in ("nodes", "sources"):
            cat[sec] = {rename(u, k): dict(v, unique_id=rename(u, k))
                        for k in range(copies) for u, v in (cat.get(sec) or {}).items()}
        with open(os.path.join(out, "catalog.json"), "w") as f:
            json.dump(cat, f)
    size = os.path.getsize(os.path.join(out, "manifest.json"))
    print(f"{out}: manifest {size / 1e6:.1f} MB, {copies} copies, deep node {deep[0]} "
          f"({deep[1]} ancestors)")


if __name__ == "__main__":
    main()
