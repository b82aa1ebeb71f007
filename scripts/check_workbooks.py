#!/usr/bin/env python3
"""Opens every demo workbook with openpyxl (a client no one here wrote) and checks it against the
JSON output of `pratiques` (score, cohort show, referentiel show, org list):

- organisation workbooks: « En bref » first, data sheets last; « En bref » gives each grid's
  latest score; the Synthèse blocks give every completed assessment's overall score, carried
  scores marked (`*` in the number format and the column header) and explained; ids of grids
  and criteria nowhere but in Données and Métadonnées (the criteria named by their short label);
  no respondent's name or comment by default;
- every sheet of every workbook: A4, an orientation, a header and a footer with the page number
  and count, a print area; report sheets fitted to the width or the page; charts in cell
  ranges that never overlap; the grid sheets repeat their header row;
- questionnaires: hidden _pratiques sheet, dropdowns, bounds on number answers, the roles printed
  on the cover;
- the sample cohort: titles with the parcours' name, statistics equal to `cohort show`; the
  funder workbook: « Comment lire » first, every group under 5 withheld, no organisation that did
  not consent named.

usage: check_workbooks.py BIN DB DEMO_DIR
"""
import glob
import json
import os
import re
import subprocess
import sys
import zipfile

import openpyxl

binary, database, demo = sys.argv[1:4]
failures = []
checked = 0
carried_checked = 0
DATA_SHEETS = re.compile(r"^(Données|Data|Métadonnées|Metadata|Annexe|Annex|_pratiques)")


def fail(message):
    failures.append(message)


def plain(text):
    """Text without the workbooks' French typography (narrow no-break spaces, typographic apostrophes)."""
    return str(text).replace("\u202f", " ").replace("’", "'")


def run(*arguments):
    return json.loads(subprocess.check_output([binary, *arguments]))


def grids():
    """Every grid version: id, version, its criteria (id → short label or question) and dimension titles."""
    found = {}
    for item in run("referentiel", "list", "--json"):
        shown = run("referentiel", "show", item["id"], "--version", item["version"], "--json")["referentiel"]
        criteria, dimensions = {}, {}
        for dimension in shown["dimensions"]:
            dimensions[dimension["id"]] = dimension["title"]["fr"]
            for criterion in dimension["criteria"]:
                criteria[criterion["id"]] = (criterion.get("short") or criterion["question"])["fr"]
        found[(item["id"], item["version"])] = {"title": shown["title"]["fr"], "criteria": criteria, "dimensions": dimensions}
    return found


GRIDS = grids()
CRITERION_IDS = {cid for grid in GRIDS.values() for cid in grid["criteria"]}
GRID_IDS = {key[0] for key in GRIDS}


