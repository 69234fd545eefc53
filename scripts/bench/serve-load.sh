#!/usr/bin/env bash
# Load benchmark of `broadsheet serve`'s development server (issue 6): 200 concurrent keep-alive
# clients for 10 s on loopback by default; prints requests/s, errors and leftover threads.
#   scripts/bench/serve-load.sh [SECONDS] [CLIENTS] [PORT OUTPUT_DIR]
# Compiles main and test classes (the load generator lives beside the server's tests) and runs
# ServeLoad.java as a single-file program against them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
# the server runs on embedded Jetty: its jars come from Maven's local repository
(cd "$here" && mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp_file") >&2
java -Xmx1g -cp "$here/target/classes:$here/target/test-classes:$(cat "$cp_file")" "$here/scripts/bench/ServeLoad.java" "$@"
