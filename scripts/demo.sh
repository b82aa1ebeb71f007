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
echo "== Ce qui change entre deux versions d'une grille"
"$BIN" referentiel diff gouvernance-democratique 1.0.0 2.0.0
echo
echo "== Historique des scores d'une organisation (gouvernance démocratique sur trois versions, valeurs reprises marquées *)"
"$BIN" score scop-les-charpentiers --db "$DB"
echo
echo "== Ce qui ne s'applique pas : une fondation (pas d'assemblée générale) et une association sans salarié"
"$BIN" org profile fondation-habitat --db "$DB"
"$BIN" score fondation-habitat --referentiel gouvernance-democratique --db "$DB" | grep -E '^(2026 |Hors score)'
"$BIN" org profile cafe-des-possibles --db "$DB"
"$BIN" score cafe-des-possibles --referentiel richesses-humaines --db "$DB" | grep -E '^(2026 |Hors score)'
echo
echo "== Plan d'action"
"$BIN" action list scop-les-charpentiers --db "$DB"
echo
echo "== Remplir une grille : terminal, tableur, plusieurs répondants (jardins-du-littoral, environnement)"
# Léa (direction) answers the 18 criteria through a pipe, as a script would, and leaves the
# assessment a draft (« n »); the transcripts go to demo/fill-*.txt, their end is shown.
printf '%s\n' 35 3 2 3 2 2 3 2 1 2 20 2 na 3 1 3 2 1 n \
  | "$BIN" fill jardins-du-littoral environnement --role direction --name Léa --db "$DB" > demo/fill-lea.txt
tail -n 14 demo/fill-lea.txt
# Karim (salarié) answers four criteria, comments the fifth, and stops (q)…
printf '%s\n' 40 1 1 3 c "Le tri est en place mais peu suivi" 1 q \
  | "$BIN" fill jardins-du-littoral environnement --role salarie --name Karim --db "$DB" > demo/fill-karim-1.txt
tail -n 7 demo/fill-karim-1.txt
# …then resumes where he stopped, skips one criterion (?) and finishes.
printf '%s\n' 2 3 2 '?' 2 15 2 na 2 0 1 2 1 \
  | "$BIN" fill jardins-du-littoral environnement --role salarie --name Karim --db "$DB" > demo/fill-karim-2.txt
grep -m1 '^\[' demo/fill-karim-2.txt
tail -n 12 demo/fill-karim-2.txt
DRAFT=$("$BIN" assess list jardins-du-littoral --db "$DB" --json \
  | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["status"] == "draft"][-1])')
# Sam (bénévole) fills the questionnaire workbook; it is read back into the same draft.
"$BIN" report questionnaire environnement -o demo/questionnaire-sam.xlsx
python3 scripts/fill_questionnaire.py demo/questionnaire-sam.xlsx demo/questionnaire-sam-rempli.xlsx \
  'Répondant!B4=jardins-du-littoral' 'Répondant!B5=Bénévole' 'Répondant!B6=Sam' \
  'Déplacements!E5=#30' 'Déplacements!E6=0 — Absent' 'Déplacements!E7=1 — Émergent' \
  'Pilotage de la démarche!E5=1 — Émergent' 'Pilotage de la démarche!F5=On ne sait pas qui est référent'
"$BIN" assess import demo/questionnaire-sam-rempli.xlsx --assessment "$DRAFT" --db "$DB"
"$BIN" assess show "$DRAFT" --db "$DB" > demo/assess-show-$DRAFT.txt
sed -n '1,4p' demo/assess-show-$DRAFT.txt
# The share of soft mobility is a fact: Léa entered 35 %, Karim's 40 % waits as a proposal (no
# average). The group settles it at 35 %, then stops.
grep -A3 '^  env.part-mobilite-douce' demo/assess-show-$DRAFT.txt
printf '%s\n' 35 q | "$BIN" assess consensus "$DRAFT" --db "$DB" | tail -n 3
echo
echo "== Classeurs de progression des organisations (demo/organisations/)"
mkdir -p demo/organisations demo/questionnaires
for file in samples/organisations/*.json; do
  slug=$(basename "$file" .json)
  "$BIN" report org "$slug" --db "$DB" -o "demo/organisations/$slug.xlsx"
done
echo
echo "== Guide des bonnes pratiques 2026, à présenter en assemblée générale (demo/guide/)"
mkdir -p demo/guide
"$BIN" guide note fondation-habitat --year 2026 --date 2026-06-12 \
  --decisions "Ouvrir le conseil d'administration à deux personnes accompagnées ; viser le niveau 3 en transparence des décisions d'ici 2027." --db "$DB"
for slug in fondation-habitat cafe-des-possibles scop-les-charpentiers; do
  "$BIN" report guide "$slug" --year 2026 --db "$DB" -o "demo/guide/guide-$slug.xlsx"
done
echo
echo "== Questionnaires vierges (demo/questionnaires/)"
for grid in $("$BIN" referentiel list --json | python3 -c 'import json,sys; print(" ".join(sorted({r["id"] for r in json.load(sys.stdin)})))'); do
  "$BIN" report questionnaire "$grid" -o "demo/questionnaires/$grid.xlsx"
done
echo
echo "== Nouvelle évaluation pré-remplie depuis celle de 2024 (1.0.0), sur une copie de la base"
cp "$DB" demo/brouillon.sqlite
FIRST=$("$BIN" assess list scop-les-charpentiers --db demo/brouillon.sqlite | awk '$5 == "gouvernance-democratique@1.0.0" { print $1; exit }')
"$BIN" assess new scop-les-charpentiers gouvernance-democratique --from "$FIRST" --db demo/brouillon.sqlite \
  --date 2027-03-16 --label 2027
echo
echo "== Cohorte et classeurs (demo/cohorte/)"
samples/cohorts/parcours-2024-2026.sh "$BIN" "$DB"
"$BIN" cohort show demarche-progres-2024 --db "$DB"
mkdir -p demo/cohorte
"$BIN" report cohort demarche-progres-2024 --db "$DB" -o demo/cohorte/cohorte.xlsx
"$BIN" report funder demarche-progres-2024 --db "$DB" -o demo/cohorte/financeur.xlsx
echo
echo "== Journal, sauvegarde et vérification"
"$BIN" log --db "$DB" --limit 5
"$BIN" backup --db "$DB" -o demo/sauvegarde.sqlite
"$BIN" check --db demo/sauvegarde.sqlite
echo
echo "== Pages web : liens personnels des répondants du brouillon 2027 (demo/brouillon.sqlite)"
DRAFT=$("$BIN" assess list scop-les-charpentiers --db demo/brouillon.sqlite | awk '/2027/ { print $1; exit }')
"$BIN" respondent link "$DRAFT" --db demo/brouillon.sqlite
echo "Démarrer le serveur : $BIN serve --db demo/brouillon.sqlite  (http://127.0.0.1:8080/, puis ouvrir un lien ci-dessus)"
echo "Compte de coordination : $BIN serve --set-password LOGIN --db demo/brouillon.sqlite"
