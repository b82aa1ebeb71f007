#!/usr/bin/env python3
"""Builds a seeded, generated cohort with drop-outs in a fresh database, through the CLI.

Used by the funder attack test (scripts/attack-funder.sh): many organisations, several grids,
three sessions, and organisations that took part only at T0, only at T1, or missed a session;
some criteria answered « non applicable », and now and then a whole dimension, so that the
groups behind the figures differ. Deterministic for a given seed.

usage: generate_cohort.py BIN DB [--seed N] [--organisations N] [--cohort NAME]
The database must not exist. Prints the cohort's name.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

GRIDS = ["utilite-sociale", "environnement", "richesses-humaines"]
SESSIONS = [("T0", "2024-03-14", "2024-01-01", "2024-12-31"),
            ("T1", "2025-03-18", "2025-01-01", "2025-12-31"),
            ("T2", "2026-03-17", "2026-01-01", "2026-12-31")]
# Who took part when: most at every session, some left after T0, joined at T1, missed one.
ATTENDANCE = [((0, 1, 2), 0.62), ((0,), 0.1), ((1,), 0.06), ((0, 1), 0.06), ((1, 2), 0.06), ((0, 2), 0.05), ((2,), 0.05)]
FORMS = ["association", "scop", "scic", "cooperative", "entreprise-ess", "mutuelle", "fondation"]
SIZES = ["0", "1-9", "10-49", "50-249"]
ROLES = ["direction", "salarie", "administrateur", "benevole", "usager", "partenaire"]


def run(bin_path, db, *args, json_out=False):
    command = [bin_path, *args, "--db", db] + (["--json"] if json_out else [])
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"generate_cohort: {' '.join(args[:3])} failed ({result.returncode}): {result.stderr.strip()}")
    return json.loads(result.stdout) if json_out else result.stdout


def applies(criterion, organisation):
    rule = criterion.get("applies_to") or {}
    if rule.get("has_employees") and organisation["size_band"] == "0":
        return False
    if "size_band" in rule and organisation["size_band"] not in rule["size_band"]:
        return False
    if "legal_form" in rule and organisation["legal_form"] not in rule["legal_form"]:
        return False
    return True


def number_for_level(criterion, level, rng):
    """A number that falls in the band of `level` (bands given by their lower or upper bounds)."""
    bands = criterion["bands"]
    index = max((i for i, band in enumerate(bands) if band["level"] <= level), default=0)
    if "min" in bands[index]:
        low = bands[index]["min"]
        high = bands[index + 1]["min"] if index + 1 < len(bands) else criterion.get("bounds", {}).get("max", low + 20)
        return round(rng.uniform(low, max(low, high - 0.1)), 1)
    low = bands[index - 1]["max"] if index > 0 else 0
    high = bands[index].get("max", low + 2)
    return round(rng.uniform(low + 0.01, high) if high > low else high, 2)


def answer(criterion, level, rng):
    kind = criterion["kind"]
    if kind == "level":
        return {"level": level}
    if kind == "yes_no":
        return {"yes": level >= 2}
    if kind == "number":
        return {"number": number_for_level(criterion, level, rng)}
    return {"text": "Réponse libre générée."}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("db")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--organisations", type=int, default=48)
    parser.add_argument("--cohort", default="cohorte-generee")
    options = parser.parse_args()
    if os.path.exists(options.db):
        sys.exit(f"generate_cohort: {options.db} exists; give a new path")
    rng = random.Random(options.seed)
    grids = {}
    for grid_id in GRIDS:
        shown = subprocess.run([options.bin, "referentiel", "show", grid_id, "--json"], capture_output=True, text=True, check=True)
        grids[grid_id] = json.loads(shown.stdout)["referentiel"]

    organisations, assessments = [], []
    for number in range(options.organisations):
        slug = f"org-{number:02d}"
        organisation = {"id": slug, "name": f"Structure générée {number:02d}", "legal_form": rng.choice(FORMS),
                        "size_band": rng.choice(SIZES), "departement": rng.choice(["02", "59", "60", "62", "80"]),
                        "consent_named": rng.random() < 0.55}
        organisations.append(organisation)
        sessions = rng.choices([a for a, _ in ATTENDANCE], weights=[w for _, w in ATTENDANCE])[0]
        for grid_id in rng.sample(GRIDS, rng.choice([2, 2, 3])):
            grid = grids[grid_id]
            # Each grid on its own attendance now and then (a structure assessed on one grid only at T0).
            attended = sessions if rng.random() < 0.85 else rng.choices([a for a, _ in ATTENDANCE], weights=[w for _, w in ATTENDANCE])[0]
            base = {d["id"]: rng.uniform(0.6, 2.6) for d in grid["dimensions"]}
            trend = {d["id"]: rng.choice([0.5, 0.4, 0.3, 0.6, 0.1, -0.3]) for d in grid["dimensions"]}
            # A dimension answered « non applicable » throughout, when all its criteria allow it.
            skipped = {d["id"] for d in grid["dimensions"] if all(c.get("not_applicable") for c in d["criteria"] if c["kind"] != "text")
                       and rng.random() < 0.25}
            for session in attended:
                label, day = SESSIONS[session][0], SESSIONS[session][1]
                respondents = []
                for role in rng.sample(ROLES, rng.randint(1, 3)):
                    answers = []
                    for dimension in grid["dimensions"]:
                        for criterion in dimension["criteria"]:
                            if not applies(criterion, organisation):
                                continue
                            if criterion.get("not_applicable") and (dimension["id"] in skipped or rng.random() < 0.08):
                                answers.append({"criterion": criterion["id"], "not_applicable": True})
                                continue
                            centre = base[dimension["id"]] + trend[dimension["id"]] * session
                            level = max(0, min(4, int(round(centre + rng.gauss(0, 0.7)))))
                            answers.append({"criterion": criterion["id"], **answer(criterion, level, rng)})
                    respondents.append({"role": role, "answers": answers})
                assessments.append({"organisation": slug, "referentiel": grid_id, "version": grid["version"],
                                    "date": day, "label": label, "status": "complete", "respondents": respondents})

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "cohorte.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({"pratiques": 1, "organisations": organisations, "assessments": assessments}, handle, ensure_ascii=False)
        run(options.bin, options.db, "assess", "import", path)
    run(options.bin, options.db, "cohort", "create", options.cohort, "--parcours", f"Parcours généré (graine {options.seed})")
    for label, day, start, end in SESSIONS:
        run(options.bin, options.db, "cohort", "session", "add", options.cohort, label, "--date", day, "--from", start, "--to", end)
    run(options.bin, options.db, "cohort", "add", options.cohort, *[o["id"] for o in organisations])
    print(options.cohort)


if __name__ == "__main__":
    main()
