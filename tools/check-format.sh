#!/usr/bin/env bash
# Fails (listing the files) when any C++ source differs from .clang-format.
set -u
root="${1:-$(dirname "$0")/..}"
cd "$root" || exit 2
status=0
while IFS= read -r -d '' f; do
  if ! clang-format --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not clang-formatted: $f (run: clang-format -i $f)"
    status=1
  fi
done < <(find graph extract query cli tests bench fuzz \( -name '*.h' -o -name '*.cc' \) -print0 2>/dev/null)
exit $status
