#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a clean folder, validates the
# desktop entry and AppStream metadata, and runs what it installed: cluedesk-cli --version, an
# .xls import through the installed helper, and an offscreen start of cluedesk that saves a
# screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
(cd "$BUILD_DIR" && cpack >/dev/null)
deb=$(ls -t "$BUILD_DIR"/cluedesk_*.deb | head -1)
ls "$BUILD_DIR"/cluedesk-*.tar.gz >/dev/null
root=$(mktemp -d /tmp/cluedesk-package.XXXXXX)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
depends=$(dpkg-deb -f "$deb" Depends)
[[ $depends == *libqt6core6* && $depends == *tesseract-ocr-chi-sim* ]]
desktop-file-validate "$root/usr/share/applications/org.cluedesk.ClueDesk.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.cluedesk.ClueDesk.metainfo.xml" >/dev/null || \
  appstreamcli validate --no-net "$root/usr/share/metainfo/org.cluedesk.ClueDesk.metainfo.xml"
test -f "$root/usr/share/cluedesk/models/01-uncompensated-victims-in-hardship.json"
test -x "$root/usr/libexec/cluedesk/cluedesk-xls-reader"
"$root/usr/bin/cluedesk-cli" --version
"$root/usr/bin/cluedesk-cli" --plain --pool "$root/smoke.pool" import --quiet --type victims tests/data/office/victims-office.xls 2>/dev/null
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/cluedesk" --pool "$root/smoke.pool" --screenshots "$root/shots" 2>/dev/null
test -s "$root/shots/pool.png"
echo "package check: $(basename "$deb") installs and runs"
