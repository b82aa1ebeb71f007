#!/usr/bin/env python3
"""Seeded generator of the end-to-end benchmark's data (see Benchmarks/README.md).

    generate.py OUT_DIR --pratiques BIN [--organisations 10000] [--seed 2024] [--files 20]
                [--questionnaires 1000] [--big-mb 100]

Writes into OUT_DIR (deterministic: the same arguments give the same bytes):
- `referentiels/`: the shipped grids (every version found in referentiels/) and the network's
  grid of the benchmark (yes/no and free-text criteria), the folder every command is given;
- `grids.json`, `grids.tsv`: what the baselines need of the grids (criterion kinds; the newest
  versions' criteria);
- `modele.json`: the organisations, and one model organisation (`banc-modele`) with one small
  assessment per grid version so that the template store holds every grid's snapshot;
- `json/export-NN.json`: the assessments of 2024, 2025 and 2026 split into FILES files by
  ranges of organisations (each file declares its organisations, as a network's export does);
- `csv/export-NN.csv`: the same assessments as French spreadsheets save them (`;`, decimal
  comma, BOM, CRLF, quoted comments with `;`, quotes and line breaks);
- `grand/grand-export.json`: one file holding the first organisations' assessments, about
  BIG_MB megabytes;
- `questionnaires/q-NNNN.xlsx`: QUESTIONNAIRES workbooks of `pratiques report questionnaire`
  filled as an office suite saves them (2027 campaign, three respondents per organisation);
- `cohort.txt`: the cohort's members (every organisation), one a line;
- `summary.json`: what was written (counts, bytes).

The data: ORGANISATIONS organisations of seven legal forms; each assesses 2 or 3 grids (the
gouvernance grid, the one with several versions, more often than the others) in 2024, 2025 and
2026 on the version of the year (the oldest in 2024, the newest in 2026; 15 % of organisations
one version late), 3 respondents with roles and most with a first name; drop-outs (8 % missing
2024, 6 % missing 2025, 9 % missing 2026, 3 % of grids missing one more year); 4 % of criteria
unanswered, « non applicable » where the grid allows it (15 %), a comment on 8 % of answers,
2 % of 2026 assessments left as drafts. Levels follow a believable truth per organisation and
dimension that mostly improves, with a bias per role and noise.
"""
import argparse
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import grids as grid_module  # noqa: E402
import questionnaires  # noqa: E402
from vocabulary import (ADJECTIVES, COMMENTS, DEPARTEMENTS, FIRST_NAMES, FORMS, NOUNS, PLACES, ROLE_BIAS,  # noqa: E402
                        ROLE_LABELS, SECTORS, SIZES, TEXTS, YEARS, number_for)

GENERAL_ASSEMBLY_BY_LAW = {"fondation": False, "scop": True, "scic": True, "cooperative": True, "mutuelle": True}


class Organisation:
    def __init__(self, index, rng, grid_ids):
        form, prefix, _, roles = rng.choices(FORMS, weights=[f[2] for f in FORMS])[0]
        self.index = index
        self.slug = f"{prefix}-{index:05d}"
        place = rng.choice(PLACES)
        self.name = f"{rng.choice(NOUNS)} {rng.choice(ADJECTIVES)} " + (f"d'{place}" if place[0] in "AEÉIOU" else f"de {place}")
        self.form = form
        self.roles = roles
        self.departement = rng.choice(DEPARTEMENTS)
        self.sector = rng.choice(SECTORS)
        self.size = rng.choice(SIZES)
        self.consent = rng.random() < 0.7
        weights = [3 if gid == "gouvernance-democratique" else 1 for gid in grid_ids]
        count = 2 if rng.random() < 0.5 else 3
        chosen = []
        while len(chosen) < count:
            pick = rng.choices(grid_ids, weights=weights)[0]
            if pick not in chosen:
                chosen.append(pick)
        self.grids = sorted(chosen)
        missing = set()
        if rng.random() < 0.08:
            missing.add(2024)
        if rng.random() < 0.06:
            missing.add(2025)
        if rng.random() < 0.09:
            missing.add(2026)
        if len(missing) == 3:
            missing.discard(2026)
        self.years = [year for year in YEARS if year not in missing]
        self.lagging = rng.random() < 0.15  # one version late on grids that have several
        self.day_of_year = rng.randrange(0, 290)  # each year's campaign: February to November
        # What the grids' `applies_to` read (unknown fields exclude nothing): the legal form and
        # size band declared, what the law settles of the general assembly.
        self.profile = {"legal_form": form, "size_band": self.size, "has_employees": self.size != "0",
                        "has_general_assembly": GENERAL_ASSEMBLY_BY_LAW.get(form)}

    def date(self, year):
        day = datetime.date(year, 2, 1).toordinal() + self.day_of_year
        return datetime.date.fromordinal(day).isoformat()

    def document(self):
        return {"id": self.slug, "name": self.name, "legal_form": self.form, "departement": self.departement,
                "sector": self.sector, "size_band": self.size, "consent_named": self.consent}


