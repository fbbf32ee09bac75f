#!/usr/bin/env bash
# Writes one third of the development corpus (dev or test) into a folder, so
# that `kg build DIR` reads it like any other: the written texts as they are,
# and each 20news passage cut from its message in ../shared under the id of its
# gold file (see corpus/dev/README.md).
#
#   tools/dev_corpus.sh dev|test DIR [SHARED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
third="${1:-}"; out="${2:-}"; shared="${3:-$root/../shared}"
if [[ "$third" != dev && "$third" != test ]] || [[ -z "$out" ]]; then
  echo "usage: tools/dev_corpus.sh dev|test DIR [SHARED]" >&2; exit 2
fi
mkdir -p "$out"
rm -f "$out"/*.txt
shopt -s nullglob
for f in "$root/corpus/dev/$third"/*.txt; do cp "$f" "$out/"; done
# A passage's gold names {"file": ..., "lines": [first, last]}; the id names the text.
for g in "$root/corpus/gold/$third"/*.json; do
  spec="$(sed -n 's/.*"passage": *{ *"file": *"\([^"]*\)", *"lines": *\[ *\([0-9]*\), *\([0-9]*\) *\].*/\1 \2 \3/p' "$g" | head -1)"
  [[ -z "$spec" ]] && continue
  read -r file first last <<<"$spec"
  id="$(sed -n 's/.*"id": *"\([^"]*\.txt\)".*/\1/p' "$g" | head -1)"
  if [[ ! -f "$shared/$file" ]]; then
    echo "dev_corpus: $g: no such message: $shared/$file" >&2; exit 1
  fi
  sed -n "${first},${last}p" "$shared/$file" > "$out/$id"
done
