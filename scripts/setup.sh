#!/usr/bin/env bash
# Installs every Debian 12 package ClueDesk needs to build, test, run, package and take
# screenshots. Idempotent: a second run only checks that the packages are present.
# Usage: scripts/setup.sh [--bench]   (--bench adds perf, which the benchmarks profile with; the
# tests never need it)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git file clang-format
  # Qt 6 (Widgets, Charts, PrintSupport, LinguistTools); Charts needs the OpenGL dev package
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6opengl6-dev
  qt6-translations-l10n libgl-dev
  # data libraries
  libsqlite3-dev sqlite3 libicu-dev libminizip-dev libfreexl-dev libsodium-dev libzxcvbn-dev zlib1g-dev libxml2-dev libxlsxwriter-dev
  # case files: PDF and OCR
  libpoppler-qt6-dev poppler-utils libtesseract-dev libleptonica-dev
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng
  # tests, screenshots, letters (fonts whose PDF text layer extracts correctly); openpyxl reads
  # back ClueDesk's xlsx exports and writes the reader fixtures (tests/data/xlsx)
  python3-openpyxl catch2 xvfb xauth x11-apps imagemagick fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei
  # the GB/T 2260 region codes ID numbers are checked against (embedded at build time), and an
  # independent implementation the fixtures are made with (tests/data/identity/make-uscc.py)
  python3-stdnum
  # fuzzing and sanitizers (clang's libFuzzer runtime)
  clang libclang-rt-14-dev
  # packaging checks
  dpkg-dev fakeroot appstream desktop-file-utils time bc
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(linux-perf)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "setup: all ${#packages[@]} packages present"
