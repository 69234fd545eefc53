#!/usr/bin/env bash
# Builds a synthetic archive of N articles twice (cold, then unchanged) and reports time and peak memory.
# usage (from the project root): scripts/bench/build-bench.sh [N]   (default 2000)
set -euo pipefail
n=${1:-2000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/bench/make-archive.py" "$n" "$work"
"$root/broadsheet" --version >/dev/null   # builds the jar first if needed
for run in cold unchanged; do
  /usr/bin/time -f "%e s wall, %M KB peak RSS" -o "$work/time" "$root/broadsheet" build --source "$work" >"$work/out" 2>&1 || true
  echo "$run build of $n articles: $(tail -1 "$work/out" | sed 's/.*[ (]\([0-9]*\) ms.*/\1 ms in the build/'); $(cat "$work/time")"
done
