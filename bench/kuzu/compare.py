#!/usr/bin/env python3
"""Times Q1-Q8 of issue 11 in kg and in Kuzu on one generated graph, checks
that both give the same answers, and prints medians and kg/Kuzu ratios.

Run through bench/kuzu/compare.sh, which builds kg and installs Kuzu.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# kg's side: the plain openCypher texts (Kuzu's are in compare.js).
QUERIES = {
    "Q1": "MATCH (n:Person {name: $name}) RETURN n.score",
    "Q2": "MATCH (n:Person {name: $name})-->(m) RETURN m.name",
    "Q3": "MATCH (n:Person {name: $name})-->()-->(m) RETURN count(m)",
    "Q4": "MATCH (n:Person {name: $name})-[*1..3]->(m) RETURN count(m)",
    "Q5": "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label",
    "Q6": "MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN p.name AS name ORDER BY name LIMIT 10",
    "Q7": "MATCH (e)-[:MENTIONED_IN]->(:Document) WITH e, count(*) AS mentions ORDER BY mentions DESC, e.name ASC LIMIT 10 RETURN e.name AS name, mentions",
    "Q8": "MATCH (p1:Person)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(p2:Person), (p1)-[:MET_WITH]->(p2) RETURN count(*) AS triples",
}
UNORDERED = {"Q2"}  # no ORDER BY: compared as multisets


def run_measured(argv, **kw):
    """Runs argv; returns (stdout, seconds, peak RSS in MB)."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, **kw)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"compare: {argv[0]} failed")
    return out.decode(), seconds, usage.ru_maxrss / 1024


def kg_params(args):
    return ["-p", f"name='{args.name}'", "-p", f"prefix='{args.prefix}'"]


def kg_side(args, snapshot):
    batch = os.path.join(args.work, "queries.cypher")
    with open(batch, "w") as f:
        for q, text in QUERIES.items():
            for _ in range(args.reps):
                f.write(text + ";\n")
    out, _, peak = run_measured(
        [args.kg, "run", "-g", snapshot, "--format", "table", batch]
        + kg_params(args))
    footers = [float(m) for m in re.findall(r"^\d+ rows? \(([\d.]+) ms\)$", out, re.M)]
    if len(footers) != len(QUERIES) * args.reps:
        sys.exit(f"compare: expected {len(QUERIES) * args.reps} footers, got {len(footers)}")
    times = {q: footers[i * args.reps:(i + 1) * args.reps] for i, q in enumerate(QUERIES)}
    answers = {}
    for q, text in QUERIES.items():
        out, _, _ = run_measured([args.kg, "query", "-g", snapshot, "--format", "json", text]
                                 + kg_params(args))
        answers[q] = json.loads(out)["rows"]
    return times, answers, peak


def open_and_q1(args, snapshot, db):
    kg = [args.kg, "query", "-g", snapshot, "--format", "json"] + kg_params(args) + [QUERIES["Q1"]]
    node = ["node", "-e",
            "const k=require('kuzu');(async()=>{const c=new k.Connection(new k.Database(process.argv[1]));"
            "const p=await c.prepare(\"MATCH (n:N {name: $name}) WHERE list_contains(n.labels, 'Person') RETURN n.score\");"
            "console.log(JSON.stringify(await (await c.execute(p,{name:process.argv[2]})).getAll(),"
            "(k,v)=>typeof v==='bigint'?Number(v):v));process.exit(0)})()", db, args.name]
    runs = {"kg": [], "kuzu": []}
    for _ in range(args.reps):
        for side, argv in (("kg", kg), ("kuzu", node)):
            _, seconds, peak = run_measured(argv, env=dict(os.environ, NODE_PATH=args.node_path))
            runs[side].append((seconds, peak))
    return {side: (statistics.median(s for s, _ in r), max(p for _, p in r)) for side, r in runs.items()}


def same(q, a, b):
    if q in UNORDERED:
        a, b = sorted(map(json.dumps, a)), sorted(map(json.dumps, b))
    return a == b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kg", required=True)
    ap.add_argument("--csv", required=True, help="kg_gen's output folder")
    ap.add_argument("--work", required=True)
    ap.add_argument("--node-path", required=True, help="node_modules holding kuzu")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--name", default="Person 5500")
    ap.add_argument("--prefix", default="Person 12")
    args = ap.parse_args()

    snapshot = os.path.join(args.work, "graph.kg")
    _, import_s, import_peak = run_measured(
        [args.kg, "import", "--nodes", os.path.join(args.csv, "nodes.csv"),
         "--relationships", os.path.join(args.csv, "relationships.csv"), "-o", snapshot],
        stderr=subprocess.DEVNULL)
    kg_times, kg_answers, kg_peak = kg_side(args, snapshot)

    db = os.path.join(args.work, "kuzu.db")
    out, _, kuzu_peak = run_measured(
        ["node", os.path.join(HERE, "compare.js"), args.csv, db, str(args.reps), args.name, args.prefix],
        env=dict(os.environ, NODE_PATH=args.node_path))
    kuzu = json.loads(out)
    cold = open_and_q1(args, snapshot, db)

    print(f"{'':24} {'kg ms':>10} {'Kuzu ms':>10} {'kg/Kuzu':>8}  answers")
    bad = 0
    for q in QUERIES:
        k = statistics.median(kg_times[q])
        z = statistics.median(kuzu["queries"][q]["ms"])
        ok = same(q, kg_answers[q], kuzu["queries"][q]["rows"])
        bad += not ok
        ratio = f"{k / z:8.2f}" if k > 0 else f"{'<' + format(0.05 / z, '.1g'):>8}"
        shown = f"{k:10.1f}" if k > 0 else f"{'<0.1':>10}"
        print(f"{q:24} {shown} {z:10.1f} {ratio}  {'equal' if ok else 'DIFFER'}")
        if not ok:
            print(f"  kg:   {json.dumps(kg_answers[q])[:300]}\n  Kuzu: {json.dumps(kuzu['queries'][q]['rows'])[:300]}")
    print(f"{'import (kg import / COPY)':24} {import_s * 1e3:10.0f} {kuzu['import_ms']:10.0f} "
          f"{import_s * 1e3 / kuzu['import_ms']:8.2f}")
    print(f"{'open + Q1, whole process':24} {cold['kg'][0] * 1e3:10.0f} {cold['kuzu'][0] * 1e3:10.0f} "
          f"{cold['kg'][0] / cold['kuzu'][0]:8.2f}")
    print(f"peak RSS MB: open + Q1 kg {cold['kg'][1]:.0f}, Kuzu {cold['kuzu'][1]:.0f}; "
          f"all queries kg {kg_peak:.0f}, Kuzu (with load) {kuzu_peak:.0f}; kg import {import_peak:.0f}")
    print(f"medians of {args.reps} runs; snapshot {os.path.getsize(snapshot) / 1e6:.0f} MB")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
