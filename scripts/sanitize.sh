#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/
# and runs the test suite there (CI option; slower than the normal suite).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${SANITIZE_BUILD_DIR:-build-asan}
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLUEDESK_SANITIZE=ON -DCLUEDESK_BENCH=OFF >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)"
# Qt and fontconfig keep caches until exit: leaks there are not ours.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$BUILD"
ctest --output-on-failure --parallel "$(nproc)" --timeout 1200
