#!/usr/bin/env python3
"""Generates the fictional sample data of Pratiques from the grids in referentiels/.

Deterministic (seeded): running it again gives the same files. The output is committed;
rerun it only when the grids or this script change:

    python3 samples/generate.py

Twelve fictional organisations of Hauts-de-France, three yearly self-assessments each
(2024, 2025, 2026) on two to four grids, two to five respondents per assessment whose views
diverge believably, consensus values on some divergent criteria, targets and action plans.
Most organisations progress; some regress on some dimensions.

Gouvernance démocratique changes version over the years: the 2024 assessments use 1.0.0, the
2025 ones 1.1.0 (one criterion added) and the 2026 ones 2.0.0 (one criterion split, two
merged, one dropped), so that `pratiques score` shows a history carried across three versions.
The answers specific to the new versions are drawn from a second seeded generator, so that the
other grids' data stay exactly as they were.
"""
import json
import math
import os
import random
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "samples", "organisations")
random.seed(20231)
VERSION_RANDOM = random.Random(20257)
# Grids assessed on a different version each year (2024, 2025, 2026).
VERSIONS_BY_YEAR = {"gouvernance-democratique": ["1.0.0", "1.1.0", "2.0.0"]}

ORGANISATIONS = [
    # slug, name, legal form, département, EPCI, sector, size, consent, grids
    ("ruche-amienoise", "La Ruche amiénoise", "association", "80", "Amiens Métropole", "Épicerie solidaire", "1-9", True,
     ["gouvernance-democratique", "utilite-sociale", "environnement"]),
    ("scop-les-charpentiers", "Les Charpentiers du Marquenterre", "scop", "80", "CC Ponthieu-Marquenterre", "Bâtiment, charpente", "10-49", True,
     ["gouvernance-democratique", "richesses-humaines", "lucrativite-limitee", "ancrage-territorial"]),
    ("scic-energie-citoyenne", "Énergie citoyenne de l'Oise", "scic", "60", "CA du Beauvaisis", "Énergies renouvelables", "1-9", True,
     ["gouvernance-democratique", "environnement", "production-locale"]),
    ("recyclerie-du-val", "Recyclerie du Val de Sambre", "association", "59", "CA Maubeuge Val de Sambre", "Réemploi, insertion", "10-49", False,
     ["utilite-sociale", "environnement", "richesses-humaines"]),
    ("jardins-du-littoral", "Les Jardins du Littoral", "association", "62", "CA du Boulonnais", "Maraîchage d'insertion", "10-49", True,
     ["production-locale", "ancrage-territorial", "richesses-humaines"]),
    ("cafe-des-possibles", "Le Café des Possibles", "association", "02", "CA du Saint-Quentinois", "Tiers-lieu, café associatif", "0", True,
     ["gouvernance-democratique", "utilite-sociale"]),
    ("cooperative-paysanne", "Coopérative paysanne de Thiérache", "cooperative", "02", "CC de la Thiérache du Centre", "Circuits courts alimentaires", "1-9", False,
     ["production-locale", "ancrage-territorial", "lucrativite-limitee"]),
    ("mobilite-solidaire", "Mobilité solidaire Artois", "entreprise-ess", "62", "CA Béthune-Bruay Artois Lys Romane", "Garage solidaire, location", "10-49", True,
     ["utilite-sociale", "lucrativite-limitee", "environnement"]),
    ("scop-imprimerie-lilloise", "Imprimerie coopérative lilloise", "scop", "59", "Métropole Européenne de Lille", "Imprimerie", "10-49", True,
     ["gouvernance-democratique", "richesses-humaines", "environnement", "lucrativite-limitee"]),
    ("mutuelle-entraide", "Mutuelle d'entraide des Flandres", "mutuelle", "59", "CC de Flandre intérieure", "Santé, prévoyance", "50-249", False,
     ["gouvernance-democratique", "richesses-humaines"]),
    ("fondation-habitat", "Fondation Habitat et Partage", "fondation", "80", "CA de la Baie de Somme", "Logement accompagné", "10-49", True,
     ["utilite-sociale", "ancrage-territorial", "gouvernance-democratique"]),
    ("scic-tiers-lieu-compiegne", "SCIC La Manufacture de Compiègne", "scic", "60", "CA de la Région de Compiègne", "Tiers-lieu, fabrication", "1-9", False,
     ["gouvernance-democratique", "production-locale", "ancrage-territorial", "utilite-sociale"]),
]

