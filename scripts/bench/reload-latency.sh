#!/usr/bin/env bash
# Time from saving an article to an open page receiving its reload event (watcher + event path;
# the real rebuild's time adds to it).   scripts/bench/reload-latency.sh [SAVES]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
(cd "$here" && mvn -B -q -o compile) >&2
exec java -cp "$here/target/classes" "$here/scripts/bench/ReloadLatency.java" "$@"