def anchors(path):
    """Per sheet name, the cell ranges (from row, from column, to row, to column) of its charts."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        workbook = archive.read("xl/workbook.xml").decode()
        relations = archive.read("xl/_rels/workbook.xml.rels").decode()
        found = {}
        for sheet, rid in re.findall(r'<sheet name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
            target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, relations).group(1)
            part = "xl/" + target
            rels = "xl/worksheets/_rels/" + os.path.basename(part) + ".rels"
            ranges = []
            if rels in names:
                for drawing in re.findall(r'Target="../drawings/([^"]+)"', archive.read(rels).decode()):
                    xml = archive.read("xl/drawings/" + drawing).decode()
                    for anchor in re.findall(r"<xdr:twoCellAnchor.*?</xdr:twoCellAnchor>", xml, re.S):
                        cells = [(int(c), int(r)) for c, r in re.findall(r"<xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>", anchor, re.S)]
                        (c0, r0), (c1, r1) = cells[0], cells[1]
                        ranges.append((r0, c0, r1, c1))
            found[sheet] = ranges
        return found


def check_print_setup(path, workbook, repeat_expected=()):
    """Page setup, header and footer, print area; charts not overlapping."""
    global checked
    defined = {}
    for name, item in workbook.defined_names.items() if hasattr(workbook.defined_names, "items") else []:
        defined[name] = item
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        setup = sheet.page_setup
        if str(setup.paperSize) != "9":
            fail(f"{path}: {sheet.title}: paper {setup.paperSize}, A4 (9) expected")
        if setup.orientation not in ("portrait", "landscape"):
            fail(f"{path}: {sheet.title}: no orientation")
        header, footer = sheet.oddHeader, sheet.oddFooter
        header_text = "".join(part.text or "" for part in (header.left, header.center, header.right))
        footer_text = "".join(part.text or "" for part in (footer.left, footer.center, footer.right))
        if not header_text.strip():
            fail(f"{path}: {sheet.title}: no header")
        if "&P" not in footer_text or "&N" not in footer_text:
            fail(f"{path}: {sheet.title}: footer without page x / y: {footer_text!r}")
        if not sheet.print_area:
            fail(f"{path}: {sheet.title}: no print area")
        if not DATA_SHEETS.match(sheet.title) and not sheet.sheet_properties.pageSetUpPr or \
                (not DATA_SHEETS.match(sheet.title) and not sheet.sheet_properties.pageSetUpPr.fitToPage):
            fail(f"{path}: {sheet.title}: report sheet not fitted to the page width")
        if sheet.title in repeat_expected and not sheet.print_title_rows:
            fail(f"{path}: {sheet.title}: header row not repeated on each page")
        checked += 1
    for sheet, ranges in anchors(path).items():
        for index, a in enumerate(ranges):
            for b in ranges[index + 1:]:
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    fail(f"{path}: {sheet}: charts overlap: rows/columns {a} and {b}")


def check_no_ids(path, workbook):
    """Ids of grids and criteria only in the data sheets."""
    for sheet in workbook.worksheets:
        if DATA_SHEETS.match(sheet.title) or sheet.sheet_state != "visible":
            continue
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and (cell.value in CRITERION_IDS or cell.value in GRID_IDS
                                                    or re.search(r"\b[a-z]{2}\.[a-z]+-[a-z-]+\b", cell.value)):
                    fail(f"{path}: {sheet.title}!{cell.coordinate}: an id in a report sheet: {cell.value[:80]!r}")


# ---------------------------------------------------------------- organisation workbooks
for path in sorted(glob.glob(os.path.join(demo, "organisations", "*.xlsx"))):
    slug = os.path.basename(path)[:-5]
    history = [item for item in run("score", slug, "--db", database, "--json") if item["summary"]["status"] == "complete"]
    drafts = [item for item in run("score", slug, "--db", database, "--json") if item["summary"]["status"] == "draft"]
    workbook = openpyxl.load_workbook(path)
    names = workbook.sheetnames
    if names[0] != "En bref" or names[1] != "Synthèse" or names[-2:] != ["Données", "Métadonnées"] or "Plan d’action" not in names:
        fail(f"{path}: sheets {names}")
        continue
    by_grid = {}
    for item in history:
        by_grid.setdefault(item["summary"]["referentiel"]["id"], []).append(item)
    titles = {gid: next(g["title"] for (i, v), g in GRIDS.items() if i == gid) for gid in by_grid}

    # « En bref »: one row per grid, its latest score.
    brief = workbook["En bref"]
    rows = {brief.cell(r, 1).value: r for r in range(1, brief.max_row + 1)}
    for gid, items in by_grid.items():
        latest = max(items, key=lambda item: (item["summary"]["date"], item["summary"]["id"]))
        row = rows.get(titles[gid])
        if row is None:
            fail(f"{path}: En bref has no line for {titles[gid]}")
            continue
        value = brief.cell(row, 3).value
        if value is None or abs(value - latest["score"]["overall"]) > 1e-9:
            fail(f"{path}: En bref {titles[gid]}: score {value}, `pratiques score` says {latest['score']['overall']}")
        if len(items) > 1:
            previous = sorted(items, key=lambda item: item["summary"]["date"])[-2]
            change = brief.cell(row, 4).value
            if not isinstance(change, (int, float)) or abs(change - (latest["score"]["overall"] - previous["score"]["overall"])) > 1e-9:
                fail(f"{path}: En bref {titles[gid]}: change since the previous {change}")
        checked += 1
    texts = [plain(cell.value) for row in brief.iter_rows() for cell in row if isinstance(cell.value, str)]
    for heading in ("Nos points forts", "Plan d'action", "À regarder"):
        if not any(text.startswith(heading) for text in texts):
            fail(f"{path}: En bref without « {heading} »")
    for item in drafts:
        if not any("brouillon du" in text for text in texts):
            fail(f"{path}: draft {item['summary']['label']} not named in En bref")

    # Synthèse: each block's « Score global » row, every completed assessment.
    summary = workbook["Synthèse"]
    for gid, items in by_grid.items():
        start = next((r for r in range(1, summary.max_row + 1) if summary.cell(r, 1).value == titles[gid]), None)
        if start is None:
            fail(f"{path}: Synthèse has no block for {titles[gid]}")
            continue
        header = start + 1
        overall = next(r for r in range(header, header + 30) if summary.cell(r, 1).value == "Score global")
        for index, item in enumerate(sorted(items, key=lambda item: (item["summary"]["date"], item["summary"]["id"]))):
            cell = summary.cell(overall, 2 + index)
            label = summary.cell(header, 2 + index).value
            if cell.value is None or abs(cell.value - (item["score"]["overall"] or 0)) > 1e-9:
                fail(f"{path}: Synthèse {titles[gid]} {item['summary']['label']}: {cell.value}, expected {item['score']['overall']}")
            if item["carried"]:
                note = " ".join(str(summary.cell(r, 1).value or "") for r in range(overall + 1, overall + 4))
                if "*" not in cell.number_format or not str(label).endswith("*") or item["summary"]["label"] not in note:
                    fail(f"{path}: Synthèse {titles[gid]} {item['summary']['label']} carried but not marked: {cell.number_format!r} {label!r}")
                carried_checked += 1
            elif "*" in cell.number_format or str(label).endswith("*"):
                fail(f"{path}: Synthèse {titles[gid]} {item['summary']['label']} not carried but marked")
            checked += 1

    # Grid sheets: criteria by their short label, in column A under the header.
    for gid, items in by_grid.items():
        version = items[-1]["score"]["referentiel"]["version"]
        grid = GRIDS[(gid, version)]
        sheet = next((workbook[n] for n in names if n.startswith(titles[gid][:25])), None)
        if sheet is None:
            fail(f"{path}: no sheet for {titles[gid]}")
            continue
        labels = {plain(sheet.cell(r, 1).value) for r in range(5, sheet.max_row + 1)}
        for cid, label in grid["criteria"].items():
            cut = label[:40]
            if not any(text.startswith(cut) or cut.startswith(text.rstrip("…")[:40]) for text in labels):
                fail(f"{path}: {sheet.title}: criterion {cid} not named by its label « {label[:50]} »")
        checked += 1
    check_no_ids(path, workbook)
    # No respondent's name by default: the Données respondents are R1, R2…, no comment.
    data = workbook["Données"]
    header = [cell.value for cell in data[1]]
    respondents = {row[header.index("répondant")] for row in data.iter_rows(min_row=2, values_only=True)}
    comments = [row[header.index("commentaire")] for row in data.iter_rows(min_row=2, values_only=True) if row[header.index("commentaire")]]
    if any(r and not re.fullmatch(r"R\d+", r) for r in respondents) or comments:
        fail(f"{path}: names or comments in Données without --with-names: {sorted(r for r in respondents if r)[:5]} {comments[:2]}")
    metadata = workbook["Métadonnées"]
    meta_texts = {cell.value for row in metadata.iter_rows() for cell in row if isinstance(cell.value, str)}
    if not any(text.startswith("Pratiques ") for text in meta_texts):
        fail(f"{path}: tool version missing from Métadonnées")
    check_print_setup(path, workbook, repeat_expected=[n for n in names[2:-3]])

# ---------------------------------------------------------------- questionnaires
for path in sorted(glob.glob(os.path.join(demo, "questionnaires", "*.xlsx"))):
    workbook = openpyxl.load_workbook(path)
    if "_pratiques" not in workbook.sheetnames or workbook["_pratiques"].sheet_state != "hidden":
        fail(f"{path}: hidden _pratiques sheet missing")
        continue
    kinds = [dv.type for sheet in workbook.worksheets for dv in sheet.data_validations.dataValidation]
    if "list" not in kinds:
        fail(f"{path}: no dropdown")
    cover = workbook.worksheets[0]
    if not any(isinstance(c.value, str) and "☐" in c.value and "Bénévole" in c.value for row in cover.iter_rows() for c in row):
        fail(f"{path}: the roles are not printed on the cover")
    grid_id = workbook["_pratiques"]["B2"].value
    version = workbook["_pratiques"]["B3"].value
    shown = run("referentiel", "show", grid_id, "--version", version, "--json")["referentiel"]
    numbers = [c for d in shown["dimensions"] for c in d["criteria"] if c["kind"] == "number" and c.get("bounds")]
    if numbers and "decimal" not in kinds:
        fail(f"{path}: number answers without bounds checked")
    for sheet in workbook.worksheets[1:]:
        if sheet.sheet_state == "visible" and (sheet.title != sheet.title.strip() or len(sheet.title) > 31):
            fail(f"{path}: sheet name {sheet.title!r}")
    check_print_setup(path, workbook)
    checked += 1

# ---------------------------------------------------------------- the sample cohort
cohort_path = os.path.join(demo, "cohorte", "cohorte.xlsx")
funder_path = os.path.join(demo, "cohorte", "financeur.xlsx")
if os.path.exists(cohort_path) and os.path.exists(funder_path):
    shown = run("cohort", "show", "demarche-progres-2024", "--db", database, "--json")
    parcours = shown["cohort"]["parcours"]
    sessions = [session["label"] for session in shown["cohort"]["sessions"]]
    organisations = run("org", "list", "--db", database, "--json")
    members = set(shown["cohort"]["members"])
    hidden = [o for o in organisations if o["slug"] in members and not o["consentsToBeNamed"]]
    expected = {}
    for item in shown["statistics"]:
        grid = next(g for (i, v), g in GRIDS.items() if i == item["referentiel"] and v == item["version"])
        title = "Global" if item["dimension"] == "global" else grid["dimensions"][item["dimension"]]
        expected[(grid["title"], title, item["session"])] = item["statistics"]

    def statistics_table(sheet):
        """(grid title, dimension title, session) → the cells n, mean, median, Q1, Q3 of the wide tables."""
        found = {}
        grid = None
        for r in range(1, sheet.max_row + 1):
            first = sheet.cell(r, 1).value
            if sheet.cell(r + 2, 1).value == "Dimension" and isinstance(first, str):
                grid = first
            if grid and isinstance(first, str) and sheet.cell(r, 2).value is not None and first not in ("Dimension", grid):
                for index, session in enumerate(sessions):
                    found[(plain(grid), plain(first), session)] = [sheet.cell(r, 2 + index * 5 + k).value for k in range(5)]
        return found

    cohort = openpyxl.load_workbook(cohort_path)
    if cohort.sheetnames != ["Synthèse", "Organisations", "Progression", "Critères", "Données", "Métadonnées"]:
        fail(f"{cohort_path}: sheets {cohort.sheetnames}")
    else:
        summary = cohort["Synthèse"]
        if parcours not in str(summary["A1"].value):
            fail(f"{cohort_path}: title {summary['A1'].value!r} does not name the parcours")
        table = statistics_table(summary)
        if len(table) != len(expected):
            fail(f"{cohort_path}: {len(table)} statistics in Synthèse, {len(expected)} in `cohort show`")
        for key, stats in expected.items():
            cells = table.get(key)
            if cells is None:
                fail(f"{cohort_path}: Synthèse misses {key}")
                continue
            for value, name in zip(cells, ["n", "mean", "median", "firstQuartile", "thirdQuartile"]):
                if stats.get(name) is None and value is None:
                    continue
                if value is None or stats.get(name) is None or abs(value - stats[name]) > 1e-9:
                    fail(f"{cohort_path}: Synthèse {key} {name} = {value}, `cohort show` says {stats.get(name)}")
            checked += 1
        data = cohort["Données"]
        header = [cell.value for cell in data[1]]
        if header != ["organisation", "session", "date", "référentiel", "version", "dimension", "critère", "valeur", "score", "répondants"]:
            fail(f"{cohort_path}: Données header {header}")
        check_no_ids(cohort_path, cohort)
        check_print_setup(cohort_path, cohort)

    funder = openpyxl.load_workbook(funder_path)
    if funder.sheetnames[0] != "Comment lire" or funder.sheetnames[-1] != "Métadonnées":
        fail(f"{funder_path}: sheets {funder.sheetnames}")
    read_first = funder.worksheets[0]
    first_texts = " ".join(str(c.value) for row in read_first.iter_rows() for c in row if c.value is not None)
    for needed in (parcours, f"{len(members)} organisations", *sessions):
        if needed not in first_texts:
            fail(f"{funder_path}: « Comment lire » does not state {needed!r}")
    summary = funder["Synthèse"]
    table = statistics_table(summary)
    # The funder's figures rest on each grid's panel (docs/cohorts.md): scripts/attack_funder.py
    # checks every one against the scores. Here: each group is shown on 5 to n organisations, in
    # whole points, or withheld (« secret statistique »), or its grid is one withheld line.
    for key, stats in expected.items():
        cells = table.get(key)
        grid_line = any(isinstance(c.value, str) and plain(c.value).startswith(key[0] + " : secret statistique")
                        for row in summary.iter_rows() for c in row)
        if cells is None:
            if not grid_line:
                fail(f"{funder_path}: Synthèse misses {key} (n {stats['n']})")
            continue
        if isinstance(cells[0], str):
            if not cells[0].startswith("secret statistique") or any(value is not None for value in cells[1:]):
                fail(f"{funder_path}: Synthèse {key}: withheld cells {cells}")
        elif not 5 <= cells[0] <= stats["n"] or not isinstance(cells[1], (int, float)) or cells[1] != round(cells[1]):
            fail(f"{funder_path}: Synthèse {key}: n {cells[0]} mean {cells[1]}, expected 5 to {stats['n']} organisations in whole points")
        checked += 1
    for sheet in funder.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                if isinstance(cell.value, str) and any(o["name"] in cell.value or o["slug"] in cell.value for o in hidden):
                    fail(f"{funder_path}: {sheet.title}!{cell.coordinate} names an organisation that did not consent")
    check_no_ids(funder_path, funder)
    check_print_setup(funder_path, funder)
    checked += 1
else:
    fail("demo/cohorte: cohort workbooks missing")
if carried_checked == 0:
    fail("no carried score found in the demo workbooks (gouvernance démocratique should span three versions)")

if failures:
    print("\n".join(failures[:60]))
    print(f"openpyxl check: {checked} passed, {len(failures)} failed")
    sys.exit(1)
print(f"openpyxl check: {checked} passed ({carried_checked} carried from an earlier version), 0 failed")
