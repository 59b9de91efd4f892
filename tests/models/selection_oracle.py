# SPDX-License-Identifier: GPL-3.0-or-later
# Independent Python reading of dbt-core's selection (fqn/tag/path/file/package/resource_type/
# config/test_type/test_name/source + graph ops + indirect modes) for cross-checking the C++.
import json, sys, fnmatch, collections, re, os
from pathlib import PurePosixPath as P

def load(path):
    m = json.load(open(path))
    nodes = {}
    sec_of = {}
    for sec in ['nodes','sources','exposures','metrics','semantic_models','saved_queries','unit_tests']:
        for k, v in (m.get(sec) or {}).items():
            nodes[k] = v; sec_of[k] = sec
    return m, nodes, sec_of

def graph(nodes):
    par = collections.defaultdict(set); ch = collections.defaultdict(set)
    for k, v in nodes.items():
        for p in ((v.get('depends_on') or {}).get('nodes') or []):
            if p in nodes and p != k:
                par[k].add(p); ch[p].add(k)
    pm = None
    return par, ch

def bfs(starts, adj, depth=None):
    out = set()
    for s in starts:
        seen = {s}; fr = [s]; d = 0
        while fr and (depth is None or d < depth):
            nx = []
            for u in fr:
                for v in adj[u]:
                    if v not in seen:
                        seen.add(v); nx.append(v); out.add(v)
            fr = nx; d += 1
    return out

def is_selected_node(fqn, sel, versioned):
    if not fqn: return False
    if versioned:
        fs = sel.split('.')
        if len(fqn) >= 2 and fqn[-2] == sel: return True
        if '_'.join(fqn[-2:]) == '_'.join(fs[-2:]): return True
    elif fqn[-1] == sel: return True
    flat = [x for seg in fqn for x in seg.split('.')]
    parts = sel.split('.')
    if len(flat) < len(parts): return False
    for i, p in enumerate(parts):
        if any(w in p for w in '*?[]'):
            return fnmatch.fnmatchcase('.'.join(flat[i:]), '.'.join(parts[i:]))
        if flat[i] != p: return False
    return True

def method(m, nodes, sec_of, meth, args, val):
    proj = (m.get('metadata') or {}).get('project_name')
    out = set()
    for k, n in nodes.items():
        sec = sec_of[k]
        if meth == 'fqn':
            if sec == 'sources': continue
            fqn = n.get('fqn') or []
            ver = n.get('resource_type') == 'model' and n.get('version') is not None
            if is_selected_node(fqn, val, ver) or is_selected_node(fqn[1:], val, ver): out.add(k)
        elif meth == 'tag':
            if any(fnmatch.fnmatchcase(t, val) for t in (n.get('tags') or [])): out.add(k)
        elif meth == 'package':
            v = proj if val == 'this' and proj else val
            if fnmatch.fnmatchcase(n.get('package_name') or '', v): out.add(k)
        elif meth == 'resource_type':
            if n.get('resource_type') == val: out.add(k)
        elif meth == 'config':
            if sec not in ('nodes', 'sources'): continue
            c = n.get('config') or {}
            ok = True
            for a in args:
                if isinstance(c, dict) and a in c: c = c[a]
                else: ok = False; break
            if not ok: continue
            if isinstance(c, list):
                if val in c or (val.lower()=='true' and True in c) or (val.lower()=='false' and False in c): out.add(k)
            elif val == c or (val.lower()=='true' and c is True) or (val.lower()=='false' and c is False): out.add(k)
        elif meth == 'test_type':
            rt = n.get('resource_type')
            if rt == 'unit_test': 
                if val == 'unit': out.add(k)
            elif rt == 'test':
                generic = n.get('test_metadata') is not None
                if val in ('generic','schema') and generic: out.add(k)
                if val == 'singular' and not generic: out.add(k)
                if val == 'data': out.add(k)
        elif meth == 'test_name':
            if n.get('resource_type') == 'test' and n.get('test_metadata') and fnmatch.fnmatchcase(n['test_metadata']['name'], val): out.add(k)
        elif meth == 'file':
            p = P(n.get('original_file_path') or '')
            if fnmatch.fnmatchcase(p.name, val) or fnmatch.fnmatchcase(p.stem, val): out.add(k)
        elif meth == 'source':
            if sec != 'sources': continue
            parts = val.split('.')
            pk, sn, tb = ('*', parts[0], '*') if len(parts)==1 else (('*',)+tuple(parts) if len(parts)==2 else tuple(parts))
            if fnmatch.fnmatchcase(n['package_name'], pk) and fnmatch.fnmatchcase(n['source_name'], sn) and fnmatch.fnmatchcase(n['name'], tb): out.add(k)
        else:
            raise SystemExit('oracle: no ' + meth)
    return out

