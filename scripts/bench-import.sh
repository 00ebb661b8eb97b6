#!/usr/bin/env bash
# Import benchmark: a generated 1,000,000-row CSV and a 200,000-row xlsx imported by
# cluedesk-cli, next to sqlite3's own .import of the same CSV into a plain table.
# Prints rows per second and peak memory (maximum resident set size).
# Usage: scripts/bench-import.sh [CSV_ROWS] [XLSX_ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
./scripts/build.sh >/dev/null
CSV_ROWS=${1:-1000000}
XLSX_ROWS=${2:-200000}
work=$(mktemp -d /tmp/cluedesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
gen="$BUILD_DIR/tests/bench/cluedesk-bench-data"
cli="$BUILD_DIR/app/cluedesk-cli"
"$gen" csv "$CSV_ROWS" "$work/list.csv"
"$gen" xlsx "$XLSX_ROWS" "$work/list.xlsx"
printf '%-44s %10s %10s %12s %10s\n' "what" "rows" "seconds" "rows/s" "peak MiB"
measure() { # label rows command...
  local label=$1 rows=$2; shift 2
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  awk -v l="$label" -v r="$rows" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-44s %10d %10.2f %12.0f %10.1f\n", l, r, s, (s > 0 ? r / s : 0), k / 1024 }'
}
measure "cluedesk-cli import (CSV, $(du -h "$work/list.csv" | cut -f1))" "$CSV_ROWS" \
  "$cli" --plain --pool "$work/a.pool" import --quiet --type subsistence "$work/list.csv"
measure "cluedesk-cli import (xlsx, $(du -h "$work/list.xlsx" | cut -f1))" "$XLSX_ROWS" \
  "$cli" --plain --pool "$work/b.pool" import --quiet --type subsistence "$work/list.xlsx"
cat > "$work/import.sql" <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE list(name TEXT, id TEXT, town TEXT, category TEXT, amount TEXT, since TEXT);
.mode csv
.import --skip 1 $work/list.csv list
SQL
measure "sqlite3 .import of the same CSV (no checks)" "$CSV_ROWS" sqlite3 "$work/c.db" ".read $work/import.sql"
echo
echo "ClueDesk validates every ID (GB 11643), normalises names, dates and amounts, keeps the written"
echo "forms, checks duplicates and indexes persons; sqlite3 only stores the text."
ls -l "$work"/*.pool "$work"/c.db | awk '{ printf "  %-40s %8.1f MiB\n", $9, $5 / 1048576 }'
