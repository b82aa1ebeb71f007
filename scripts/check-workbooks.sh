#!/usr/bin/env bash
# Part of `make test`: builds the demo workbooks, then opens each with openpyxl and compares a
# few cells with `pratiques score --json`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/demo.sh > demo.log 2>&1 || { cat demo.log; echo "check-workbooks: the demo run failed" >&2; exit 1; }
python3 scripts/check_workbooks.py .build/debug/pratiques demo/pratiques.sqlite demo
