#!/usr/bin/env bash
# Installs what ClueDesk needs, builds it with warnings as errors, checks formatting, and runs
# the whole test suite in parallel. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
CLUEDESK_WERROR=ON ./scripts/build.sh
./scripts/check-format.sh
./scripts/check-translations.sh
BUILD_DIR=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 1200
# The installer: build the .deb, unpack it into a clean folder and run what it installed.
./scripts/package-check.sh
