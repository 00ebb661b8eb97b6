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
fi
"$cli" --pool "$pool" datasets list --current
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/cluedesk" --pool "$pool" --user demo
fi
echo "No display found: starting under Xvfb and saving screenshots to $demo/screenshots"
xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/app/cluedesk" --pool "$pool" --user demo --screenshots "$demo/screenshots"
ls "$demo/screenshots"
