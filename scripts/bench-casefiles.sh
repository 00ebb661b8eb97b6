#!/usr/bin/env bash
# Case-file benchmark: OCR pages per minute with 1 and 2 workers, text-layer pages per minute,
# and extraction accuracy on generated documents. Tesseract's own threading is off (OcrEngine
# allows no active OpenMP level in its workers; OMP_THREAD_LIMIT is not needed): pages are
# parallelised across workers instead.
# and the role of every person given an ID, against the generated ground truth.
# Usage: scripts/bench-casefiles.sh [DOCUMENTS]   (default 104: every document kind and phrasing; at least 20)
set -euo pipefail
cd "$(dirname "$0")/.."
export CLUEDESK_LANG=en # the tables below are parsed and labelled in English
BUILD_DIR=${BUILD_DIR:-build}
./scripts/build.sh >/dev/null
"$BUILD_DIR/tests/bench/cluedesk-bench-casefiles" "${1:-104}"
