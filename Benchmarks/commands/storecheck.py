"""What a store holds, to check that two imports wrote the same data: row counts and sums (fast,
after every run) and a sha256 of every answer with its organisation, grid version, assessment
and respondent, in a fixed order (once per format)."""
import hashlib
import sqlite3

SUMS = """
SELECT (SELECT COUNT(*) FROM organisation), (SELECT COUNT(*) FROM assessment), (SELECT COUNT(*) FROM respondent),
       COUNT(*), TOTAL(level), TOTAL(yes_no), COUNT(yes_no), TOTAL(number), SUM(not_applicable), COUNT(text), COUNT(comment)
FROM answer
"""
SUM_NAMES = ("organisations", "assessments", "respondents", "answers", "level_sum", "yes_sum", "yes_no", "number_sum",
             "not_applicable", "texts", "comments")
ROWS = """
SELECT o.slug, o.name, o.legal_form, o.siret, s.referentiel_id, s.version, a.date, a.label, a.status, r.position, r.role, r.name,
       an.criterion_id, an.level, an.yes_no, an.number, an.text, an.not_applicable, an.comment, an.origin
FROM answer an JOIN respondent r ON r.id = an.respondent_id JOIN assessment a ON a.id = r.assessment_id
JOIN organisation o ON o.id = a.organisation_id JOIN referentiel_snapshot s ON s.id = a.snapshot_id
ORDER BY o.slug, s.referentiel_id, s.version, a.label, r.position, an.criterion_id
"""


def sums(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        row = db.execute(SUMS).fetchone()
    return {name: (round(value, 6) if isinstance(value, float) else value) for name, value in zip(SUM_NAMES, row)}


def digest(path):
    """sha256 of every answer row with what it belongs to."""
    hasher = hashlib.sha256()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        cursor = db.execute(ROWS)
        while True:
            rows = cursor.fetchmany(10000)
            if not rows:
                break
            hasher.update(repr(rows).encode())
    return hasher.hexdigest()
