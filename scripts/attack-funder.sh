#!/usr/bin/env bash
# Part of `make test` (after check-workbooks.sh has built the demo): attacks funder workbooks with
# scripts/attack_funder.py — the demo's, a generated cohort with drop-outs at K = 5 and K = 3 —
# and shows on workbooks written under the old rule (Tests/Fixtures/funder-attack, a generated
# cohort and the demo) that the attack finds what that rule leaked.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/debug/pratiques
python3 scripts/attack_funder.py demo/cohorte/financeur.xlsx --bin "$bin" --db demo/pratiques.sqlite --cohort demarche-progres-2024
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/generate_cohort.py "$bin" "$work/generee.sqlite" --seed 11 --organisations 48 > /dev/null
truth=(--bin "$bin" --db "$work/generee.sqlite" --cohort cohorte-generee --dump-truth "$work/truth.json")
for k in 5 3; do
  "$bin" report funder cohorte-generee --db "$work/generee.sqlite" -o "$work/financeur-$k.xlsx" --min-group "$k" > /dev/null
  python3 scripts/attack_funder.py "$work/financeur-$k.xlsx" "${truth[@]}" --min-group "$k"
  truth=(--truth "$work/truth.json")
done
python3 scripts/attack_funder.py Tests/Fixtures/funder-attack/old-rule-financeur.xlsx --truth Tests/Fixtures/funder-attack/old-rule-truth.json \
  --expect-leak recovered,differencing,order-statistic,concentrated,precision | grep -E "^attack|^  [a-z]|expected"
python3 scripts/attack_funder.py Tests/Fixtures/funder-attack/old-rule-demo-financeur.xlsx --truth Tests/Fixtures/funder-attack/old-rule-demo-truth.json \
  --expect-leak order-statistic,concentrated,precision | grep -E "^attack|^  [a-z]|expected"
