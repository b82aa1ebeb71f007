#!/usr/bin/env bash
# The main job on the sample data: validate the grids, load the sample organisations into a
# fresh embedded SQLite file (demo/pratiques.sqlite) and show their score history.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/debug/pratiques
DB=demo/pratiques.sqlite
export PRATIQUES_REFERENTIELS=referentiels

echo "== Validation des référentiels"
"$BIN" referentiel validate referentiels
echo
echo "== Référentiels"
"$BIN" referentiel list
echo
echo "== Chargement des exemples dans $DB"
mkdir -p demo
rm -f "$DB" "$DB-wal" "$DB-shm"
"$BIN" assess import --db "$DB" samples/organisations/*.json
echo
"$BIN" org list --db "$DB"
echo
echo "== Historique des scores d'une organisation"
"$BIN" score scop-les-charpentiers --db "$DB"
echo
echo "== Plan d'action"
"$BIN" action list scop-les-charpentiers --db "$DB"
echo
echo "== Classeurs de progression des organisations (demo/organisations/)"
mkdir -p demo/organisations demo/questionnaires
for file in samples/organisations/*.json; do
  slug=$(basename "$file" .json)
  "$BIN" report org "$slug" --db "$DB" -o "demo/organisations/$slug.xlsx"
done
echo
echo "== Questionnaires vierges (demo/questionnaires/)"
for grid in $("$BIN" referentiel list --json | python3 -c 'import json,sys; print(" ".join(sorted({r["id"] for r in json.load(sys.stdin)})))'); do
  "$BIN" report questionnaire "$grid" -o "demo/questionnaires/$grid.xlsx"
done
echo
echo "== Cohorte et classeurs (demo/cohorte/)"
samples/cohorts/parcours-2024-2026.sh "$BIN" "$DB"
"$BIN" cohort show demarche-progres-2024 --db "$DB"
mkdir -p demo/cohorte
"$BIN" report cohort demarche-progres-2024 --db "$DB" -o demo/cohorte/cohorte.xlsx
"$BIN" report funder demarche-progres-2024 --db "$DB" -o demo/cohorte/financeur.xlsx
