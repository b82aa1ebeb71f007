#!/usr/bin/env python3
"""The end-to-end benchmark of the user's commands (`make bench`, third table; see
Benchmarks/README.md).

    run.py --pratiques BIN --read-baseline BIN --work DIR [--organisations N] [--repeat R]
           [--questionnaires Q] [--big-mb MB] [--files F] [--seed S]

Generates the data (generate.py; kept in DIR/data while the arguments, the grids and the
generator are unchanged), builds a template store with the real CLI, then times each command
as its own process — wall clock from start to exit, peak memory as GNU time reports it (the
process's own ru_maxrss) — beside its baseline measured in the same run on the same data, alternating
ours and the baseline R times (ours first in even runs). Prints the table and the checks;
exits 1 when a check fails (a target missed does not fail the run: the table says MISS).
"""
import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import donnees  # noqa: E402
import generate as generate_module  # noqa: E402
import storecheck  # noqa: E402

IMPORT_BASELINE = os.path.join(ROOT, "Benchmarks", "baseline", "import_baseline.py")
COHORT = "reseau-2024-2026"
PEAK_LIMIT_MIB = 256


class Measure:
    """One process run: wall seconds, CPU seconds (user + system), peak MiB, exit status, stdout."""

    def __init__(self, seconds, cpu, peak, status, output):
        self.seconds, self.cpu, self.peak, self.status, self.output = seconds, cpu, peak, status, output

    def values(self):
        result = {}
        for line in self.output.splitlines():
            parts = line.split()
            if len(parts) == 2:
                try:
                    result[parts[0]] = float(parts[1])
                except ValueError:
                    pass
        return result


TIME = "/usr/bin/time"


def measure(arguments, stdout_path=None):
    """Runs `arguments` as a child process; its stdout goes to `stdout_path` (else kept).

    The command is started by GNU time, which reports its peak resident memory (`%M`) and its CPU
    time (`%U`, `%S`): a process forked from this Python one would start with Python's own memory
    counted in its ru_maxrss, one forked from `time` starts with a megabyte or two."""
    output = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    report = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"bench-time-{os.getpid()}.txt")
    start = time.perf_counter()
    process = subprocess.run([TIME, "-f", "%U %S %M", "-o", report, *arguments], stdout=output, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    text = "" if stdout_path else process.stdout.decode()
    if stdout_path:
        output.close()
    with open(report) as handle:
        lines = handle.read().split()
    os.remove(report)
    if process.returncode != 0:
        print(f"bench: {' '.join(os.path.basename(a) for a in arguments[:3])}… failed ({process.returncode}): "
              f"{process.stderr.decode().strip()[-600:]}", file=sys.stderr)
    return Measure(seconds, float(lines[-3]) + float(lines[-2]), int(lines[-1]) / 1024, process.returncode, text)


def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else float("nan")


def stamp(args):
    """What the data depend on: the arguments, the generator's sources, the grids and the
    pratiques executable (it writes the blank questionnaires)."""
    hasher = hashlib.sha256(json.dumps([args.organisations, args.seed, args.files, args.questionnaires, args.big_mb]).encode())
    status = os.stat(args.pratiques)
    hasher.update(f"{status.st_size} {status.st_mtime_ns}".encode())
    sources = [os.path.join(HERE, name) for name in ("generate.py", "grids.py", "questionnaires.py", "vocabulary.py")]
    for folder in (os.path.join(HERE, "grilles"), os.path.join(ROOT, "referentiels")):
        for base, _, names in sorted(os.walk(folder)):
            sources += [os.path.join(base, name) for name in sorted(names)]
    for path in sources:
        with open(path, "rb") as handle:
            hasher.update(path.encode() + handle.read())
    return hasher.hexdigest()


def generate(args, data):
    wanted = stamp(args)
    stamp_path = os.path.join(data, "stamp")
    if os.path.exists(stamp_path) and open(stamp_path).read() == wanted:
        print(f"bench: data of {args.organisations} organisations already in {data}")
    else:
        if os.path.isdir(data):
            shutil.rmtree(data)
        start = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), data, "--pratiques", args.pratiques, "--organisations",
                        str(args.organisations), "--seed", str(args.seed), "--files", str(args.files), "--questionnaires",
                        str(args.questionnaires), "--big-mb", str(args.big_mb)], check=True, stdout=subprocess.DEVNULL)
        with open(stamp_path, "w") as handle:
            handle.write(wanted)
        print(f"bench: generated the data of {args.organisations} organisations in {time.perf_counter() - start:.0f} s")
    with open(os.path.join(data, "summary.json")) as handle:
        return json.load(handle)


