#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format (.clang-format) makes of it.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run 2>&1 | grep -c 'warning:' || true)
if [ "$bad" -gt 0 ]; then
  git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run 2>&1 | grep 'warning:' | cut -d: -f1 | sort -u | sed 's/^/  needs clang-format: /'
  echo "Run: git ls-files '*.cpp' '*.h' | xargs clang-format -i"
  exit 1
fi

# QLatin1String/QLatin1Char read their bytes as Latin-1: Chinese text in them never matches.
latin=$(git ls-files '*.cpp' '*.h' | xargs grep -nP 'QLatin1(String|Char)\((\x27|")[^\x27"]*[^\x00-\x7F]' || true)
if [ -n "$latin" ]; then
  echo "$latin" | sed 's/^/  non-ASCII text in QLatin1String: /'
  echo "Use QStringLiteral (or u\"...\") for Chinese text."
  exit 1
fi
echo "format: clean"
