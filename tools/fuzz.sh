#!/usr/bin/env bash
# Runs one of kg's libFuzzer targets (fuzz/) for a while.
#
#   tools/fuzz.sh --list                    the targets, one a line
#   tools/fuzz.sh [--fast] TARGET SECONDS   build what is missing, then fuzz
#
# The targets are built with clang-14 (address, undefined and fuzzer
# sanitizers) in build-fuzz/, apart from the ordinary g++ build; clang-14 and
# libclang-rt-14-dev are installed with apt-get when missing. --fast uses
# build-fuzz-fast/ instead, built with the undefined and fuzzer sanitizers
# only, and libFuzzer's plain scheduler (-entropic=0): about three times the
# executions a second, for volume, with crashes, undefined behaviour and slow
# inputs still found; memory errors and leaks need the default build. Both
# share the corpus, findings and log. The corpus grows
# in build-fuzz/corpus/TARGET; seeds (TCK and test queries, the sample corpus,
# snapshots, CSV and JSON exported by the built kg) are made once into
# build-fuzz/seeds/TARGET. Findings -- crashes, leaks, inputs slower than a
# second (-timeout=1) -- land in build-fuzz/findings/TARGET/. Each run is
# logged to build-fuzz/runs.tsv (date, target, seconds it ran, executions,
# exit status, build: asan or fast, longest input).
#
# Environment: KG_JOBS (build jobs, default 2), KG_FUZZ_RSS_MB (default 2048),
# KG_FUZZ_MAX_LEN (the longest input, default per target below: extraction
# runs at about 230 inputs a second at 4096 bytes and 1,500 at 256, two or
# three sentences, for volume). runs.tsv records the length used.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"       # corpus, seeds, findings, logs, runs.tsv
flavour=asan                     # or fast (--fast)
bin_build="$build"               # where the fuzzers are built
jobs="${KG_JOBS:-2}"
rss_mb="${KG_FUZZ_RSS_MB:-2048}"
tck="$root/../shared/tck"

# name  what it feeds
targets=(
  "cypher_parse  query text -> lexer, parser, binder, planner (no execution)"
  "cypher_exec   query text executed on a small fixed graph, rows/time/memory capped"
  "snapshot      snapshot bytes -> loader (payloads get a valid header)"
  "json_import   bytes -> JSON / JSON lines import, then write and re-read"
  "csv_import    bytes (files split at NUL) -> neo4j-admin CSV import"
  "extract       raw document bytes or JSON lines -> reader, extractor, merge"
)

log() { printf 'fuzz: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $*"; fi
}

ensure_clang() {
  local missing=() pkg
  for pkg in clang-14 libclang-rt-14-dev; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends "${missing[@]}" >&2
  fi
}

ensure_built() {
  local target="$1"
  ensure_clang
  local sanitizers=address,undefined
  [ "$flavour" = fast ] && sanitizers=undefined
  if [ ! -f "$bin_build/CMakeCache.txt" ]; then
    log "configuring $bin_build"
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$bin_build" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_FUZZ=ON \
      -DKG_FUZZ_SANITIZERS="$sanitizers" >&2
  fi
  log "building ${target}_fuzzer (-j$jobs)"
  nice -n 10 cmake --build "$bin_build" --target "${target}_fuzzer" -j "$jobs" >&2
}

# One seed file per piece of text, named by its hash.
seed() {
  local dir="$1" text="$2"
  [ -z "${text//[[:space:]]/}" ] && return
  printf '%s' "$text" > "$dir/$(printf '%s' "$text" | sha1sum | cut -c1-16)"
}

