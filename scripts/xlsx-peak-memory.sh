#!/usr/bin/env bash
# Peak memory of `pratiques assess import` on hostile questionnaires (scripts/hostile_xlsx.py),
# measured with /usr/bin/time -v, beside an ordinary filled questionnaire. The reader's limits
# (XlsxLimits) are meant to keep every line under 64 MiB.
#   scripts/xlsx-peak-memory.sh [BIN]      (default .build/debug/pratiques)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/pratiques}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PRATIQUES_REFERENTIELS=referentiels
"$BIN" assess import --db "$WORK/base.sqlite" samples/organisations/ruche-amienoise.json > /dev/null
"$BIN" report questionnaire environnement -o "$WORK/blank.xlsx" > /dev/null
python3 scripts/fill_questionnaire.py "$WORK/blank.xlsx" "$WORK/ordinary.xlsx" 'Répondant!B4=ruche-amienoise' \
  'Répondant!B5=Bénévole' 'Répondant!B7=2027-02-01' 'Déplacements!E5=#30' 'Déplacements!E6=0 — Absent'
printf '%-22s %10s %6s  %s\n' file "peak KiB" exit outcome
for kind in ordinary largest-accepted largest-allowed inline-heavy zip-bomb big-part many-cells many-shared-strings \
            deep-nesting doctype many-entries many-sheets long-cell; do
  file="$WORK/$kind.xlsx"
  [ "$kind" = ordinary ] || python3 scripts/hostile_xlsx.py "$WORK/ordinary.xlsx" "$file" "$kind"
  cp "$WORK/base.sqlite" "$WORK/copy.sqlite"
  set +e
  /usr/bin/time -v "$BIN" assess import "$file" --db "$WORK/copy.sqlite" > "$WORK/out" 2> "$WORK/err"
  status=$?
  set -e
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/err")
  outcome=$(grep -h -v -e '^\s' -e '^Command' "$WORK/err" "$WORK/out" | head -1 | sed "s|$WORK/||g" | cut -c1-100)
  printf '%-22s %10s %6s  %s\n' "$kind" "$peak" "$status" "$outcome"
done
