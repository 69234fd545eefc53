#!/usr/bin/env bash
# Takes the README's screenshots with headless Chromium: builds the bundled archive into a scratch folder
# and photographs an article page, a place page and the timeline into docs/screenshots/. Run it again after
# changing what those pages look like, and commit the PNGs.
#   usage: scripts/screenshots.sh [WIDTHxHEIGHT]      (default 1100x1400)
# Needs: chromium (Debian: apt-get install chromium) and what ./broadsheet needs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
size=${1:-1100x1400}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "screenshots: chromium is not on PATH (Debian: apt-get install chromium)" >&2; exit 1; }

out=$(mktemp -d /tmp/broadsheet-screenshots.XXXXXX)
trap 'rm -rf "$out"' EXIT
"$here/broadsheet" build --source "$here" --output "$out/site" >/dev/null

# page in the built site -> picture in docs/screenshots/
shots=(
  "articles/000-90963fd85bcb9a33.html article.png"
  "places/mostar.html place.png"
  "timeline/index.html timeline.png"
)
mkdir -p "$here/docs/screenshots"
for shot in "${shots[@]}"; do
  read -r page png <<<"$shot"
  [ -f "$out/site/$page" ] || { echo "screenshots: $page was not built" >&2; exit 1; }
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --user-data-dir="$out/profile" --window-size="${size/x/,}" \
    --screenshot="$here/docs/screenshots/$png" "file://$out/site/$page" >/dev/null 2>&1
  echo "docs/screenshots/$png  <- $page"
done