# Query seeds: the TCK's scenarios ("""-fenced blocks), the query test files
# (between "query:" and "----"), the example queries and the fixture script.
query_seeds() {
  local dir="$1" f
  if [ -d "$tck/features" ]; then
    find "$tck/features" -name '*.feature' -print0 | xargs -0 awk -v dir="$dir" '
      /^[[:space:]]*"""/ { if (q) { n++; f = dir "/tck_" n; printf "%s", body > f; close(f) }
                           q = !q; body = ""; next }
      q { sub(/^[[:space:]]+/, ""); body = body $0 "\n" }'
  else
    log "no TCK at $tck: query seeds from the tests only"
  fi
  for f in "$root"/tests/queries/*.test; do
    awk -v dir="$dir" -v base="$(basename "$f")" '
      /^query:/ { q = 1; body = ""; next }
      /^----/ { if (q) { n++; o = dir "/" base "_" n; printf "%s", body > o; close(o) } q = 0; next }
      q { body = body $0 "\n" }' "$f"
  done
  for f in "$root"/corpus/queries/*.cypher "$root"/tests/queries/fixtures/*.cypher; do
    cp "$f" "$dir/$(basename "$f")"
  done
}

# A small snapshot and its exports, made by the built kg (the g++ build, via
# the ./kg launcher): the query tests' fixture graph and two documents of the
# sample corpus.
export_seeds() {
  local work="$build/seed-work"
  [ -f "$work/.done" ] && return
  rm -rf "$work" && mkdir -p "$work"
  "$root/kg" run -g "$work/space.kg" --write \
    "$root/tests/queries/fixtures/space.cypher" >/dev/null 2>&1
  "$root/kg" build "$root/corpus/000_86a16e05fa6c610f.txt" \
    "$root/corpus/001_cd56cb4317074efc.txt" -o "$work/docs.kg" 2>/dev/null
  local g
  for g in space docs; do
    "$root/kg" export -g "$work/$g.kg" --format json -o "$work/$g.json" 2>/dev/null
    "$root/kg" export -g "$work/$g.kg" --format jsonl -o "$work/$g.jsonl" 2>/dev/null
    "$root/kg" export -g "$work/$g.kg" --format cypher -o "$work/$g.cypher" 2>/dev/null
    "$root/kg" export -g "$work/$g.kg" --format neo4j-csv -o "$work/$g-csv" 2>/dev/null
  done
  touch "$work/.done"
}

make_seeds() {
  local target="$1" dir="$build/seeds/$1" work="$build/seed-work" g f
  [ -d "$dir" ] && return
  log "making seeds in $dir"
  mkdir -p "$dir.tmp"
  case "$target" in
    cypher_parse|cypher_exec)
      query_seeds "$dir.tmp" ;;
    snapshot)
      export_seeds
      for g in space docs; do
        cp "$work/$g.kg" "$dir.tmp/$g.kg"
        tail -c +29 "$work/$g.kg" > "$dir.tmp/$g.payload"  # header stripped
      done ;;
    json_import)
      export_seeds
      for g in space docs; do
        cp "$work/$g.json" "$work/$g.jsonl" "$dir.tmp/"
      done ;;
    csv_import)
      export_seeds
      for g in space docs; do
        # nodes, NUL, relationships: the target's input form
        { cat "$work/$g-csv"/nodes_*.csv; printf '\0'
          cat "$work/$g-csv"/relationships_*.csv; } > "$dir.tmp/$g.csv"
      done ;;
    extract)
      for f in "$root"/corpus/*.txt; do cp "$f" "$dir.tmp/"; done
      head -c 4000 "$root/corpus/000_86a16e05fa6c610f.txt" |
        python3 -c 'import json,sys; print(json.dumps({"id": "a", "date": "2023-05-01", "text": sys.stdin.read()}))' \
        > "$dir.tmp/doc.jsonl" ;;
  esac
  mv "$dir.tmp" "$dir"
}

list() {
  local t
  for t in "${targets[@]}"; do echo "$t"; done
}

run() {
  local target="$1" seconds="$2" t found=""
  for t in "${targets[@]}"; do
    [ "${t%% *}" = "$target" ] && found=1
  done
  [ -n "$found" ] || die "unknown target '$target' (tools/fuzz.sh --list)"
  [[ "$seconds" =~ ^[0-9]+$ ]] || die "SECONDS must be a whole number, got '$seconds'"
  ensure_built "$target"
  make_seeds "$target"
  local corpus="$build/corpus/$target" findings="$build/findings/$target"
  local out="$build/logs/$target-$flavour-$(date +%Y%m%d-%H%M%S).log"
  mkdir -p "$corpus" "$findings" "$build/logs"
  local flags=(-max_total_time="$seconds" -rss_limit_mb="$rss_mb" -timeout=1
               -detect_leaks=1 -print_final_stats=1
               -artifact_prefix="$findings/")
  # libFuzzer's entropic scheduler spent over half the fast build's time on
  # its bookkeeping (UpdateFeatureFrequency): --fast runs without it.
  [ "$flavour" = fast ] && flags+=(-entropic=0)
  case "$target" in
    cypher_*) flags+=(-dict="$root/fuzz/cypher.dict" -max_len=4096) ;;
    # A news article runs to 2-3 KiB; long and hostile documents have their
    # own tests (tests/extract/hostile_test.cc), so the fuzzer spends its
    # time on many article-sized inputs (16 KiB ran at 70 a second).
    extract) flags+=(-max_len=4096) ;;
    # The exported seeds run to tens of KiB; small inputs reach the same code
    # many times faster.
    *) flags+=(-max_len=8192) ;;
  esac
  # The last -max_len given wins.
  [ -n "${KG_FUZZ_MAX_LEN:-}" ] && flags+=(-max_len="$KG_FUZZ_MAX_LEN")
  local max_len="${flags[-1]#-max_len=}"
  log "running $target for ${seconds}s (log: $out)"
  local status=0 started=$SECONDS
  # ASan's own leak check at exit, on top of libFuzzer's per-input one; every
  # UBSan report ends the run but RapidJSON's (fuzz/ubsan.supp says why).
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/fuzz/ubsan.supp}" \
    nice -n 10 "$bin_build/fuzzers/${target}_fuzzer" "${flags[@]}" \
    "$corpus" "$build/seeds/$target" >"$out" 2>&1 || status=$?
  # The end of the run: libFuzzer's summary and any report, not its dictionary.
  grep -E '^(Done |==[0-9]+==|SUMMARY|artifact_prefix|Test unit written|.*ERROR)' \
    "$out" | tail -n 15 >&2 || true
  local execs
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$out" | tail -n 1)"
  # The seconds it ran: a finding ends a run before its time.
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Is)" "$target" \
    "$((SECONDS - started))" "${execs:-0}" "$status" "$flavour" "$max_len" \
    >> "$build/runs.tsv"
  local total
  total="$(awk -F'\t' -v t="$target" '$2 == t { s += $4 } END { print s + 0 }' \
    "$build/runs.tsv")"
  echo "$target: ${execs:-0} executions in $((SECONDS - started))s ($total in all runs)," \
    "corpus $(find "$corpus" -type f | wc -l) inputs"
  if [ "$status" -ne 0 ]; then
    echo "$target: FINDING (exit $status): see $out and $findings/"
  fi
  return "$status"
}

case "${1:-}" in
  --list) list ;;
  -h|--help|"") sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) if [ "$1" = --fast ]; then
       flavour=fast
       bin_build="$root/build-fuzz-fast"
       shift
     fi
     [ "$#" -eq 2 ] ||
       die "usage: tools/fuzz.sh [--fast] TARGET SECONDS (or --list)"
     run "$1" "$2" ;;
esac