# The profile each organisation declares (has_general_assembly, has_board, has_volunteers):
# what decides which criteria of the newer grids apply to it (`applies_to`). The foundation has
# no general assembly (no members); the café has no employee (size band 0) and runs on volunteers.
PROFILES = {
    "ruche-amienoise": (True, True, True), "scop-les-charpentiers": (True, True, False),
    "scic-energie-citoyenne": (True, True, True), "recyclerie-du-val": (True, True, True),
    "jardins-du-littoral": (True, True, True), "cafe-des-possibles": (True, True, True),
    "cooperative-paysanne": (True, True, False), "mobilite-solidaire": (None, True, False),
    "scop-imprimerie-lilloise": (True, True, False), "mutuelle-entraide": (True, True, True),
    "fondation-habitat": (False, True, True), "scic-tiers-lieu-compiegne": (True, True, True),
}
# Grids answered in addition, drawn from their own seeded generator so that every other
# organisation's data stay exactly as they were: the café, without employees, answers the
# human resources and limited profit grids; its scores leave out what does not apply to it.
EXTRA_GRIDS = {"cafe-des-possibles": ["richesses-humaines", "lucrativite-limitee"]}
EXTRA_SEED = 20262

SIRENS = ["398765432", "452187963", "517936248", "781245369", "823654917", "894512736",
          "912345678", "753159852", "438291765", "326598741", "669874123", "587412369"]

ROLES = {
    "association": ["direction", "benevole", "administrateur", "usager", "salarie"],
    "scop": ["direction", "salarie", "salarie", "administrateur", "partenaire"],
    "scic": ["direction", "administrateur", "salarie", "usager", "partenaire"],
    "cooperative": ["direction", "administrateur", "salarie", "partenaire"],
    "entreprise-ess": ["direction", "salarie", "salarie", "usager", "partenaire"],
    "mutuelle": ["direction", "administrateur", "salarie", "usager"],
    "fondation": ["direction", "salarie", "administrateur", "usager", "partenaire"],
}
ROLE_BIAS = {"direction": 0.45, "administrateur": 0.2, "salarie": -0.15, "benevole": 0.0, "usager": -0.35, "partenaire": -0.1}
FIRST_NAMES = ["Claire", "Karim", "Sophie", "Mathieu", "Nadia", "Julien", "Aïcha", "Thomas", "Élodie", "Hugo", "Fatou", "Pierre",
               "Inès", "Louis", "Camille", "Yasmine", "Antoine", "Léa", "Samir", "Manon"]
