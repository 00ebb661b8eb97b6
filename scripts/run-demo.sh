#!/usr/bin/env bash
# Installs what ClueDesk needs, builds it, writes the demo set of bureau files, imports it into
# a demo pool, screens it, and starts ClueDesk on that pool. Without a display it starts under
# Xvfb and saves screenshots of every screen to build/demo/screenshots instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
cli="$BUILD_DIR/app/cluedesk-cli"
demo="$BUILD_DIR/demo"
# What the pool stores in words (reasons a row was not imported, why an extraction needs review)
# is written in the language of whoever imports: the demo office works in Chinese.
export CLUEDESK_LANG=${CLUEDESK_LANG:-zh}
pool="$demo/demo.pool"
if [ ! -f "$pool" ]; then
  rm -rf "$demo/files"
  "$cli" demo --out "$demo/files"
  # The demo holds made-up people only, so it is plain on purpose (--plain); real pools are encrypted.
  "$cli" --plain --pool "$pool" settings county.prefix 330382
  "$cli" --pool "$pool" settings county.name 乐清市
  "$cli" --pool "$pool" settings office.name 乐清市人民检察院
  while IFS=$'\t' read -r type file; do
    if [ "$type" = casefile ]; then
      "$cli" --pool "$pool" --user demo casefile add "$demo/files/$file" >/dev/null
    else
      "$cli" --pool "$pool" --user demo import --quiet --type "$type" --as-of 2024-06-30 "$demo/files/$file" >/dev/null
    fi
  done < "$demo/files/manifest.tsv"
  if "$cli" --help | grep -q '^  screen '; then
    "$cli" --pool "$pool" --user demo screen
  fi
  # A supervision case followed up: two pensions paid in prison confirmed and put to the human
  # resources bureau in one suggestion each; the first was answered and corrected, the second is
  # overdue. So the letter register, the clue's follow-up and the dashboard have something to show.
  if "$cli" --help | grep -q '^  letters reply'; then
    run() { "$cli" --pool "$pool" --user demo "$@" >/dev/null; }
    mapfile -t pensions < <("$cli" --pool "$pool" --user demo clues --model pension-during-imprisonment --format json |
      python3 -c 'import json,sys; [print(c["clue"]) for c in json.load(sys.stdin)[:2]]')
    for clue in "${pensions[@]}"; do
      run review set "$clue" --status verifying
      run review set "$clue" --status confirmed --note "经调取监狱服刑档案，服刑期间领取养老金属实"
    done
    # dated back from today: the first answered within its 60 days, the second now overdue
    ago() { date -d "-$1 days" +%F; }
    run letter --template procuratorial-suggestion --to 乐清市人力资源和社会保障局 --clues "${pensions[0]}" \
      --date "$(ago 100)" --out "$demo/suggestion-1.pdf"
    run letter --template procuratorial-suggestion --to 乐清市人力资源和社会保障局 --clues "${pensions[1]}" \
      --date "$(ago 80)" --out "$demo/suggestion-2.pdf"
    first=$("$cli" --pool "$pool" letters list | awk 'NR == 2 { print $1 }')
    run letters reply "$first" --date "$(ago 55)" --text "已对该人员停发养老金，并追回服刑期间多发的养老金"
    run review set "${pensions[0]}" --status corrected --note "人社局回复已停发并追回" --recovered 42309
  fi
fi
"$cli" --pool "$pool" datasets list --current
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/cluedesk" --pool "$pool" --user demo
fi
echo "No display found: starting under Xvfb and saving screenshots to $demo/screenshots"
xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/app/cluedesk" --pool "$pool" --user demo --screenshots "$demo/screenshots"
ls "$demo/screenshots"