def version_for(versions, year_index, lagging):
    """The version of the year: spread from the oldest (2024) to the newest (2026)."""
    last = len(versions) - 1
    position = int(year_index * last / (len(YEARS) - 1) + 0.5)
    if lagging and position > 0:
        position -= 1
    return versions[position]


class Generator:
    def __init__(self, grids, seed):
        self.grids = grids
        self.rng = random.Random(seed)

    def assessments(self, organisation):
        """The organisation's assessments: dicts with respondents and answers
        (answer: criterion, kind of value, value, comment)."""
        rng = self.rng
        result = []
        for grid_id in organisation.grids:
            versions = self.grids[grid_id]
            newest = versions[-1]
            base = {d: rng.uniform(0.7, 2.6) for d, _ in newest.dimensions}
            trend = {d: rng.choice([0.55, 0.45, 0.35, 0.6, 0.2, -0.35]) for d, _ in newest.dimensions}
            offsets = {}
            roles = rng.sample(organisation.roles, 3)
            names = [rng.choice(FIRST_NAMES) if rng.random() < 0.7 else None for _ in roles]
            biases = [ROLE_BIAS[role] + rng.uniform(-0.2, 0.2) for role in roles]
            years = [year for year in organisation.years if not rng.random() < 0.03]
            for year in years:
                year_index = YEARS.index(year)
                grid = version_for(versions, year_index, organisation.lagging)
                respondents = []
                for position, (role, name, bias) in enumerate(zip(roles, names, biases)):
                    answers = []
                    for criterion in grid.criteria:
                        # Not asked: criteria that do not concern the organisation; a fact
                        # (one value per assessment) is entered once, by the first respondent.
                        if not criterion.applies(organisation.profile) or (criterion.fact and position > 0):
                            continue
                        if criterion.id not in offsets:
                            offsets[criterion.id] = rng.uniform(-0.6, 0.6)
                        comment = COMMENTS[rng.randrange(len(COMMENTS))] if rng.random() < 0.08 else None
                        if rng.random() < 0.04:  # left unanswered; a comment alone is kept
                            if comment is not None and rng.random() < 0.25:
                                answers.append((criterion, None, None, comment))
                            continue
                        if criterion.allows_na and rng.random() < 0.15:
                            answers.append((criterion, "na", None, comment))
                            continue
                        if criterion.kind == "text":
                            answers.append((criterion, "text", TEXTS[rng.randrange(len(TEXTS))], comment))
                            continue
                        dimension_base = base.get(criterion.dimension, 1.6)
                        truth = dimension_base + trend.get(criterion.dimension, 0.3) * year_index + offsets[criterion.id]
                        noise = rng.gauss(0, 0.55) + (rng.choice((-2, 2)) if rng.random() < 0.05 else 0)
                        top = len(criterion.levels) - 1 if criterion.levels else 4
                        level_index = max(0, min(top, int(round(truth + bias + noise))))
                        if criterion.kind == "level":
                            answers.append((criterion, "level", criterion.levels[level_index][0], comment))
                        elif criterion.kind == "number":
                            answers.append((criterion, "number", number_for(criterion, level_index, rng), comment))
                        else:  # yes_no
                            answers.append((criterion, "yes", (level_index >= 2) == criterion.yes_good, comment))
                    respondents.append({"role": role, "name": name, "answers": answers})
                status = "draft" if year == 2026 and rng.random() < 0.02 else "complete"
                result.append({"organisation": organisation.slug, "referentiel": grid_id, "version": grid.version,
                               "date": organisation.date(year), "label": str(year), "status": status, "respondents": respondents})
        return result