RX = re.compile(r"\A(?P<cp>(\d*)@)?(?P<parents>(?P<pd>\d*)\+)?((?P<method>[\w.]+):)?(?P<value>(.*?))(?P<children>\+(?P<cd>\d*))?\Z")

def criterion(ctx, raw, mode):
    m, nodes, sec_of, par, ch, members = ctx
    g = RX.match(raw).groupdict()
    meth = g['method']
    if meth is None:
        v = g['value']
        meth = 'path' if '/' in v else ('file' if v.lower().endswith(('.sql','.py','.csv')) else 'fqn')
    parts = meth.split('.')
    coll = method(m, nodes, sec_of, parts[0], parts[1:], g['value']) & members
    sel = set(coll)
    if g['cp']:
        a = bfs(coll, ch) | coll
        sel |= bfs(a, par) | a
    if g['parents']:
        sel |= bfs(coll, par, int(g['pd']) if g['pd'] else None)
    if g['children']:
        sel |= bfs(coll, ch, int(g['cd']) if g['cd'] else None)
    if mode == 'empty': return sel, set()
    direct, indirect = set(sel), set()
    sap = sel | bfs(sel, par) | {k for k in nodes if sec_of[k] == 'sources'}
    for u in sel:
        for t in ch[u]:
            if nodes[t].get('resource_type') in ('test', 'unit_test') and t in members:
                deps = set((nodes[t].get('depends_on') or {}).get('nodes') or [])
                if mode == 'eager' or deps <= sel: direct.add(t)
                elif mode == 'buildable' and deps <= sap: direct.add(t)
                else: indirect.add(t)
    return direct, indirect

def incorporate(ctx, direct, indirect, mode):
    m, nodes, sec_of, par, ch, members = ctx
    if direct == indirect: return direct
    sel = set(direct)
    if mode == 'cautious':
        for u in indirect:
            if sec_of[u] == 'nodes' and set((nodes[u].get('depends_on') or {}).get('nodes') or []) <= sel: sel.add(u)
    elif mode == 'buildable':
        sap = sel | bfs(sel, par)
        for u in indirect:
            if sec_of[u] == 'nodes' and set((nodes[u].get('depends_on') or {}).get('nodes') or []) <= sap: sel.add(u)
    return sel

def combine(ctx, bundles, op, mode):
    ds = [d for d, i in bundles]; isets = [d | i for d, i in bundles]
    if not ds: return set(), set()
    f = {'u': set.union, 'i': set.intersection, 'd': set.difference}[op]
    d0 = f(*ds); i0 = f(*isets)
    return incorporate(ctx, d0, i0, mode), i0

def select(path, sel, exc, mode):
    m, nodes, sec_of = load(path)
    par, ch = graph(nodes)
    members = {k for k, n in nodes.items() if (n.get('config') or {}).get('enabled', True) is not False}
    ctx = (m, nodes, sec_of, par, ch, members)
    def union(expr):
        bs = []
        for spec in expr.split():
            bs.append(combine(ctx, [criterion(ctx, p, mode) for p in spec.split(',')], 'i', mode))
        return combine(ctx, bs, 'u', mode)
    inc = union(sel)
    ex = union(exc) if exc else (set(), set())
    d, _ = combine(ctx, [inc, ex], 'd', mode)
    allowed = {'model','snapshot','seed','test','source','exposure','metric','saved_query','semantic_model','unit_test','analysis'}
    return sorted(k for k in d if nodes[k].get('resource_type') in allowed)

if __name__ == '__main__':
    path, sel, exc, mode = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    print('\n'.join(select(path, sel, exc, mode)))
