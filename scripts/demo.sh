#!/usr/bin/env bash
# The main job on the sample data: validate and list the grids.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/debug/pratiques

echo "== Validation des référentiels"
"$BIN" referentiel validate referentiels
echo
echo "== Référentiels"
"$BIN" referentiel list
echo
echo "== Un référentiel en arbre (sans les descripteurs)"
"$BIN" referentiel show gouvernance-democratique --brief | head -n 40