def js(value):
    return json.dumps(value, ensure_ascii=False)


def number_text(value):
    return str(int(value)) if value == int(value) else repr(value)


def json_assessment(assessment):
    """One assessment as a network's export writes it: one answer a line."""
    lines = [f'  {{"organisation": {js(assessment["organisation"])}, "referentiel": {js(assessment["referentiel"])}, '
             f'"version": {js(assessment["version"])}, "date": {js(assessment["date"])}, "label": {js(assessment["label"])}, '
             f'"status": {js(assessment["status"])},\n   "respondents": [']
    respondent_parts = []
    for respondent in assessment["respondents"]:
        head = f'    {{"role": {js(respondent["role"])}, ' + (f'"name": {js(respondent["name"])}, ' if respondent["name"] else "") + '"answers": [\n'
        answer_lines = []
        for criterion, kind, value, comment in respondent["answers"]:
            text = f'      {{"criterion": {js(criterion.id)}'
            if kind == "level":
                text += f', "level": {value}'
            elif kind == "number":
                text += f', "number": {number_text(value)}'
            elif kind == "yes":
                text += ', "yes": ' + ("true" if value else "false")
            elif kind == "text":
                text += f', "text": {js(value)}'
            elif kind == "na":
                text += ', "not_applicable": true'
            if comment is not None:
                text += f', "comment": {js(comment)}'
            answer_lines.append(text + "}")
        respondent_parts.append(head + ",\n".join(answer_lines) + "]}")
    return lines[0] + "\n" + ",\n".join(respondent_parts) + "]}"


def json_document(organisations, assessment_texts):
    organisations_text = ",\n".join("  " + js(o.document()) for o in organisations)
    return ('{"pratiques": 1,\n "organisations": [\n' + organisations_text + '],\n "assessments": [\n'
            + ",\n".join(assessment_texts) + "]}\n")


CSV_HEADER = ["organisation", "referentiel", "version", "date", "libelle", "statut", "repondant", "role", "nom", "critere", "reponse",
              "commentaire"]