COMMENTS = [
    "On en a parlé en réunion d'équipe, pas encore formalisé.",
    "Vu en conseil d'administration de mars.",
    "Les nouveaux bénévoles ne le savent pas toujours.",
    "Ça dépend des périodes, surtout l'été.",
    "Je ne suis pas sûr·e que tout le monde soit au courant.",
    "Point à mettre au plan d'action.",
    "Mis en place cette année, à consolider.",
    "= à vérifier avec la comptable",
    "- pas de trace écrite",
    "+ un vrai progrès depuis l'an dernier",
    "@équipe : à rediscuter",
]
YEARS = [(2024, "03-14"), (2025, "03-18"), (2026, "03-17")]
ACTIONS = {  # grid: (criterion, action) pairs
    "gouvernance-democratique": [("gd.regles-ecrites", "Réécrire le règlement intérieur avec les membres"),
                                 ("gd.preparation-ag", "Envoyer les convocations à l'AG un mois avant, avec une note de synthèse"),
                                 ("gd.renouvellement-mandats", "Organiser un atelier d'accueil des nouveaux administrateurs"),
                                 ("gd.transparence-decisions", "Publier les comptes rendus du CA dans le mois")],
    "ancrage-territorial": [("at.achats-choisis", "Recenser les fournisseurs du territoire et de l'ESS"),
                            ("at.reseaux-locaux", "Rejoindre le collectif local des acteurs de l'ESS"),
                            ("at.contribution-politiques", "Répondre à la concertation du plan climat de l'EPCI")],
    "utilite-sociale": [("us.indicateurs", "Construire trois indicateurs d'impact avec les usagers"),
                        ("us.usagers-evaluation", "Mettre en place un comité d'usagers"),
                        ("us.besoins-identifies", "Actualiser le diagnostic des besoins du quartier")],
    "lucrativite-limitee": [("ll.politique-salariale", "Inscrire l'écart de salaires maximal dans les statuts"),
                            ("ll.regles-affectation", "Affecter le résultat en réserves impartageables"),
                            ("ll.diversite-ressources", "Diversifier les ressources : lancer un appel aux dons")],
    "richesses-humaines": [("rh.entretiens-annuels", "Généraliser les entretiens annuels et professionnels"),
                           ("rh.plan-formation", "Établir un plan de formation pluriannuel"),
                           ("rh.document-unique", "Mettre à jour le document unique avec les risques psychosociaux"),
                           ("rh.charge-travail", "Mesurer la charge de travail avec l'équipe")],
    "environnement": [("env.referent", "Nommer un référent environnement avec du temps dédié"),
                      ("env.tri-dechets", "Mettre en place le tri des biodéchets"),
                      ("env.plan-mobilite", "Faire un bilan des déplacements domicile-travail"),
                      ("env.energie-renouvelable", "Passer à un fournisseur d'électricité coopératif")],
    "production-locale": [("pl.communs-identifies", "Cartographier les communs du territoire"),
                          ("pl.participation-habitants", "Co-construire l'offre avec les habitants"),
                          ("pl.alliances-entreprises", "Monter une alliance avec les producteurs voisins")],
}
OWNERS = ["Bureau", "Direction", "Conseil d'administration", "Référent·e RH", "Commission environnement", "Équipe salariée"]


def luhn_complete(body):
    for key in range(10):
        digits = [int(c) for c in body + str(key)]
        total = 0
        for index, digit in enumerate(reversed(digits)):
            if index % 2 == 1:
                digit *= 2
                if digit > 9:
                    digit -= 9
            total += digit
        if total % 10 == 0:
            return body + str(key)
    raise ValueError(body)


def load_grids():
    grids = {}
    for grid_id in sorted(os.listdir(os.path.join(ROOT, "referentiels"))):
        path = os.path.join(ROOT, "referentiels", grid_id, "1.0.0.yaml")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as handle:
                grids[grid_id] = yaml.safe_load(handle)
    return grids


