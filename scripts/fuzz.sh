#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer into
# build-fuzz/ and runs each for FUZZ_SECONDS (default 60). Seeds come from tests/data, the
# resources and tests/fuzz/seeds/<target>; a crashing input is copied to
# tests/fuzz/regressions/<target>/ to be fixed and kept with the outcome it must come to in
# tests/fuzz/regressions/outcomes.tsv (test_fuzz_regressions replays them in the normal suite).
# Usage: scripts/fuzz.sh [TARGET...]   (default: csv xlsx xls html xml model id keyring pool)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv xlsx xls html xml model id keyring pool)
if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCLUEDESK_FUZZ=ON -DCLUEDESK_SANITIZE=ON -DCLUEDESK_GUI=OFF -DCLUEDESK_TESTS=OFF -DCLUEDESK_BENCH=OFF >/dev/null
fi
cmake --build "$BUILD" --target $(printf 'fuzz_%s ' "${targets[@]}") --parallel "$(nproc)"
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
status=0
for t in "${targets[@]}"; do
  corpus="$BUILD/corpus/$t"
  mkdir -p "$corpus" "tests/fuzz/regressions/$t"
  case $t in
    csv) find tests/data tests/fuzz/seeds/csv -name '*.csv' -size -64k -exec cp {} "$corpus" \; ;;
    xlsx) find tests/data tests/fuzz/seeds/xlsx -name '*.xlsx' -size -256k -exec cp {} "$corpus" \; ;;
    xls) find tests/data -name '*.xls' -size -256k -exec cp {} "$corpus" \; 2>/dev/null || true ;;
    html) cp tests/fuzz/seeds/html/* "$corpus" ;;
    xml) cp tests/fuzz/seeds/xml/* "$corpus" ;;
    model) cp resources/models/*.json "$corpus" ;;
    id) printf '330382198705061238' > "$corpus/valid"; printf '33038219870506123x' > "$corpus/lower";
        printf '330382870506123' > "$corpus/legacy"; printf '3.30382198705061E+17' > "$corpus/excel";
        printf '３３０３８２１９８７０５０６１２３８' > "$corpus/fullwidth" ;;
    keyring) printf '{"format":"cluedesk-keyring-1","pool_salt":"","slots":[]}' > "$corpus/empty" ;;
    pool) for at in 0 16 72 100 4056 4096 8192; do printf "\\x$(printf %02x $((at % 256)))\\x$(printf %02x $((at / 256)))\\x00\\x00garbage" > "$corpus/at$at"; done ;;
  esac
  echo "== fuzz_$t for ${SECONDS_EACH}s"
  log="$BUILD/fuzz_$t.log"
  if "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len=262144 -timeout=20 -rss_limit_mb=4096 \
       -artifact_prefix="tests/fuzz/regressions/$t/" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    rate=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo '?')
    echo "   clean: $runs runs, $rate exec/s, corpus $(ls "$corpus" | wc -l) files"
  else
    status=1
    echo "   FOUND A CRASH: see $log and tests/fuzz/regressions/$t/"
    grep -m5 -E 'ERROR|runtime error|SUMMARY' "$log" || true
  fi
done
exit $status
