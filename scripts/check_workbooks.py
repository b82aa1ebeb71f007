#!/usr/bin/env python3
"""Opens every demo workbook with openpyxl (a client no one here wrote) and checks a few cell
values against the JSON output of `pratiques score`.

usage: check_workbooks.py BIN DB DEMO_DIR
"""
import glob
import json
import os
import subprocess
import sys

import openpyxl

binary, database, demo = sys.argv[1:4]
failures = []
checked = 0


def fail(message):
    failures.append(message)


for path in sorted(glob.glob(os.path.join(demo, "organisations", "*.xlsx"))):
    slug = os.path.basename(path)[:-5]
    history = json.loads(subprocess.check_output([binary, "score", slug, "--db", database, "--json"]))
    workbook = openpyxl.load_workbook(path)
    expected_sheets = {"Synthèse", "Plan d'action", "Données", "Métadonnées"}
    if not expected_sheets <= set(workbook.sheetnames):
        fail(f"{path}: sheets {workbook.sheetnames}")
        continue
    summary = workbook["Synthèse"]
    # The overall-scores table starts under the header row whose first cell is « Référentiel ».
    header = next(row for row in range(1, 40) if summary.cell(row, 1).value == "Référentiel")
    rows = []
    row = header + 1
    while summary.cell(row, 1).value:
        rows.append((summary.cell(row, 2).value, summary.cell(row, 3).value, summary.cell(row, 5).value, summary.cell(row, 7).value))
        row += 1
    scored = {(item["summary"]["referentiel"]["version"], item["summary"]["label"], item["summary"]["referentiel"]["id"]): item
              for item in history}
    if len(rows) != len(history):
        fail(f"{path}: {len(rows)} rows in Synthèse, {len(history)} assessments in `pratiques score`")
    titles = {}
    for item in history:
        titles.setdefault(item["summary"]["referentiel"]["id"], None)
    for version, label, overall, coverage in rows:
        matches = [item for key, item in scored.items() if key[0] == version and key[1] == label
                   and abs((item["score"].get("overall") or 0) - (overall or 0)) < 1e-9]
        if not matches:
            fail(f"{path}: overall {overall} for {label} v{version} not found in `pratiques score`")
            continue
        item = matches[0]
        applicable, answered = item["score"]["applicable"], item["score"]["answered"]
        if applicable and abs(coverage - answered / applicable) > 1e-9:
            fail(f"{path}: coverage {coverage} != {answered}/{applicable}")
        checked += 1
    metadata = workbook["Métadonnées"]
    texts = {cell.value for row in metadata.iter_rows() for cell in row if isinstance(cell.value, str)}
    if not any(text.startswith("Pratiques ") for text in texts):
        fail(f"{path}: tool version missing from Métadonnées")

for path in sorted(glob.glob(os.path.join(demo, "questionnaires", "*.xlsx"))):
    workbook = openpyxl.load_workbook(path)
    if "_pratiques" not in workbook.sheetnames or workbook["_pratiques"].sheet_state != "hidden":
        fail(f"{path}: hidden _pratiques sheet missing")
        continue
    grid = workbook["_pratiques"]["B2"].value
    listed = sum(len(sheet.data_validations.dataValidation) for sheet in workbook.worksheets)
    if listed == 0:
        fail(f"{path}: no dropdown")
    checked += 1

# The sample cohort: the accompanist's and the funder's workbooks against `cohort show --json`.
cohort_path = os.path.join(demo, "cohorte", "cohorte.xlsx")
funder_path = os.path.join(demo, "cohorte", "financeur.xlsx")
if os.path.exists(cohort_path) and os.path.exists(funder_path):
    shown = json.loads(subprocess.check_output([binary, "cohort", "show", "demarche-progres-2024", "--db", database, "--json"]))
    sessions = [session["label"] for session in shown["cohort"]["sessions"]]
    expected = [item["statistics"] for item in shown["statistics"]]
    organisations = json.loads(subprocess.check_output([binary, "org", "list", "--db", database, "--json"]))
    members = set(shown["cohort"]["members"])
    hidden = [o for o in organisations if o["slug"] in members and not o["consentsToBeNamed"]]

    def statistics_rows(sheet):
        """Rows of the statistics tables: a session label in column B and n (or its suppression) in C."""
        return [row for row in range(1, sheet.max_row + 1)
                if sheet.cell(row, 2).value in sessions and sheet.cell(row, 3).value is not None]

    cohort = openpyxl.load_workbook(cohort_path)
    if cohort.sheetnames != ["Synthèse", "Organisations", "Progression", "Critères", "Données", "Métadonnées"]:
        fail(f"{cohort_path}: sheets {cohort.sheetnames}")
    else:
        summary = cohort["Synthèse"]
        rows = statistics_rows(summary)
        if len(rows) != len(expected):
            fail(f"{cohort_path}: {len(rows)} statistics rows, {len(expected)} in `cohort show`")
        for row, stats in zip(rows, expected):
            for column, key in [(3, "n"), (4, "mean"), (5, "median"), (6, "firstQuartile"), (7, "thirdQuartile"), (8, "minimum"), (9, "maximum")]:
                value = summary.cell(row, column).value
                if stats.get(key) is None and value is None:
                    continue
                if value is None or stats.get(key) is None or abs(value - stats[key]) > 1e-9:
                    fail(f"{cohort_path}: Synthèse row {row} {key} = {value}, `cohort show` says {stats.get(key)}")
            checked += 1
        data = cohort["Données"]
        header = [cell.value for cell in data[1]]
        if header != ["organisation", "session", "date", "référentiel", "version", "dimension", "critère", "valeur", "score", "répondants"]:
            fail(f"{cohort_path}: Données header {header}")

    funder = openpyxl.load_workbook(funder_path)
    summary = funder["Synthèse"]
    rows = statistics_rows(summary)
    if len(rows) != len(expected):
        fail(f"{funder_path}: {len(rows)} statistics rows, {len(expected)} in `cohort show`")
    for row, stats in zip(rows, expected):
        n = summary.cell(row, 3).value
        if stats["n"] >= 5:
            if n != stats["n"] or abs(summary.cell(row, 5).value - stats["median"]) > 1e-9:
                fail(f"{funder_path}: Synthèse row {row}: n {n} median {summary.cell(row, 5).value}, expected {stats['n']} {stats['median']}")
        elif n != "secret statistique (moins de 5 organisations)" or any(summary.cell(row, c).value is not None for c in range(4, 8)):
            fail(f"{funder_path}: Synthèse row {row}: a group of {stats['n']} is not suppressed")
        checked += 1
    for sheet in funder.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                if isinstance(cell.value, str) and any(o["name"] in cell.value or o["slug"] in cell.value for o in hidden):
                    fail(f"{funder_path}: {sheet.title}!{cell.coordinate} names an organisation that did not consent")
    checked += 1
else:
    fail("demo/cohorte: cohort workbooks missing")

if failures:
    print("\n".join(failures))
    print(f"openpyxl check: {checked} passed, {len(failures)} failed")
    sys.exit(1)
print(f"openpyxl check: {checked} passed, 0 failed")
