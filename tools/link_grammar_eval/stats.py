#!/usr/bin/env python3
"""Speed and coverage of one or more lgargs outputs."""
import json, sys, statistics

def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

for path in sys.argv[1:]:
    rows = [json.loads(l) for l in open(path)]
    ms = [r['ms'] for r in rows]; cpu = [r['cpu_ms'] for r in rows]
    n = len(rows)
    full = sum(r['status'] == 'ok' and r['nulls'] == 0 for r in rows)
    nul = sum(r['status'] == 'ok' and r['nulls'] > 0 for r in rows)
    to = sum(r['status'] == 'timeout' for r in rows)
    none = sum(r['status'] == 'no_linkage' for r in rows)
    panic = sum(r.get('stage') == 3 and r['status'] == 'ok' for r in rows)
    over200 = sum(c > 200 for c in cpu)
    print(f"{path}: n={n} wall median {statistics.median(ms):.1f} ms p95 {pct(ms,95):.1f} max {max(ms):.0f}; "
          f"cpu median {statistics.median(cpu):.1f} p95 {pct(cpu,95):.1f}; total wall {sum(ms)/1000:.1f} s "
          f"= {n/(sum(ms)/1000):.1f} sent/s (cpu {n/(sum(cpu)/1000):.1f}/s); "
          f"complete {full/n:.1%} null-links {nul/n:.1%} (panic-parsed {panic}) timeout {to/n:.1%} none {none/n:.1%}; "
          f">200ms cpu {over200/n:.1%}")
