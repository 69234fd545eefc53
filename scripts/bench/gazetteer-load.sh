#!/usr/bin/env bash
# Gazetteer load time and retained heap (issue 5), in a fresh JVM each run.
#   scripts/bench/gazetteer-load.sh [RUNS]     (default 5)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
(cd "$here" && mvn -B -q -o compile) >&2
for _ in $(seq "${1:-5}"); do
  java -cp "$here/target/classes" "$here/scripts/bench/GazetteerLoad.java" | head -1
done
