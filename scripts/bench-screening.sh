#!/usr/bin/env bash
# Screening benchmark: every built-in model over generated pools of 100,000 and 2,000,000 rows,
# next to a hand-written SQL query for the same question in the sqlite3 shell on the same pool
# (tests/bench/screening-handwritten.sql). ClueDesk's time includes grading, reasons and writing
# the clues and their evidence; the hand-written query only counts persons. Then all models run
# again on the plain pool and on an encrypted copy, to show what encryption at rest costs, and
# on a copy without planner statistics (pools in use have none). The peak memory (maximum resident
# set size) of the first screen command is printed too.
# Usage: scripts/bench-screening.sh [ROWS...]   (default: 100000 2000000)
set -euo pipefail
cd "$(dirname "$0")/.."
export CLUEDESK_LANG=en # the tables below are parsed and labelled in English
BUILD_DIR=${BUILD_DIR:-build}
./scripts/build.sh >/dev/null
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 2000000)
work=$(mktemp -d /tmp/cluedesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
cli="$BUILD_DIR/app/cluedesk-cli"
sql=tests/bench/screening-handwritten.sql
for rows in "${sizes[@]}"; do
  pool="$work/pool-$rows.pool"
  start=$(date +%s.%N)
  "$BUILD_DIR/tests/bench/cluedesk-bench-data" pool "$rows" "$pool" 2>/dev/null
  built=$(echo "$(date +%s.%N) - $start" | bc)
  echo
  echo "Pool of $rows rows (built and imported in ${built%.*} s; $(du -h "$pool" | cut -f1)):"
  printf '  %-40s %8s %12s %14s %12s\n' "model" "clues" "ClueDesk s" "hand SQL s" "hand count"
  screen_start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/peak" "$cli" --pool "$pool" --user bench screen > "$work/screen.txt"
  wall=$(echo "$(date +%s.%N) - $screen_start" | bc)
  awk 'NR > 1 && NF == 6 { print $1, $2, $6 }' "$work/screen.txt" | while read -r model clues secs; do
    query=$(awk -v m="$model" '/^-- model: / { on = ($3 == m); next } on' "$sql")
    t0=$(date +%s.%N)
    count=$(printf '%s\n' "$query" | sqlite3 "$pool")
    hand=$(echo "$(date +%s.%N) - $t0" | bc)
    printf '  %-40s %8s %12s %14.2f %12s\n' "$model" "$clues" "$secs" "$hand" "$count"
    echo "$model $secs $hand" >> "$work/times-$rows"
  done
  # `screen` works out two models at a time (one per core) and writes their clues one after the
  # other, so the models' own seconds overlap: their sum is more than the officer waits. The wall
  # time of the whole command (opening the pool included) is what the hand queries, one after
  # another in the shell, are measured against.
  peak=$(awk '{ printf "%.0f", $1 / 1024 }' "$work/peak")
  awk -v wall="$wall" -v peak="$peak" '{ c += $2; h += $3 } $1 == "key-groups-in-proceedings" { kc = $2; kh = $3 }
       END { printf "  %-40s %8s %12.2f %14.2f\n", "all models (sum of each model'"'"'s seconds)", "", c, h
             printf "  all models, one screen command: %.2f s wall; ClueDesk / hand SQL = %.2fx (goal <= 1.5x)\n", wall, wall / h
             printf "  peak memory of that screen command: %s MiB\n", peak
             printf "  (the sum of each model'"'"'s own seconds / hand SQL = %.2fx)\n", c / h
             if (kh > 0) printf "  key-groups-in-proceedings: ClueDesk / hand SQL = %.2fx (goal <= 2x)\n", kc / kh }' "$work/times-$rows"
  # The cost of encryption at rest: the same pool encrypted, screened again from a cold start.
  echo "bench passphrase" > "$work/pw"
  "$cli" --pool "$pool" --passphrase-file "$work/pw" pool encrypt --out "$work/enc-$rows.pool" >/dev/null
  plain_start=$(date +%s.%N)
  "$cli" --pool "$pool" --user bench screen --force > /dev/null
  plain=$(echo "$(date +%s.%N) - $plain_start" | bc)
  enc_start=$(date +%s.%N)
  "$cli" --pool "$work/enc-$rows.pool" --passphrase-file "$work/pw" --user bench screen --force > /dev/null
  enc=$(echo "$(date +%s.%N) - $enc_start" | bc)
  printf '  all models again (--force): plain pool %.2f s, encrypted pool %.2f s (includes deriving the key, ~0.1 s)\n' "$plain" "$enc"
  same_start=$(date +%s.%N)
  "$cli" --pool "$pool" --user bench screen > "$work/same.txt"
  same=$(echo "$(date +%s.%N) - $same_start" | bc)
  printf '  all models again, nothing changed: %.2f s (%s models not run again: their lists and settings are as at their last run)\n' \
    "$same" "$(awk 'NF == 6 && $3 == "-"' "$work/same.txt" | wc -l)"
  # This bench's pools carry planner statistics (ANALYZE, for the hand-written queries); pools in
  # use have none, as ClueDesk never gathers them. The models must not depend on either.
  sqlite3 "$pool" ".backup '$work/nostat-$rows.pool'"
  sqlite3 "$work/nostat-$rows.pool" "DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4;"
  nostat_start=$(date +%s.%N)
  "$cli" --pool "$work/nostat-$rows.pool" --user bench screen --force > /dev/null
  nostat=$(echo "$(date +%s.%N) - $nostat_start" | bc)
  printf '  all models again (--force) on a copy without planner statistics, as pools in use are: %.2f s\n' "$nostat"
done
