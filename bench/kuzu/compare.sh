#!/usr/bin/env bash
# bench/kuzu/compare.sh [NODES RELS [REPS]]: issue 11's comparison, rerunnable.
# Generates the graph with kg_gen (default 1M nodes, 5M relationships), imports
# it into kg and into Kuzu 0.11.3 (installed here from npm into the build
# folder, never by ./kg test), runs Q1-Q8 REPS times (default 5) in each, checks
# the answers are equal and prints medians and kg/Kuzu ratios. kg's times are
# the `N rows (x ms)` footers of one `kg run --format table` process; Kuzu's are
# measured around each query in one Node process with the database open.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
nodes="${1:-1000000}" rels="${2:-5000000}" reps="${3:-5}"
build="${KG_BUILD_DIR:-$root/build}"
work="$build/kuzu-bench/$nodes-$rels"
npm_dir="$build/kuzu-bench/npm"

"$root/kg" --version >/dev/null  # builds kg and kg_gen when a source changed
if [ ! -f "$npm_dir/node_modules/kuzu/kuzujs.node" ]; then
  echo "compare: installing kuzu@0.11.3 from npm into $npm_dir" >&2
  mkdir -p "$npm_dir"
  npm install --prefix "$npm_dir" --no-audit --no-fund --silent kuzu@0.11.3 >&2
  # npm may skip install scripts; the package's own script picks the prebuilt
  # binary for this platform.
  (cd "$npm_dir/node_modules/kuzu" && node install.js >/dev/null)
fi
mkdir -p "$work"
if [ ! -f "$work/csv/relationships.csv" ]; then
  echo "compare: generating $nodes nodes, $rels relationships" >&2
  "$build/bench/kg_gen" "$work/csv" "$nodes" "$rels"
fi
exec python3 "$root/bench/kuzu/compare.py" --kg "$build/kg" --csv "$work/csv" \
  --work "$work" --node-path "$npm_dir/node_modules" --reps "$reps"
