#!/usr/bin/env bash
# Live reload in a real browser: the error overlay on a page, then the time from reload() to the new
# page shown in headless Chromium.   scripts/bench/browser-reload.sh [REBUILDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
  echo "browser-reload: no chromium on PATH (apt-get install chromium); skipped" >&2
  exit 0
fi
(cd "$here" && mvn -B -q -o compile) >&2
exec java -cp "$here/target/classes" "$here/scripts/bench/BrowserReload.java" "$chromium" "$@"