def csv_field(text):
    if any(c in text for c in ';"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_rows(assessment):
    """The assessment's rows as a French spreadsheet saves them (CRLF, `;`, decimal comma)."""
    lines = []
    status = "brouillon" if assessment["status"] == "draft" else "terminée"
    head = ";".join([assessment["organisation"], assessment["referentiel"], assessment["version"], assessment["date"],
                     assessment["label"], status])
    for number, respondent in enumerate(assessment["respondents"], start=1):
        who = f"{head};{number};{ROLE_LABELS[respondent['role']]};{csv_field(respondent['name'] or '')};"
        for criterion, kind, value, comment in respondent["answers"]:
            if kind == "level":
                answer = str(value)
            elif kind == "number":
                answer = number_text(value).replace(".", ",")
            elif kind == "yes":
                answer = "oui" if value else "non"
            elif kind == "text":
                answer = csv_field(value)
            elif kind == "na":
                answer = "NA"
            else:
                answer = ""
            lines.append(f"{who}{criterion.id};{answer};{csv_field(comment) if comment else ''}\r\n")
    return "".join(lines)


def model_document(organisations, grids):
    """The template's content: every organisation, and `banc-modele` with one assessment per
    grid version (one answer) so that every grid's snapshot is in the store."""
    assessments = []
    for grid_id, versions in sorted(grids.items()):
        for grid in versions:
            criterion = next(c for c in grid.criteria if c.kind == "level")
            assessments.append({"organisation": "banc-modele", "referentiel": grid_id, "version": grid.version, "date": "2023-01-15",
                                "label": f"modele-{grid.version}", "status": "complete",
                                "respondents": [{"role": "direction", "answers": [{"criterion": criterion.id, "level": criterion.levels[0][0]}]}]})
    model = {"id": "banc-modele", "name": "Modèle du banc de mesure", "legal_form": "association", "consent_named": False}
    return {"pratiques": 1, "organisations": [model] + [o.document() for o in organisations], "assessments": assessments}


def data_options(parser):
    """The options the data depend on (shared with run.py)."""
    parser.add_argument("--pratiques", required=True, help="the pratiques executable (grids, blank questionnaires)")
    parser.add_argument("--organisations", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--files", type=int, default=20, help="JSON files, and as many CSV files")
    parser.add_argument("--questionnaires", type=int, default=1000)
    parser.add_argument("--big-mb", type=float, default=100, help="size of the one big JSON file")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    data_options(parser)
    args = parser.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    folder = os.path.join(out, "referentiels")
    grid_module.assemble(folder)
    grids = grid_module.load(args.pratiques, folder)
    grid_module.write_manifests(grids, out)
    grid_ids = sorted(grids)

    rng = random.Random(args.seed)
    organisations = [Organisation(index, rng, grid_ids) for index in range(args.organisations)]
    with open(os.path.join(out, "modele.json"), "w", encoding="utf-8") as handle:
        json.dump(model_document(organisations, grids), handle, ensure_ascii=False, indent=1)
    with open(os.path.join(out, "cohort.txt"), "w", encoding="utf-8") as handle:
        handle.write("".join(o.slug + "\n" for o in organisations))

    generator = Generator(grids, args.seed + 1)
    for sub in ("json", "csv", "grand"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    counts = {"organisations": len(organisations), "assessments": 0, "respondents": 0, "answers": 0,
              "kinds": {"level": 0, "number": 0, "yes": 0, "text": 0, "na": 0, "none": 0}, "comments": 0, "drafts": 0}
    big_limit = args.big_mb * 1_000_000
    big_organisations, big_texts, big_bytes, big_open = [], [], 0, True
    per_file = -(-len(organisations) // args.files)
    json_bytes = csv_bytes = 0
    for number in range(args.files):
        members = organisations[number * per_file:(number + 1) * per_file]
        if not members:
            break
        texts, csv_parts = [], ["\ufeff" + ";".join(CSV_HEADER) + "\r\n"]
        for organisation in members:
            organisation_texts = []
            for assessment in generator.assessments(organisation):
                organisation_texts.append(json_assessment(assessment))
                csv_parts.append(csv_rows(assessment))
                counts["assessments"] += 1
                counts["drafts"] += assessment["status"] == "draft"
                counts["respondents"] += len(assessment["respondents"])
                for respondent in assessment["respondents"]:
                    counts["answers"] += len(respondent["answers"])
                    for _, kind, _, comment in respondent["answers"]:
                        counts["kinds"][kind or "none"] += 1
                        counts["comments"] += comment is not None
            texts += organisation_texts
            if big_open:
                size = sum(len(t.encode()) for t in organisation_texts)
                if big_bytes + size > big_limit and big_organisations:
                    big_open = False
                else:
                    big_organisations.append(organisation)
                    big_texts += organisation_texts
                    big_bytes += size
        name = f"export-{number + 1:02d}"
        data = json_document(members, texts).encode()
        with open(os.path.join(out, "json", name + ".json"), "wb") as handle:
            handle.write(data)
        json_bytes += len(data)
        data = "".join(csv_parts).encode()
        with open(os.path.join(out, "csv", name + ".csv"), "wb") as handle:
            handle.write(data)
        csv_bytes += len(data)
    data = json_document(big_organisations, big_texts).encode()
    with open(os.path.join(out, "grand", "grand-export.json"), "wb") as handle:
        handle.write(data)
    counts.update(json_files=args.files, json_bytes=json_bytes, csv_bytes=csv_bytes, big_organisations=len(big_organisations),
                  big_bytes=len(data))

    filled = questionnaires.write_all(args.pratiques, folder, grids, organisations, os.path.join(out, "questionnaires"),
                                      args.questionnaires, random.Random(args.seed + 2))
    counts.update(questionnaires=filled)
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as handle:
        json.dump(counts, handle, indent=1, sort_keys=True)
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