def files(folder, extension):
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(extension))


def remove_store(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def carried_criteria(data):
    """Criteria of the newest versions that a migration fills from other criteria (split,
    merge, renamed): the C baseline does not carry answers, ours does."""
    return set(open(os.path.join(data, "carried.txt"), encoding="utf-8").read().split())


class Bench:
    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        self.data = os.path.join(self.work, "data")
        self.runs = os.path.join(self.work, "runs")
        self.refs = os.path.join(self.data, "referentiels")
        self.rows = {}  # name -> {"ours": [Measure], "baseline": [Measure]}
        self.failures = []
        self.notes = []

    def ours(self, *arguments, stdout_path=None):
        return measure([self.args.pratiques, *arguments, "--referentiels", self.refs], stdout_path)

    def record(self, name, side, result):
        self.rows.setdefault(name, {"ours": [], "baseline": []})[side].append(result)
        if result.status != 0:
            self.failures.append(f"{name}: {side} exited with {result.status}")

    def fail(self, message):
        self.failures.append(message)
        print("CHECK FAILED: " + message)

    # Imports ---------------------------------------------------------------------------------
    def template(self):
        path = os.path.join(self.work, "template.sqlite")
        remove_store(path)
        result = self.ours("assess", "import", os.path.join(self.data, "modele.json"), "--db", path)
        if result.status != 0:
            sys.exit("bench: the template store could not be built")
        return path

    def import_case(self, name, run, inputs, start_from):
        """One alternated pair: ours and the Python baseline import `inputs` into copies of `start_from`."""
        sides = ["ours", "baseline"] if run % 2 == 0 else ["baseline", "ours"]
        stores = {}
        for side in sides:
            store = os.path.join(self.runs, f"{name}-{side}-{run}.sqlite")
            remove_store(store)
            shutil.copyfile(start_from, store)
            if side == "ours":
                result = self.ours("assess", "import", *inputs, "--db", store)
            else:
                result = measure([sys.executable, IMPORT_BASELINE, store, os.path.join(self.data, "grids.json"), *inputs])
            self.record(name, side, result)
            stores[side] = store
        sums = {side: storecheck.sums(path) for side, path in stores.items()}
        if sums["ours"] != sums["baseline"]:
            self.fail(f"{name} run {run + 1}: ours {sums['ours']} ≠ baseline {sums['baseline']}")
        return stores, sums

    def imports(self, template):
        data, repeat = self.data, self.args.repeat
        json_files, csv_files = files(os.path.join(data, "json"), ".json"), files(os.path.join(data, "csv"), ".csv")
        big = files(os.path.join(data, "grand"), ".json")
        questionnaires = files(os.path.join(data, "questionnaires"), ".xlsx")
        large = os.path.join(self.work, "large.sqlite")
        digests = {}
        self.import_sums = {}
        for run in range(repeat):
            for name, inputs in (("json", json_files), ("csv", csv_files), ("big", big)):
                stores, sums = self.import_case(name, run, inputs, template)
                self.import_sums[name] = sums["ours"]
                if run == 0:
                    for side, store in stores.items():
                        digests[(name, side)] = storecheck.digest(store)
                    if name == "json":
                        remove_store(large)
                        os.rename(stores["ours"], large)
                for store in stores.values():
                    remove_store(store)
            stores, sums = self.import_case("xlsx", run, questionnaires, large)
            self.import_sums["xlsx"] = sums["ours"]
            if run == 0:
                for side, store in stores.items():
                    digests[("xlsx", side)] = storecheck.digest(store)
            for store in stores.values():
                remove_store(store)
        reference = digests[("json", "ours")]
        same = [key for key in (("json", "baseline"), ("csv", "ours"), ("csv", "baseline")) if digests[key] == reference]
        if len(same) != 3:
            self.fail("the JSON and CSV imports (ours, Python) did not store the same answers: "
                      + ", ".join(f"{k[0]} {k[1]} {v[:12]}" for k, v in digests.items()))
        for name in ("big", "xlsx"):
            if digests[(name, "ours")] != digests[(name, "baseline")]:
                self.fail(f"{name}: ours and the Python baseline did not store the same answers")
        self.notes.append(f"same data: the stores written from the JSON files and from the CSV files, by ours and by Python, hold the same "
                          f"answers (sha256 of every answer with its organisation, grid version, assessment and respondent: "
                          f"{reference[:12]}…, identical in the four); the big file and the questionnaires likewise, ours against Python")
        return large

    # The cohort and the read-bound commands ----------------------------------------------------
    def cohort(self, large):
        members = open(os.path.join(self.data, "cohort.txt")).read().split()
        steps = [["cohort", "create", COHORT, "--parcours", "Parcours du réseau 2024-2026"]]
        for position, year in enumerate((2024, 2025, 2026)):
            steps.append(["cohort", "session", "add", COHORT, f"T{position}", "--date", f"{year}-06-15", "--from", f"{year}-01-01",
                          "--to", f"{year}-12-31"])
        for start in range(0, len(members), 1000):
            steps.append(["cohort", "add", COHORT, *members[start:start + 1000]])
        for step in steps:
            if self.ours(*step, "--db", large).status != 0:
                sys.exit("bench: the cohort could not be built")

    def choose_organisation(self, large):
        with sqlite3.connect(large) as db:
            # The organisation shown by score and report org: the most assessments, the gouvernance grid among them.
            self.organisation = db.execute("""
                SELECT o.slug FROM organisation o JOIN assessment a ON a.organisation_id = o.id JOIN referentiel_snapshot s ON s.id = a.snapshot_id
                WHERE o.slug != 'banc-modele' GROUP BY o.id HAVING SUM(s.referentiel_id = 'gouvernance-democratique') >= 3
                ORDER BY COUNT(*) DESC, o.slug LIMIT 1""").fetchone()[0]

    def reads(self, large):
        out, grids_tsv = self.runs, os.path.join(self.data, "grids.tsv")
        c = self.args.read_baseline
        org = self.organisation
        cases = [
            ("score", lambda: self.ours("score", org, "--db", large, stdout_path=os.path.join(out, "score.txt")),
             lambda: measure([c, "org", large, org])),
            ("report-org", lambda: self.ours("report", "org", org, "--db", large, "-o", os.path.join(out, "org.xlsx")),
             lambda: measure([c, "org", large, org])),
            ("cohort-show", lambda: self.ours("cohort", "show", COHORT, "--db", large, stdout_path=os.path.join(out, "cohort-show.txt")),
             lambda: measure([c, "cohort", large, COHORT])),
            ("report-cohort", lambda: self.ours("report", "cohort", COHORT, "--db", large, "-o", os.path.join(out, "cohorte.xlsx")),
             lambda: measure([c, "cohort-workbook", large, COHORT, grids_tsv, os.path.join(out, "cohorte-c.xlsx")])),
            ("report-funder", lambda: self.ours("report", "funder", COHORT, "--db", large, "-o", os.path.join(out, "financeur.xlsx")), None),
        ]
        for run in range(self.args.repeat):
            for name, ours, baseline in cases:
                order = [("ours", ours), ("baseline", baseline)] if run % 2 == 0 else [("baseline", baseline), ("ours", ours)]
                for side, action in order:
                    if action:
                        self.record(name, side, action())

    def read_checks(self, large):
        # The assessments chosen by `cohort show` are those the C program read.
        shown = subprocess.run([self.args.pratiques, "cohort", "show", COHORT, "--json", "--db", large, "--referentiels", self.refs],
                               capture_output=True, text=True)
        chosen = [entry["assessment"] for entry in json.loads(shown.stdout)["assessments"]] if shown.returncode == 0 else []
        c = self.rows["cohort-show"]["baseline"][0].values()
        with sqlite3.connect(large) as db:
            db.execute("CREATE TEMP TABLE chosen (id INTEGER PRIMARY KEY)")
            db.executemany("INSERT INTO chosen VALUES (?)", [(i,) for i in chosen])
            answers = db.execute("SELECT (SELECT COUNT(*) FROM answer an JOIN respondent r ON r.id = an.respondent_id WHERE r.assessment_id IN "
                                 "(SELECT id FROM chosen)) + (SELECT COUNT(*) FROM consensus_answer WHERE assessment_id IN "
                                 "(SELECT id FROM chosen))").fetchone()[0]
        ours = {"assessments": len(chosen), "assessment_id_sum": sum(chosen), "answers": answers}
        if any(ours[key] != c.get(key) for key in ours):
            self.fail(f"cohort show chose {ours}, the C program read {c}")
        self.notes.append(f"same work, cohort: `cohort show` chose {len(chosen)} assessments (sum of ids {sum(chosen)}), holding {answers} "
                          f"answers; the C program read the same assessments and the same {int(c.get('answers', -1))} answers")
        # The Données sheets, row by row.
        workbook_c = self.rows["report-cohort"]["baseline"][-1].values()
        count_ours, count_c, differing, criteria, unexpected = donnees.compare(os.path.join(self.runs, "cohorte.xlsx"),
                                                                               os.path.join(self.runs, "cohorte-c.xlsx"),
                                                                               carried_criteria(self.data))
        if count_ours != count_c or unexpected:
            self.fail(f"Données: ours {count_ours} rows, C {count_c}; {unexpected} rows differ beyond the carried criteria")
        self.notes.append(f"same work, cohort workbook: Données has {count_ours} rows in ours and in C's ({int(workbook_c.get('rows', -1))} "
                          f"written, {int(workbook_c.get('sheets', 0))} sheet(s)), identical cell by cell except {differing} rows on "
                          f"criteria that only ours carries from older versions ({', '.join(sorted(criteria)) or 'none'})")
        score = self.rows["score"]["baseline"][0].values()
        self.notes.append(f"same work, organisation: `score {self.organisation}` and `report org` show {int(score.get('assessments', 0))} "
                          f"assessments ({int(score.get('answers', 0))} answers), all of which the C program read")

    # The table ---------------------------------------------------------------------------------
    def table(self, summary):
        def successful(name, side):
            return [m for m in self.rows.get(name, {}).get(side, []) if m.status == 0]

        def runs_text(values):
            if not values:
                return "—"
            middle = median(values)
            spread = (max(values) - min(values)) / middle * 100 if middle else 0
            return f"{middle:.2f} ({min(values):.2f}–{max(values):.2f}, ±{spread / 2:.0f} %)"

        def peak(name, side):
            values = [m.peak for m in self.rows.get(name, {}).get(side, [])]
            return max(values) if values else float("nan")

        def number(value, digits=2):
            return f"{value:.{digits}f}" if value == value else "—"

        definitions = [
            ("json", f"assess import: {summary['json_files']} JSON files ({summary['json_bytes'] / 1e6:.0f} MB)", "Python json + sqlite3",
             "ratio", 0.6),
            ("csv", f"assess import: the same as {summary['json_files']} CSV files ({summary['csv_bytes'] / 1e6:.0f} MB)",
             "Python csv + sqlite3", "ratio", 0.6),
            ("big", f"assess import: one JSON file ({summary['big_bytes'] / 1e6:.0f} MB, {summary['big_organisations']} organisations)",
             "Python json + sqlite3", "ratio", 0.6),
            ("xlsx", f"assess import: {summary['questionnaires']} filled questionnaires (.xlsx), one command", "Python openpyxl + sqlite3",
             "absolute", 30.0),
            ("score", f"score {self.organisation}", "C sqlite3 read of the organisation", "absolute", 0.3),
            ("report-org", f"report org {self.organisation}", "C sqlite3 read of the organisation", "absolute", 0.3),
            ("cohort-show", "cohort show (statistics)", "C sqlite3 read of the chosen answers", "ratio", 1.5),
            ("report-cohort", "report cohort (6 sheets, Données)", "C read + libxlsxwriter Données", "ratio", 1.5),
            ("report-funder", "report funder", "our cohort show (this table)", "ratio", 1.5),
        ]
        header = ["command (ours)", "ours: median s (min–max, spread)", "CPU s", "baseline", "baseline s", "CPU s", "ratio", "CPU ratio",
                  "target", "ok?", "peak MiB", "≤ 256?", "baseline MiB"]
        table = []
        for name, label, baseline_label, kind, limit in definitions:
            if name not in self.rows:  # not measured in this run (--reads-only)
                continue
            ours = successful(name, "ours")
            ours_median, ours_cpu = median([m.seconds for m in ours]), median([m.cpu for m in ours])
            baseline_name, baseline_side = ("cohort-show", "ours") if name == "report-funder" else (name, "baseline")
            baseline = successful(baseline_name, baseline_side)
            base, base_cpu = median([m.seconds for m in baseline]), median([m.cpu for m in baseline])
            ratio = ours_median / base if base == base and base else float("nan")
            cpu_ratio = ours_cpu / base_cpu if base_cpu == base_cpu and base_cpu else float("nan")
            if kind == "ratio":
                target, met = f"≤ {limit:.1f} × baseline", ratio <= limit
            else:
                target, met = f"≤ {limit:g} s", ours_median <= limit
            verdict = "FAILED" if not ours else ("ok" if met else "MISS")
            ours_peak = peak(name, "ours")
            base_peak = "—" if name == "report-funder" else number(peak(name, "baseline"), 1)
            table.append([label, runs_text([m.seconds for m in ours]), number(ours_cpu), baseline_label,
                          number(base) if name == "report-funder" else runs_text([m.seconds for m in baseline]), number(base_cpu),
                          number(ratio), number(cpu_ratio), target, verdict, number(ours_peak, 1), "ok" if ours_peak <= PEAK_LIMIT_MIB else "MISS",
                          base_peak])
        widths = [max(len(r[i]) for r in [header] + table) for i in range(len(header))]
        lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths)), "-|-".join("-" * w for w in widths)]
        lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths)) for r in table]
        return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    generate_module.data_options(parser)
    parser.add_argument("--read-baseline", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reads-only", action="store_true",
                        help="time only the read-bound commands, on the large store and cohort a previous run left in WORK")
    args = parser.parse_args()
    args.pratiques = os.path.abspath(args.pratiques)
    args.read_baseline = os.path.abspath(args.read_baseline)
    bench = Bench(args)
    os.makedirs(bench.runs, exist_ok=True)
    started = time.perf_counter()
    if args.reads_only:
        large, template = os.path.join(bench.work, "large.sqlite"), os.path.join(bench.work, "template.sqlite")
        if not os.path.exists(large):
            sys.exit(f"bench: --reads-only needs the large store of a previous run ({large})")
        with open(os.path.join(bench.data, "summary.json")) as handle:
            summary = json.load(handle)
        bench.import_sums = {"json": storecheck.sums(large)}  # the large store is our first JSON import
    else:
        summary = generate(args, bench.data)
        template = bench.template()
        print(f"bench: imports, {args.repeat} alternated runs…", flush=True)
        large = bench.imports(template)
        bench.cohort(large)
    bench.choose_organisation(large)
    print(f"bench: read-bound commands on the store of {summary['organisations']} organisations, {args.repeat} alternated runs…", flush=True)
    bench.reads(large)
    bench.read_checks(large)
    size = os.path.getsize(large) / 1e6
    xlsx_sums = bench.import_sums.get("xlsx", {})
    sums = bench.import_sums.get("json", {})
    model = storecheck.sums(template)
    print()
    print(f"End-to-end benchmark — the user's commands as processes (release build), {summary['organisations']} organisations × "
          f"3 yearly campaigns: {sums.get('assessments', 0) - model['assessments']} assessments, "
          f"{sums.get('respondents', 0) - model['respondents']} respondents, {sums.get('answers', 0) - model['answers']} answers "
          f"(the template's model organisation excluded); store {size:.0f} MB; cohort of "
          f"{summary['organisations']} organisations × 3 sessions"
          + (f"; {summary['questionnaires']} questionnaires add {xlsx_sums['assessments'] - sums['assessments']} assessments"
             if xlsx_sums else "") + ". Times: wall clock of each process, median of "
          f"{args.repeat} alternated runs (min–max, ± half the spread); CPU: user + system seconds (GNU time), median; the targets are on "
          f"the wall clock, the CPU ratio is steadier when other work shares the machine; peak: the process's ru_maxrss (GNU time), "
          f"largest of the runs.")
    print(bench.table(summary))
    for note in bench.notes:
        print("check: " + note)
    print(f"(this table took {time.perf_counter() - started:.0f} s; the machine may be shared: compare ratios within one run)")
    if bench.failures:
        print("FAILED: " + "; ".join(bench.failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