def load_grid_version(grid_id, version):
    with open(os.path.join(ROOT, "referentiels", grid_id, f"{version}.yaml"), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def reshape(answers, grid, version, truth, bias):
    """The answers to the 1.0.0 criteria turned into answers to `version` of the grid: criteria
    added since 1.0.0 are answered around a believable truth, split criteria around the old
    one, merged criteria around the mean of the old ones, dropped criteria removed."""
    if version == "1.0.0":
        return answers
    rng = VERSION_RANDOM
    by_id = {a["criterion"]: a for a in answers}
    migration = grid.get("migration")
    if migration is None:  # a minor version: the same criteria, plus new ones
        sources = {c["id"]: [c["id"]] for d in grid["dimensions"] for c in d["criteria"]}
    else:
        sources = {}
        for step in migration["criteria"]:
            for target in step.get("to", []):
                sources[target] = step["from"]
    result = []
    for dimension in grid["dimensions"]:
        for criterion in dimension["criteria"]:
            origin = sources.get(criterion["id"], [])
            known = [o for o in origin if o in truth]
            if len(known) == 1 and len(origin) == 1 and criterion["id"] == origin[0]:
                if origin[0] in by_id:
                    result.append(by_id[origin[0]])
                continue
            if known:
                centre = sum(truth[o] for o in known) / len(known) + rng.uniform(-0.5, 0.5)
            else:
                # Added since 1.0.0: close to the participation of stakeholders, a little behind.
                centre = truth.get("gd.participation-salaries-usagers", 1.5) - 0.3
            if rng.random() < 0.04:
                continue
            level = max(0, min(4, int(round(centre + bias + rng.gauss(0, 0.55)))))
            result.append({"criterion": criterion["id"], "level": level})
    return result


def number_for_level(criterion, level):
    bands = criterion["bands"]
    matching = [(index, band) for index, band in enumerate(bands) if band["level"] == level]
    if not matching:
        matching = [min(enumerate(bands), key=lambda item: abs(item[1]["level"] - level))]
    index, band = random.choice(matching)
    low = band["min"]
    high = bands[index + 1]["min"] if index + 1 < len(bands) else criterion.get("bounds", {}).get("max", low * 1.5 + 10)
    value = random.uniform(low, max(low, high - 1e-6))
    return round(value, 1) if high - low < 20 else round(value)


def answer(criterion, level, no_staff):
    kind = criterion["kind"]
    if criterion.get("not_applicable") and no_staff and random.random() < 0.8:
        return {"not_applicable": True}
    if kind == "level":
        return {"level": level}
    if kind == "yes_no":
        return {"yes": level >= 2}
    if kind == "number":
        return {"number": number_for_level(criterion, level)}
    if kind == "text":
        return {"text": random.choice(["Nous voulons associer davantage les usagers.", "Priorité de l'année : l'accueil.",
                                       "Rien à signaler.", "Beaucoup de changements dans l'équipe cette année."])}
    raise ValueError(kind)


def grid_data(slug, form, grid_id, grids, no_staff, assessments, targets, actions):
    """One grid's three yearly assessments, targets and actions of an organisation, appended."""
    grid = grids[grid_id]
    base = {d["id"]: random.uniform(0.7, 2.4) for d in grid["dimensions"]}
    trend = {d["id"]: random.choice([0.55, 0.45, 0.35, 0.6, 0.2, -0.35]) for d in grid["dimensions"]}
    offset = {c["id"]: random.uniform(-0.6, 0.6) for d in grid["dimensions"] for c in d["criteria"]}
    respondent_count = random.randint(2, 5)
    roles = ROLES[form][:respondent_count]
    if no_staff:
        roles = [r if r != "salarie" else "benevole" for r in roles]
    names = random.sample(FIRST_NAMES, len(roles))
    last_levels = {}
    for year_index, (year, day) in enumerate(YEARS):
        respondents = []
        truth = {}
        for dimension in grid["dimensions"]:
            for criterion in dimension["criteria"]:
                truth[criterion["id"]] = base[dimension["id"]] + trend[dimension["id"]] * year_index + offset[criterion["id"]]
        for role, first_name in zip(roles, names):
            bias = ROLE_BIAS[role] + random.uniform(-0.2, 0.2)
            answers = []
            for dimension in grid["dimensions"]:
                for criterion in dimension["criteria"]:
                    if random.random() < 0.04:
                        continue  # left unanswered
                    noise = random.gauss(0, 0.55)
                    if random.random() < 0.05:
                        noise += random.choice([-2, 2])  # a strong divergence
                    level = max(0, min(4, int(round(truth[criterion["id"]] + bias + noise))))
                    entry = {"criterion": criterion["id"], **answer(criterion, level, no_staff)}
                    if random.random() < 0.08:
                        entry["comment"] = random.choice(COMMENTS)
                    answers.append(entry)
            version = VERSIONS_BY_YEAR.get(grid_id, ["1.0.0"] * len(YEARS))[year_index]
            answers = reshape(answers, load_grid_version(grid_id, version), version, truth, bias)
            respondents.append({"role": role, "name": first_name, "answers": answers} if random.random() < 0.7
                               else {"role": role, "answers": answers})
        version = VERSIONS_BY_YEAR.get(grid_id, ["1.0.0"] * len(YEARS))[year_index]
        version_grid = load_grid_version(grid_id, version)
        assessment = {"organisation": slug, "referentiel": grid_id, "version": version,
                      "date": f"{year}-{day}", "label": str(year), "status": "complete", "respondents": respondents}
        if year_index == 2 and random.random() < 0.6:
            consensus = []
            for dimension in version_grid["dimensions"]:
                for criterion in dimension["criteria"]:
                    levels = [a["level"] for r in respondents for a in r["answers"]
                              if a["criterion"] == criterion["id"] and "level" in a]
                    if len(levels) >= 2 and max(levels) - min(levels) >= 2 and criterion["kind"] == "level":
                        consensus.append({"criterion": criterion["id"], "level": int(round(sum(levels) / len(levels))),
                                          "comment": "Valeur retenue ensemble en réunion de restitution."})
            if consensus:
                assessment["consensus"] = consensus
        assessments.append(assessment)
        if year_index == 0:
            last_levels = {c: t for c, t in truth.items()}
    weakest = sorted((c for d in grid["dimensions"] for c in d["criteria"] if c["kind"] == "level"),
                     key=lambda c: last_levels[c["id"]])[:3]
    newest = load_grid_version(grid_id, VERSIONS_BY_YEAR.get(grid_id, ["1.0.0"])[-1])
    newest_ids = {c["id"] for d in newest["dimensions"] for c in d["criteria"]}
    renamed = {}
    for step in (newest.get("migration") or {}).get("criteria", []):
        for source in step["from"]:
            renamed.setdefault(source, (step.get("to") or [None])[0])
    for criterion in weakest:
        level_then = last_levels[criterion["id"]]
        criterion = dict(criterion, id=criterion["id"] if criterion["id"] in newest_ids else renamed.get(criterion["id"]))
        if criterion["id"] is None or any(t["criterion"] == criterion["id"] and t["referentiel"] == grid_id for t in targets):
            continue
        targets.append({"organisation": slug, "referentiel": grid_id, "criterion": criterion["id"],
                        "level": 3 if level_then < 2.5 else 4, "horizon": "2027-06-30",
                        # The second horizon of the guide of good practices: about three years.
                        "long_level": 4, "long_horizon": "2029-06-30"})
    for criterion_id, title in random.sample(ACTIONS[grid_id], 2):
        due = random.choice(["2024-12-31", "2025-06-30", "2026-06-30", "2026-12-31", "2027-06-30"])
        status = random.choice(["done", "done", "in_progress"]) if due < "2026" else random.choice(["done", "in_progress", "todo", "todo"])
        action = {"organisation": slug, "referentiel": grid_id, "criterion": criterion_id, "title": title,
                  "owner": random.choice(OWNERS), "due": due, "status": status}
        if random.random() < 0.4:
            action["notes"] = "Décidé lors de la restitution de " + random.choice(["2024", "2025"]) + "."
        actions.append(action)


def main():
    grids = load_grids()
    missing = {g for org in ORGANISATIONS for g in org[8]} | {g for extra in EXTRA_GRIDS.values() for g in extra}
    missing -= set(grids)
    if missing:
        sys.exit(f"missing grids: {sorted(missing)}")
    os.makedirs(OUT, exist_ok=True)
    for number, (slug, name, form, dept, epci, sector, size, consent, grid_ids) in enumerate(ORGANISATIONS):
        organisation = {"id": slug, "name": name, "legal_form": form, "siret": luhn_complete(SIRENS[number] + "0001"),
                        "departement": dept, "epci": epci, "sector": sector, "size_band": size, "consent_named": consent}
        for key, value in zip(("has_general_assembly", "has_board", "has_volunteers"), PROFILES[slug]):
            if value is not None:
                organisation[key] = value
        no_staff = size == "0"
        assessments, targets, actions = [], [], []
        for grid_id in grid_ids:
            grid_data(slug, form, grid_id, grids, no_staff, assessments, targets, actions)
        if slug in EXTRA_GRIDS:
            state = random.getstate()
            random.seed(EXTRA_SEED)
            for grid_id in EXTRA_GRIDS[slug]:
                grid_data(slug, form, grid_id, grids, no_staff, assessments, targets, actions)
            random.setstate(state)
        document = {"pratiques": 1, "organisations": [organisation], "assessments": assessments,
                    "targets": targets, "actions": actions}
        with open(os.path.join(OUT, f"{slug}.json"), "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    print(f"wrote {len(ORGANISATIONS)} organisations into {OUT}")


if __name__ == "__main__":
    main()
