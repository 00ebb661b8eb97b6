#!/usr/bin/env bash
# Import benchmark, side by side in one run:
#  - a generated 1,000,000-row CSV imported by cluedesk-cli, next to sqlite3's own .import of the
#    same file into a plain table;
#  - a 200,000-row, 8-column xlsx written by openpyxl (a third-party writer) imported by
#    cluedesk-cli, next to openpyxl's read-only mode only iterating its rows.
# Prints seconds, rows per second, peak memory (maximum resident set size), the pool's size and
# the ratios issue 16 sets goals for. Needs the bench extras: scripts/setup.sh --bench.
# Usage: scripts/bench-import.sh [CSV_ROWS] [XLSX_ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
export CLUEDESK_LANG=en # the tables below are parsed and labelled in English
BUILD_DIR=${BUILD_DIR:-build}
./scripts/setup.sh --bench >/dev/null
./scripts/build.sh >/dev/null
CSV_ROWS=${1:-1000000}
XLSX_ROWS=${2:-200000}
PYTHON=/usr/bin/python3 # Debian's, which has python3-openpyxl
work=$(mktemp -d /tmp/cluedesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
gen="$BUILD_DIR/tests/bench/cluedesk-bench-data"
cli="$BUILD_DIR/app/cluedesk-cli"
"$gen" csv "$CSV_ROWS" "$work/list.csv"
# The xlsx: the CSV's first rows with a running number and a remark, as a bureau exports them.
"$PYTHON" - "$work/list.csv" "$work/list.xlsx" "$XLSX_ROWS" <<'PY'
import csv, sys, openpyxl
src, out, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("低保名单")
with open(src, encoding="utf-8") as f:
    r = csv.reader(f)
    header = next(r)
    ws.append(["序号"] + header + ["备注"])
    for i, row in enumerate(r, 1):
        if i > rows:
            break
        name, pid, town, category, amount, since = row
        ws.append([i, name, pid, town, category, float(amount), since, "复核" if i % 7 == 0 else None])
wb.save(out)
PY

printf '%-52s %10s %10s %12s %10s\n' "what" "rows" "seconds" "rows/s" "peak MiB"
measure() { # name label rows command... ; sets secs_<name> and mib_<name>
  local name=$1 label=$2 rows=$3; shift 3
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  printf -v "secs_$name" '%s' "$secs"
  printf -v "mib_$name" '%s' "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
  awk -v l="$label" -v r="$rows" -v s="$secs" -v k="$kb" \
    'BEGIN { printf "%-52s %10d %10.2f %12.0f %10.1f\n", l, r, s, (s > 0 ? r / s : 0), k / 1024 }'
}
measure csv "cluedesk-cli import (CSV, $(du -h "$work/list.csv" | cut -f1))" "$CSV_ROWS" \
  "$cli" --plain --pool "$work/a.pool" import --quiet --type subsistence "$work/list.csv"
cat > "$work/import.sql" <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE list(name TEXT, id TEXT, town TEXT, category TEXT, amount TEXT, since TEXT);
.mode csv
.import --skip 1 $work/list.csv list
SQL
measure sqlite "sqlite3 .import of the same CSV (no checks)" "$CSV_ROWS" sqlite3 "$work/c.db" ".read $work/import.sql"
measure xlsx "cluedesk-cli import (xlsx by openpyxl, $(du -h "$work/list.xlsx" | cut -f1))" "$XLSX_ROWS" \
  "$cli" --plain --pool "$work/b.pool" import --quiet --type subsistence "$work/list.xlsx"
measure openpyxl "openpyxl read-only, only iterating the rows" "$XLSX_ROWS" "$PYTHON" -c '
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = sum(1 for _ in wb.active.iter_rows(values_only=True))
print(n)' "$work/list.xlsx"

csv_bytes=$(stat -c %s "$work/list.csv")
pool_bytes=$(stat -c %s "$work/a.pool")
echo
echo "ClueDesk validates every ID (GB 11643), normalises names, dates and amounts, keeps the written"
echo "forms, checks duplicates and indexes persons; sqlite3 only stores the text, openpyxl only reads."
awk -v c="$secs_csv" -v s="$secs_sqlite" -v x="$secs_xlsx" -v o="$secs_openpyxl" -v pb="$pool_bytes" -v cb="$csv_bytes" \
  -v m="$mib_csv" -v mx="$mib_xlsx" 'BEGIN {
  printf "  %-46s %8.2fx   (goal >= 0.5x)\n", "CSV import speed vs sqlite3 .import", s / c
  printf "  %-46s %8.2fx   (goal <= 1.5x; pool %.1f MiB, CSV %.1f MiB)\n", "pool size vs the CSV", pb / cb, pb / 1048576, cb / 1048576
  printf "  %-46s %8.2fx   (goal >= 5x)\n", "xlsx import speed vs openpyxl read-only", o / x
  printf "  %-46s %8.1f MiB (goal < 300 MiB; xlsx import %.1f MiB)\n", "peak memory of the CSV import", m, mx
}'
