#!/usr/bin/env python3
"""The Python point of comparison of the cohort benchmark (`make bench`).

The same *Données* sheet as our cohort workbook and the C baseline, written the usual way in
Python: a pandas DataFrame, then `DataFrame.to_excel(engine="xlsxwriter")`. The data are the
same synthetic cohort (splitmix64, same seed, same order), drawn with numpy (vectorised, so the
generator costs little next to the writing; it is timed all the same).

One row per organisation × session × criterion, columns
  organisation, session, date, référentiel, version, dimension, critère, valeur, score, répondants
A sheet holds at most 1,048,575 data rows (Excel's limit); the rest goes on « Données (2) »,
« Données (3) »…, each with its header, as pandas refuses larger frames.

usage: cohort_donnees.py OUT.xlsx ORGANISATIONS SESSIONS DIMENSIONS CRITERIA SEED
prints: seconds S / rows N / level_sum N / score_sum X / respondents_sum N / sheets N / peak_mib M
"""
import resource
import sys
import time

import numpy as np
import pandas as pd

ROWS_PER_SHEET = 1_048_575


def splitmix64(seed: int, count: int) -> np.ndarray:
    """The first `count` outputs of splitmix64 seeded with `seed` (uint64 arithmetic wraps)."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def main() -> None:
    if len(sys.argv) != 7:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        sys.exit(2)
    path = sys.argv[1]
    organisations, sessions, dimensions, criteria, seed = (int(value) for value in sys.argv[2:7])
    per_assessment = dimensions * criteria
    start = time.monotonic()

    count = organisations * sessions * per_assessment
    levels = (splitmix64(seed, count) % np.uint64(5)).astype(np.int64)
    organisation_names = np.array([f"Organisation {o:05d}" for o in range(organisations)], dtype=object)
    session_names = np.array([f"T{s}" for s in range(sessions)], dtype=object)
    dates = pd.to_datetime([f"{2024 + s}-03-15" for s in range(sessions)])
    dimension_ids = np.array([f"d{d:02d}" for d in range(dimensions) for _ in range(criteria)], dtype=object)
    criterion_ids = np.array([f"d{d:02d}.c{c:02d}" for d in range(dimensions) for c in range(criteria)], dtype=object)
    frame = pd.DataFrame({
        "organisation": np.repeat(organisation_names, sessions * per_assessment),
        "session": np.tile(np.repeat(session_names, per_assessment), organisations),
        "date": np.tile(np.repeat(dates.values, per_assessment), organisations),
        "référentiel": "bench",
        "version": "1.0.0",
        "dimension": np.tile(dimension_ids, organisations * sessions),
        "critère": np.tile(criterion_ids, organisations * sessions),
        "valeur": levels,
        "score": levels / 4 * 100,
        "répondants": 1,
    })

    sheets = 0
    with pd.ExcelWriter(path, engine="xlsxwriter", date_format="yyyy-mm-dd", datetime_format="yyyy-mm-dd") as writer:
        for first in range(0, max(len(frame), 1), ROWS_PER_SHEET):
            name = "Données" if first == 0 else f"Données ({first // ROWS_PER_SHEET + 1})"
            frame.iloc[first:first + ROWS_PER_SHEET].to_excel(writer, sheet_name=name, index=False)
            sheets += 1
    elapsed = time.monotonic() - start

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"seconds {elapsed:.6f}")
    print(f"rows {len(frame)}")
    print(f"level_sum {int(frame['valeur'].sum())}")
    print(f"score_sum {float(frame['score'].sum()):.1f}")
    print(f"respondents_sum {int(frame['répondants'].sum())}")
    print(f"sheets {sheets}")
    print(f"peak_mib {peak:.1f}")


if __name__ == "__main__":
    main()
