#!/usr/bin/env bash
# Possible-match benchmark: how often the person a broken ID was made from is proposed first,
# per kind of break, how many proposals persons absent from the pool get, and how long finding
# them takes.
# Runs twice: persons born over seventy years, and all born in one year (near IDs of persons
# with the same name common).
# Usage: scripts/bench-matches.sh [PERSONS]   (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
export CLUEDESK_LANG=en # the tables below are parsed and labelled in English
BUILD_DIR=${BUILD_DIR:-build}
./scripts/build.sh >/dev/null
"$BUILD_DIR/tests/bench/cluedesk-bench-matches" "${1:-20000}"
echo
"$BUILD_DIR/tests/bench/cluedesk-bench-matches" "${1:-20000}" dense
