#!/usr/bin/env bash
# Measures the search index on synthetic archives (default 2,000 and 100,000 articles): build time,
# size on disk, bytes fetched by headless Chromium per query; with PAGEFIND=/path/to/pagefind binary,
# the same for Pagefind on the same pages. Needs chromium and chromium-driver. Data goes to WORK
# (default /tmp/broadsheet-search-bench), never into the repository.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${WORK:-/tmp/broadsheet-search-bench}
sizes=${*:-2000 100000}
cd "$here"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$work.classpath" >/dev/null
mkdir -p "$work"
for n in $sizes; do
  rm -rf "$work/site-$n"
  java -Xmx6g -cp "target/test-classes:target/classes:$(cat "$work.classpath")" \
    org.broadsheet.search.SearchScaleBench "$n" "$work" ${PAGEFIND:-}
done
