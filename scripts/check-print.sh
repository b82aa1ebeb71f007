#!/usr/bin/env bash
# Prints the demo workbooks with LibreOffice (headless) and checks the pages: page counts per
# sheet, print scale of the report sheets (70 % or more), questionnaire text (9 points or more),
# no chart crossed by a page break, « En bref » on one page, the report of scop-les-charpentiers
# on 8 pages or fewer, the funder's report part on 6 or fewer (scripts/check_print.py). Then
# takes every shipped grid's questionnaire through a full round trip: written, every question
# answered, saved again by LibreOffice, imported by `pratiques assess import`.
#
# Part of `make test` when soffice is installed; `make print-check` installs LibreOffice
# (libreoffice-calc-nogui), Carlito and poppler-utils, then runs it. The PDFs stay in demo/pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/debug/pratiques
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  echo "check-print: soffice or pdftotext missing (make print-check installs them)" >&2
  exit 1
fi
# LibreOffice's Python bridge lives beside the system Python.
PYTHON=""
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c "import uno" >/dev/null 2>&1; then PYTHON=$candidate; break; fi
done
if [ -z "$PYTHON" ]; then echo "check-print: no Python with LibreOffice's uno module (python3-uno)" >&2; exit 1; fi
if [ ! -f demo/organisations/scop-les-charpentiers.xlsx ]; then
  scripts/demo.sh > demo.log 2>&1 || { cat demo.log; echo "check-print: the demo run failed" >&2; exit 1; }
fi
rm -rf demo/pdf
"$PYTHON" scripts/check_print.py demo --pdf demo/pdf

echo "== Questionnaires : écrits, remplis, enregistrés par LibreOffice, importés"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp demo/pratiques.sqlite "$work/db.sqlite"
grids=$("$BIN" referentiel list --json | python3 -c 'import json,sys; print(" ".join(sorted({r["id"] for r in json.load(sys.stdin)})))')
for grid in $grids; do
  "$BIN" report questionnaire "$grid" -o "$work/$grid.xlsx" > /dev/null
  python3 scripts/answer_every_question.py "$work/$grid.xlsx" "$work/filled-$grid.xlsx" scop-les-charpentiers Bénévole
done
mkdir -p "$work/saved"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/saved" "$work"/filled-*.xlsx > /dev/null 2>&1
count=$(ls "$work"/saved/*.xlsx | wc -l)
if [ "$count" -ne "$(echo "$grids" | wc -w)" ]; then echo "check-print: LibreOffice saved $count questionnaire(s) of $(echo "$grids" | wc -w)" >&2; exit 1; fi
"$BIN" assess import "$work"/saved/*.xlsx --db "$work/db.sqlite"
echo "check-print: every grid's questionnaire reads back after LibreOffice saved it"
