#!/usr/bin/env python3
"""The Python baseline of the end-to-end benchmark's imports: what a user would write instead of
`pratiques assess import` — the standard library's json or csv module (openpyxl for filled
questionnaires) and sqlite3 `executemany`, into the same schema, in one transaction.

    import_baseline.py DATABASE GRIDS_JSON FILE...

DATABASE is a copy of the benchmark's template store (schema, organisations, grid snapshots);
GRIDS_JSON gives each criterion's kind per grid version (the benchmark's `grids.json`: a script
would hard-code it). FILE: `.json` exchange documents, `.csv` files as French spreadsheets save
them, or `.xlsx` questionnaires filled in a spreadsheet. No check beyond what SQLite enforces
(the schema's foreign keys, uniqueness and CHECK constraints): the plain alternative.
Prints `assessments N`, `respondents N`, `answers N`.
"""
import csv
import datetime
import json
import sqlite3
import sys

ROLES = {"direction": "direction", "salarié·e": "salarie", "salarie": "salarie", "administrateur·rice": "administrateur",
         "administrateur": "administrateur", "bénévole": "benevole", "benevole": "benevole", "usager·ère": "usager",
         "usager": "usager", "partenaire": "partenaire"}
INSERT_ANSWER = ("INSERT INTO answer (respondent_id, criterion_id, level, yes_no, number, text, not_applicable, comment, origin) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


class Importer:
    def __init__(self, path, kinds):
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA busy_timeout = 60000")
        self.db.execute("BEGIN IMMEDIATE")
        self.kinds = kinds
        self.snapshots = {(grid, version): id for id, grid, version in
                          self.db.execute("SELECT id, referentiel_id, version FROM referentiel_snapshot")}
        self.organisations = dict(self.db.execute("SELECT slug, id FROM organisation"))
        self.now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.counts = {"assessments": 0, "respondents": 0, "answers": 0}
        self.answers = []

    def organisation(self, o):
        row = self.db.execute(
            "INSERT INTO organisation (slug, name, legal_form, siret, departement, epci, sector, size_band, consent_named, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(slug) DO UPDATE SET name = excluded.name, legal_form = excluded.legal_form, "
            "siret = excluded.siret, departement = excluded.departement, epci = excluded.epci, sector = excluded.sector, "
            "size_band = excluded.size_band, consent_named = excluded.consent_named RETURNING id",
            (o["id"], o["name"], o["legal_form"], o.get("siret"), o.get("departement"), o.get("epci"), o.get("sector"),
             o.get("size_band"), 1 if o.get("consent_named") else 0, self.now)).fetchone()
        self.organisations[o["id"]] = row[0]

    def assessment(self, slug, grid, version, date, label, status):
        cursor = self.db.execute(
            "INSERT INTO assessment (organisation_id, snapshot_id, date, label, status, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (self.organisations[slug], self.snapshots[(grid, version)], date, label, status, self.now))
        self.counts["assessments"] += 1
        return cursor.lastrowid

    def respondent(self, assessment_id, position, role, name):
        cursor = self.db.execute("INSERT INTO respondent (assessment_id, position, role, name) VALUES (?, ?, ?, ?)",
                                 (assessment_id, position, role, name))
        self.counts["respondents"] += 1
        return cursor.lastrowid

    def answer(self, respondent_id, criterion, level, yes_no, number, text, not_applicable, comment):
        self.answers.append((respondent_id, criterion, level, yes_no, number, text, not_applicable, comment, None))

    def flush(self):
        self.db.executemany(INSERT_ANSWER, self.answers)
        self.counts["answers"] += len(self.answers)
        self.answers = []

    def finish(self):
        self.flush()
        self.db.execute("COMMIT")
        self.db.close()

    # JSON exchange documents.
    def json_file(self, path):
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        for o in document.get("organisations", []):
            self.organisation(o)
        for a in document.get("assessments", []):
            assessment_id = self.assessment(a["organisation"], a["referentiel"], a["version"], a["date"], a.get("label") or a["date"][:4],
                                            a.get("status", "complete"))
            for position, r in enumerate(a.get("respondents", [])):
                respondent_id = self.respondent(assessment_id, position, r["role"], r.get("name"))
                for answer in r.get("answers", []):
                    yes = answer.get("yes")
                    self.answer(respondent_id, answer["criterion"], answer.get("level"), None if yes is None else int(yes),
                                answer.get("number"), answer.get("text"), 1 if answer.get("not_applicable") else 0, answer.get("comment"))
            for answer in a.get("consensus", []):
                yes = answer.get("yes")
                self.db.execute("INSERT INTO consensus_answer (assessment_id, criterion_id, level, yes_no, number, text, not_applicable, "
                                "comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                (assessment_id, answer["criterion"], answer.get("level"), None if yes is None else int(yes),
                                 answer.get("number"), answer.get("text"), 1 if answer.get("not_applicable") else 0, answer.get("comment")))
        self.flush()

    # CSV as French spreadsheets save it (`;`, decimal comma, BOM, CRLF).
    def csv_file(self, path):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(handle, delimiter=";")
            header = next(rows)
            at = {name: header.index(name) for name in header}
            assessments, respondents, positions = {}, {}, {}
            for row in rows:
                slug, grid, version, date = row[at["organisation"]], row[at["referentiel"]], row[at["version"]], row[at["date"]]
                label = row[at["libelle"]] or date[:4]
                criterion, raw, comment = row[at["critere"]], row[at["reponse"]].strip(), row[at["commentaire"]] or None
                if not raw and comment is None:
                    continue
                key = (slug, grid, version, label)
                assessment_id = assessments.get(key)
                if assessment_id is None:
                    status = "draft" if row[at["statut"]].lower() in ("brouillon", "draft") else "complete"
                    assessment_id = assessments[key] = self.assessment(slug, grid, version, date, label, status)
                    positions[assessment_id] = 0
                who = (assessment_id, row[at["repondant"]])
                respondent_id = respondents.get(who)
                if respondent_id is None:
                    role = ROLES[row[at["role"]].lower()]
                    respondent_id = respondents[who] = self.respondent(assessment_id, positions[assessment_id], role, row[at["nom"]] or None)
                    positions[assessment_id] += 1
                level = yes_no = number = text = None
                not_applicable = 0
                kind = self.kinds[grid][version][criterion]
                if raw.upper() == "NA":
                    not_applicable = 1
                elif not raw:
                    pass
                elif kind == "level":
                    level = int(raw)
                elif kind == "number":
                    number = float(raw.replace(",", "."))
                elif kind == "yes_no":
                    yes_no = 1 if raw.lower() == "oui" else 0
                else:
                    text = row[at["reponse"]]
                self.answer(respondent_id, criterion, level, yes_no, number, text, not_applicable, comment)
        self.flush()

    # Questionnaires filled in a spreadsheet (openpyxl, read-only).
    def xlsx_files(self, paths):
        import openpyxl
        groups = {}
        for path in paths:
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
            meta, sheets, in_table = {}, [], False
            for key, value in workbook["_pratiques"].iter_rows(max_col=2, values_only=True):
                if in_table and key:
                    sheets.append(key)
                elif key == "sheet":
                    in_table = True
                elif key:
                    meta[key] = value
            grid, version = meta["referentiel"], meta["version"]
            kinds = self.kinds[grid][version]
            slug, role, name, day = [row[1] for row in workbook["Répondant"].iter_rows(min_row=4, max_row=7, max_col=2, values_only=True)]
            role = ROLES[role.lower()]
            if isinstance(day, (int, float)):
                day = (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(day))).isoformat()
            elif isinstance(day, datetime.datetime):
                day = day.date().isoformat()
            answers, complete = [], True
            for sheet_name in sheets:
                for criterion, _, _, _, cell, comment in workbook[sheet_name].iter_rows(min_row=5, max_col=6, values_only=True):
                    if criterion is None:
                        break
                    kind = kinds[criterion]
                    level = yes_no = number = text = None
                    not_applicable = 0
                    if cell is None:
                        complete = False
                        if comment is None:
                            continue
                    elif cell == "Non applicable":
                        not_applicable = 1
                    elif kind == "level":
                        level = int(cell) if isinstance(cell, (int, float)) else int(cell.split(" — ")[0])
                    elif kind == "number":
                        number = float(cell)
                    elif kind == "yes_no":
                        yes_no = 1 if cell in ("Oui", True, 1) else 0
                    else:
                        text = str(cell)
                    answers.append((criterion, level, yes_no, number, text, not_applicable, comment))
            workbook.close()
            groups.setdefault((slug, grid, version, day), []).append((role, name, answers, complete))
        for (slug, grid, version, day), people in groups.items():
            status = "complete" if all(person[3] for person in people) else "draft"
            assessment_id = self.assessment(slug, grid, version, day, day, status)
            for position, (role, name, answers, _) in enumerate(people):
                respondent_id = self.respondent(assessment_id, position, role, name)
                for criterion, level, yes_no, number, text, not_applicable, comment in answers:
                    self.answer(respondent_id, criterion, level, yes_no, number, text, not_applicable, comment)
        self.flush()


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    with open(argv[2], encoding="utf-8") as handle:
        kinds = json.load(handle)
    importer = Importer(argv[1], kinds)
    files = argv[3:]
    for path in files:
        if path.lower().endswith(".json"):
            importer.json_file(path)
        elif path.lower().endswith(".csv"):
            importer.csv_file(path)
    workbooks = [path for path in files if path.lower().endswith(".xlsx")]
    if workbooks:
        importer.xlsx_files(workbooks)
    importer.finish()
    for key, value in importer.counts.items():
        print(key, value)


if __name__ == "__main__":
    main(sys.argv)
