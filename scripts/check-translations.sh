#!/usr/bin/env bash
# Fails when the code has user-visible strings that translations/*.ts do not have yet: lupdate
# (the update_translations target) is run, and the .ts files must come out unchanged. The
# translation test only checks strings already in the .ts, so a new tr() would otherwise ship
# in English. The .ts files are left as lupdate wrote them, ready to translate.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
before=$(mktemp -d)
trap 'rm -rf "$before"' EXIT
cp translations/*.ts "$before/"
cmake --build "$BUILD_DIR" --target update_translations >/dev/null
changed=no
for ts in translations/*.ts; do
  cmp -s "$before/$(basename "$ts")" "$ts" || changed=yes
done
if [ "$changed" = yes ]; then
  diff -u "$before/cluedesk_zh_CN.ts" translations/cluedesk_zh_CN.ts | grep '^+ *<source>' |
    sed -e 's/^+ *<source>/  new string: /' -e 's|</source>$||' || true
  echo "The code has strings translations/*.ts did not have (lupdate added them, unfinished):"
  echo "translate them in translations/cluedesk_zh_CN.ts and commit both .ts files."
  exit 1
fi
echo "translations: up to date"
