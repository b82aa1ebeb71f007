#!/usr/bin/env bash
# The sample cohort: the twelve sample organisations followed through the « Démarche progrès
# 2024-2026 » parcours, three yearly sessions matched by date windows (one calendar year each).
# Usage: samples/cohorts/parcours-2024-2026.sh PRATIQUES_BINARY DATABASE
set -euo pipefail
BIN=$1
DB=$2
COHORT=demarche-progres-2024

"$BIN" cohort create "$COHORT" --parcours "Démarche progrès 2024-2026 (Hauts-de-France)" --db "$DB"
"$BIN" cohort session add "$COHORT" T0 --date 2024-03-14 --from 2024-01-01 --to 2024-12-31 --db "$DB"
"$BIN" cohort session add "$COHORT" T1 --date 2025-03-18 --from 2025-01-01 --to 2025-12-31 --db "$DB"
"$BIN" cohort session add "$COHORT" T2 --date 2026-03-17 --from 2026-01-01 --to 2026-12-31 --db "$DB"
"$BIN" cohort add "$COHORT" \
  cafe-des-possibles cooperative-paysanne fondation-habitat jardins-du-littoral \
  mobilite-solidaire mutuelle-entraide recyclerie-du-val ruche-amienoise \
  scic-energie-citoyenne scic-tiers-lieu-compiegne scop-imprimerie-lilloise scop-les-charpentiers \
  --db "$DB"
