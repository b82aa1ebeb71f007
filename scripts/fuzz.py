#!/usr/bin/env python3
"""Fuzz the doors of `pratiques` with mutated inputs and classify what the tool does.

    scripts/fuzz.py [--count 1000] [--seed 11] [--jobs 2] [--bin .build/debug/pratiques]
                    [--families json,csv,xlsx,grid,fill] [--timeout 30] [--keep DIR]

Seeds (built once in a temporary folder): a database loaded from three sample organisations,
an exchange document adding an assessment (also written by Python's json.dumps, with \\u escapes
and surrogate pairs), the same as French CSV (BOM, CRLF, `;`, decimal commas, JJ/MM/AAAA dates),
a filled questionnaire workbook, the shipped grids, and answers typed at `fill`. Each mutant is
run on a fresh copy of the database:

    json, csv, xlsx   pratiques assess import MUTANT --db COPY
    grid              pratiques referentiel validate MUTANT
    fill              pratiques fill ORG GRID --role salarie --db COPY  < MUTANT

and classified:

    accepted            exit 0
    refused-located     exit 1, every line of the message names the file and a line and column
                        (text files) or the file (workbooks: with the part or sheet!cell when one
                        is at fault)
    unlocated           exit 1 with a line that does not, or exit 2 (a usage error)
    crash               killed by a signal, or any other exit code
    hang                still running after --timeout seconds
    changed-on-refusal  refused, yet the database differs from before (logical dump compared)
    report-broken       accepted, but `report org` then fails for that organisation

The run prints a table per family, lists every bad outcome with its command (the mutants are
kept in --keep), and exits 1 if any mutant is in a bad class (all but accepted and
refused-located). Standard library only.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import hostile_xlsx  # noqa: E402

ORGANISATION = "ruche-amienoise"
GRID = "environnement"
SAMPLES = ["jardins-du-littoral", "scop-les-charpentiers", "ruche-amienoise"]
CLASSES = ["accepted", "refused-located", "unlocated", "crash", "hang", "changed-on-refusal", "report-broken"]
BAD = set(CLASSES) - {"accepted", "refused-located"}
FAMILIES = ["json", "csv", "xlsx", "grid", "fill"]
WEIGHTS = {"json": 25, "csv": 20, "xlsx": 30, "grid": 15, "fill": 10}

NASTY_NUMBERS = ["1e19", "-1e19", "inf", "-inf", "nan", "NaN", ".inf", ".nan", "9" * 20, "-" + "9" * 20, "0x10", "010", "1e308",
                 "1e-400", "-0", "1:00:00:00:00:00:00:00:00:00:00:00", "9223372036854775807", "-9223372036854775808",
                 "9223372036854775808", "1_000", "+3", "3.0", "2,5", "1 234,5", "45 %", "٣", "Ⅻ", "1e", "--1", "0b101", "0o17", "1e99999"]
NASTY_TEXTS = ["\\u0000", "a\\u0000b", "\\u0001", "\\u000b", "\\b\\f", "\\ud83c", "\\udf31", "\\ud83c\\udf31", "\\ud83c\\ud83c", "Ã©tÃ©",
               "â€™", "\\u202e", "=SUM(A1)", "&amp;<>\\\"'", "x" * 6000, "é" * 40000, "🌱" * 3000, "\\u2028", "\\r\\n", "\\t", "\\x00",
               "\\0", "\\U0001F331", "\\uFFFE", "\\u0085"]
# Unusual but valid: what an import must accept and every report must then hold.
BENIGN_TEXTS = ["🌱 été « ok » — l’œuvre", "\\ud83c\\udf31 pousse", "ligne 1\\nligne 2\\r\\nligne 3", "mot\\u000bmot", "a\\tb", "=SUM(A1)",
                "&amp; <b> \\\"quotes\\\" 'apos'", "x" * 4999, "é" * 2500, "\\u2028 séparateur", "   espaces   ", "@cmd", "+33 6 12", "-1",
                "&[Page] &P &N", "\\u202e à l'envers"]
RAW_CONTROLS = ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\ufffe", "\r", "\t"]


# MARK: Running the tool

class Tool:
    def __init__(self, binary, referentiels, timeout):
        self.binary, self.referentiels, self.timeout = binary, referentiels, timeout

    def run(self, arguments, db=None, stdin=None, cwd=None):
        command = [self.binary] + arguments + ["--referentiels", self.referentiels] + (["--db", db] if db else [])
        environment = dict(os.environ, LANG="C.UTF-8")
        environment.pop("LC_ALL", None)
        try:
            result = subprocess.run(command, input=stdin, capture_output=True, timeout=self.timeout, env=environment, cwd=cwd)
        except subprocess.TimeoutExpired:
            return command, None, b"", b""
        return command, result.returncode, result.stdout, result.stderr


def dump_hash(db):
    connection = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    finally:
        connection.close()


def copy_database(base, target):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(base + suffix):
            shutil.copyfile(base + suffix, target + suffix)


# MARK: Seeds

def build_seeds(tool, directory):
    seeds = {family: [] for family in FAMILIES}
    base = os.path.join(directory, "base.sqlite")
    command, code, _, err = tool.run(["assess", "import"] + [os.path.join(ROOT, "samples/organisations/%s.json" % s) for s in SAMPLES], db=base)
    if code != 0:
        sys.exit("fuzz: cannot build the base database: %s" % err.decode(errors="replace"))

    sample = json.load(open(os.path.join(ROOT, "samples/organisations/%s.json" % ORGANISATION), encoding="utf-8"))
    assessment = next(a for a in sample["assessments"] if a["referentiel"] == GRID)
    assessment = dict(assessment, date="2027-02-01", label="fuzz-2027", status="complete")
    answers = assessment["respondents"][0]["answers"]
    answers[0]["comment"] = "Écrit à l'été 🌱 — « guillemets »"
    document = {"pratiques": 1, "assessments": [assessment],
                "targets": [t for t in sample.get("targets", []) if t["referentiel"] == GRID][:2],
                "actions": [dict(a, title=a["title"] + " (fuzz)") for a in sample.get("actions", [])][:2]}
    seeds["json"].append(("new.json", json.dumps(document, ensure_ascii=False, indent=2).encode()))
    seeds["json"].append(("escaped.json", json.dumps(document).encode()))  # \\u escapes and surrogate pairs
    seeds["json"].append(("sample.json", open(os.path.join(ROOT, "samples/organisations/%s.json" % ORGANISATION), "rb").read()))

    rows = ["organisation;référentiel;version;date;libellé;répondant;rôle;nom;critère;réponse;commentaire"]
    for index, respondent in enumerate(assessment["respondents"]):
        for answer in respondent["answers"]:
            if "level" in answer:
                value = str(answer["level"])
            elif "number" in answer:
                value = ("%g" % answer["number"]).replace(".", ",")
            elif "yes" in answer:
                value = "oui" if answer["yes"] else "non"
            elif answer.get("not_applicable"):
                value = "NA"
            else:
                value = answer.get("text", "")
            comment = answer.get("comment", "").replace('"', '""')
            rows.append(";".join([ORGANISATION, GRID, assessment["version"], "01/02/2027", "fuzz-2027", str(index + 1), respondent["role"],
                                  respondent.get("name", ""), answer["criterion"], value, '"%s"' % comment if comment else ""]))
    rows.append(";;;;;;;;;;")
    seeds["csv"].append(("new.csv", ("\ufeff" + "\r\n".join(rows) + "\r\n").encode()))

    blank = os.path.join(directory, "blank.xlsx")
    tool.run(["report", "questionnaire", GRID, "-o", blank])
    filled = os.path.join(directory, "filled.xlsx")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts/fill_questionnaire.py"), blank, filled,
                    "Répondant!B4=%s" % ORGANISATION, "Répondant!B5=Bénévole", "Répondant!B6=Sam", "Répondant!B7=2027-02-01",
                    "Déplacements!E5=#30", "Déplacements!E6=0 — Absent", "Déplacements!E7=1 — Émergent",
                    "Pilotage de la démarche!E5=1 — Émergent", "Pilotage de la démarche!F5=On ne sait pas qui est référent"], check=True)
    seeds["xlsx"].append(("filled.xlsx", open(filled, "rb").read()))

    for grid in ["environnement/1.0.0.yaml", "gouvernance-democratique/1.0.0.yaml", "production-locale/1.0.0.yaml"]:
        seeds["grid"].append((grid.replace("/", "-"), open(os.path.join(ROOT, "referentiels", grid), "rb").read()))

    seeds["fill"].append(("typed.txt", b"30\n2\n1\nc\nUn commentaire\n3\n?\nna\nq\n"))
    return base, seeds


# MARK: Mutations

def mutate_bytes(rng, data):
    data = bytearray(data)
    choice = rng.randrange(6)
    if not data:
        return bytes(data) + b"x"
    position = rng.randrange(len(data))
    if choice == 0:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif choice == 1:
        data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    elif choice == 2:
        del data[position:position + rng.randint(1, 200)]
    elif choice == 3:
        end = min(len(data), position + rng.randint(1, 400))
        data[position:position] = data[position:end] * rng.randint(2, 50)
    elif choice == 4:
        del data[position:]
    else:
        data[position:position] = rng.choice([b"\xff\xfe", b"\xc3", b"\xe9", b"\xed\xa0\x80", b"\xc0\x80", b"\x00"])
    return bytes(data)


def replace_random_match(rng, text, pattern, replacement):
    matches = list(re.finditer(pattern, text))
    if not matches:
        return text
    match = rng.choice(matches)
    return text[:match.start()] + replacement(match) + text[match.end():]


def mutate_json(rng, data):
    text = data.decode("utf-8", "replace")
    choice = rng.randrange(11)
    if choice == 0:
        return mutate_bytes(rng, data)
    if choice in (9, 10):  # a free text becomes unusual but valid
        return replace_random_match(rng, text, r'("(?:comment|name|title|owner|notes|text)": )"(?:[^"\\]|\\.)*"',
                                    lambda m: m.group(1) + '"%s"' % rng.choice(BENIGN_TEXTS)).encode()
    if choice == 1:  # a number becomes a nasty one
        return replace_random_match(rng, text, r"(?<=: )-?\d+(\.\d+)?", lambda m: rng.choice(NASTY_NUMBERS)).encode()
    if choice == 2:  # a string value becomes a nasty one
        return replace_random_match(rng, text, r'(?<=: )"(?:[^"\\]|\\.)*"', lambda m: '"%s"' % rng.choice(NASTY_TEXTS)).encode()
    if choice == 3:  # a string value grows
        return replace_random_match(rng, text, r'(?<=: )"(?:[^"\\]|\\.)*"', lambda m: m.group(0)[:-1] + rng.choice(NASTY_TEXTS) * rng.randint(1, 3) + '"').encode()
    if choice == 4:  # deep nesting
        depth = rng.choice([100, 1000, 100_000])
        return replace_random_match(rng, text, r'(?<=: )\d+', lambda m: "[" * depth + "1" + "]" * depth).encode()
    if choice == 5:  # a key renamed or duplicated
        return replace_random_match(rng, text, r'"(level|number|text|comment|criterion|role|date|label|organisation)":',
                                    lambda m: rng.choice(['"%s": 1, "%s":' % (m.group(1), m.group(1)), '"x%s":' % m.group(1), '"":'])).encode()
    if choice == 6:  # a value of the wrong type
        return replace_random_match(rng, text, r'(?<=: )("(?:[^"\\]|\\.)*"|-?\d+(\.\d+)?|true|false)',
                                    lambda m: rng.choice(["null", "[]", "{}", "true", '"3"', "[1, 2]", '{"a": 1}'])).encode()
    if choice == 7:  # an alias bomb in YAML clothing
        return ("a: &a [1,2,3,4,5,6,7,8,9]\n" + "".join("%s: &%s [%s]\n" % (c, c, ",".join(["*" + p] * 9))
                for p, c in zip("abcdefg", "bcdefgh")) + "assessments: *h\n").encode()
    return text.replace("2027-02-01", rng.choice(["2027-02-30", "14/03/2027", "+202-01-01", "2027-1-1", "９９９９-01-01"])).encode()


def mutate_csv(rng, data):
    text = data.decode("utf-8", "replace")
    lines = text.split("\r\n")
    choice = rng.randrange(11)
    if choice == 0:
        return mutate_bytes(rng, data)
    if choice in (9, 10):  # a comment or a name becomes unusual but valid
        line = rng.randrange(1, max(2, len(lines) - 2))
        fields = lines[line].split(";")
        if len(fields) > 10:
            index = rng.choice([7, 10])
            value = rng.choice(["🌱 été « ok » — l’œuvre", "x" * 99, "ligne\nsuite", "mot\x0bmot", "=SUM(A1)", "&amp; <b>", "é" * 2500, "@cmd"])
            fields[index] = '"%s"' % value if index == 10 else value.replace("\n", " ").replace("\x0b", " ")
            lines[line] = ";".join(fields)
        return "\r\n".join(lines).encode()
    line = rng.randrange(1, max(2, len(lines) - 1))
    fields = lines[line].split(";") if line < len(lines) else []
    if choice == 1 and len(fields) > 9:  # the answer becomes a nasty number
        fields[9] = rng.choice(NASTY_NUMBERS)
    elif choice == 2 and len(fields) > 10:  # the comment gets raw control characters or grows
        fields[10] = '"%s"' % (rng.choice(RAW_CONTROLS) * rng.randint(1, 3) + rng.choice(["", "x" * 6000, "y" * 40000]))
    elif choice == 3 and len(fields) > 7:  # name, label or organisation grows or gets a control
        index = rng.choice([0, 4, 7])
        fields[index] = fields[index] + rng.choice(["\x01", "z" * 300, "\u2028", "\t"])
    elif choice == 4:  # rows made of separators, blank lines
        lines.insert(line, rng.choice([";" * 10, ";;;", "", " ; ; ", ";" * 40]))
    elif choice == 5 and len(fields) > 3:  # dates
        fields[3] = rng.choice(["14/03/2027", "31/02/2027", "1/2/2027", "2027-13-01", "99/99/99999", "0x10/01/2027", "14/03/+202"])
    elif choice == 6:  # the whole file in Windows-1252, or double-encoded
        encoded = text.encode("utf-8")
        return encoded.decode("cp1252", "replace").encode("utf-8") if rng.random() < 0.5 else text.encode("cp1252", "replace")
    elif choice == 7:  # an unbalanced quote or a doubled separator
        lines[line] = lines[line].replace(";", rng.choice(['";', ';;', ',']), 1)
    else:  # the header loses or renames a column
        header = lines[0].split(";")
        header[rng.randrange(len(header))] = rng.choice(["", "inconnue", "réponse", "\x00"])
        lines[0] = ";".join(header)
    if fields and choice in (1, 2, 3, 5):
        lines[line] = ";".join(fields)
    return "\r\n".join(lines).encode()


def mutate_xlsx(rng, data, directory, index):
    source = os.path.join(directory, "seed-%d.xlsx" % index)
    target = os.path.join(directory, "mutant-%d.xlsx" % index)
    open(source, "wb").write(data)
    choice = rng.randrange(6)
    try:
        if choice == 0:  # a hostile file of the collection
            kind = rng.choice([k for k in hostile_xlsx.KINDS if k not in ("largest_allowed", "largest_accepted", "inline_heavy")])
            hostile_xlsx.KINDS[kind](hostile_xlsx.read_parts(source), target)
        elif choice == 1:  # bytes of the zip itself
            open(target, "wb").write(mutate_bytes(rng, data))
        else:  # one part's XML
            parts = hostile_xlsx.read_parts(source)
            name = rng.choice([n for n, _ in parts if n.endswith(".xml") or n.endswith(".rels")])
            xml = dict(parts)[name].decode("utf-8", "replace")
            if choice == 2:
                mutated = mutate_bytes(rng, xml.encode())
            elif choice == 3:  # numbers in values, references and attributes
                mutated = replace_random_match(rng, xml, r'(?<=<v>)[^<]*|(?<= r=")[^"]*|(?<= s=")[^"]*|(?<= t=")[^"]*',
                                               lambda m: rng.choice(NASTY_NUMBERS + ["AAAAAAAAAAAAAAAA5", "XFE1", "A0", "A1048577", "s", "inlineStr", "e", "$", ""])).encode()
            elif choice == 4:  # texts with controls, escapes or length
                mutated = replace_random_match(rng, xml, r"(?<=<t>)[^<]*|(?<=<t xml:space=\"preserve\">)[^<]*",
                                               lambda m: rng.choice(["_x000B_", "_x0000_", "&#1;", "_x005F_x0041_", "x" * 40000, "é" * 6000, "&#xFFFE;",
                                                                     "Ã©", "\u2028", "=1+1", "a" * 120])).encode()
            else:  # structure: elements removed, duplicated or nested
                mutated = replace_random_match(rng, xml, r"<(row|c|si|sheet|Relationship|xf)\b[^>]*?(/>|>)",
                                               lambda m: rng.choice(["", m.group(0) * 30, "<x>" * 200 + m.group(0), m.group(0).replace("<", "<!-- ", 1)])).encode()
            hostile_xlsx.write_parts(target, hostile_xlsx.replace_part(parts, name, mutated))
            if rng.random() < 0.2:
                hostile_xlsx.lie_about_size(target, name, rng.choice([0, 1, 2048, 0xFFFFFFF0]))
        return open(target, "rb").read()
    except Exception:  # a mutation that does not apply to this seed: mutate bytes instead
        return mutate_bytes(rng, data)
    finally:
        for path in (source, target):
            if os.path.exists(path):
                os.remove(path)


def mutate_grid(rng, data):
    text = data.decode("utf-8", "replace")
    choice = rng.randrange(7)
    if choice == 0:
        return mutate_bytes(rng, data)
    if choice == 1:
        return replace_random_match(rng, text, r"((?:weight|value|min|max|level): )-?[\d.]+", lambda m: m.group(1) + rng.choice(NASTY_NUMBERS)).encode()
    if choice == 2:
        return replace_random_match(rng, text, r"((?:title|question|label|help): ).*", lambda m: m.group(1) + '"%s"' % rng.choice(NASTY_TEXTS)).encode()
    if choice == 3:
        lines = text.split("\n")
        line = rng.randrange(len(lines))
        lines.insert(line, lines[line])
        return "\n".join(lines).encode()
    if choice == 4:
        return replace_random_match(rng, text, r"(?<=id: )\S+", lambda m: rng.choice(["", "Bad Id", m.group(0) * 2, "a" * 300, "x..y"])).encode()
    if choice == 5:
        return (text + "\nextra: &a [1,2,3,4,5,6,7,8,9]\nmore: [" + ",".join(["*a"] * 9) + "]\n").encode()
    return text.replace("version: ", "version: " + rng.choice(["99999999999999999999.0.0", "1.0", "0x1.0.0", "1.0.0-beta"]), 1).encode()


def mutate_fill(rng, data):
    tokens = NASTY_NUMBERS + ["na", "?", "b", "c", "oui", "n", "3", "2", "Établi", "", "q", "\x00", "\x1b[2J", "x" * 6000, "é" * 40000,
                              "\u2028", "\x0b", "Ã©", "c\n" + "y" * 6000, "c\n\x01", "c\nok"]
    lines = [rng.choice(tokens) for _ in range(rng.randint(3, 40))]
    return ("\n".join(lines) + "\nq\n").encode("utf-8", "surrogatepass")


# MARK: Classification

LINE_COLUMN = r":\d+:\d+: "


def located(path, stderr, family):
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    if not lines:
        return False
    prefix = re.escape(path)
    pattern = prefix + (": " if family == "xlsx" else LINE_COLUMN)
    return all(re.match(pattern, line) for line in lines)


def run_mutant(tool, base, base_hash, directory, family, index, name, content):
    work = os.path.join(directory, "m%04d" % index)
    os.makedirs(work, exist_ok=True)
    extension = os.path.splitext(name)[1]
    path = os.path.join(work, "mutant%s" % extension)
    open(path, "wb").write(content)
    db = os.path.join(work, "copy.sqlite")
    copy_database(base, db)
    if family == "grid":
        command, code, out, err = tool.run(["referentiel", "validate", path])
    elif family == "fill":
        command, code, out, err = tool.run(["fill", ORGANISATION, GRID, "--role", "salarie"], db=db, stdin=content)
    else:
        command, code, out, err = tool.run(["assess", "import", path], db=db)
    if code is None:
        outcome = "hang"
    elif code < 0 or code not in (0, 1, 2):
        outcome = "crash"
    elif code == 0:
        outcome = "accepted"
        if family in ("json", "csv", "xlsx"):
            report = os.path.join(work, "report.xlsx")
            _, report_code, _, report_err = tool.run(["report", "org", ORGANISATION, "-o", report], db=db)
            if report_code != 0:
                outcome, err = "report-broken", report_err
    elif code == 2 or family == "fill" or not located(path, err, family):
        # fill asks again after a wrong answer: it has no reason to exit 1.
        outcome = "unlocated"
    else:
        outcome = "refused-located"
    if outcome in ("refused-located", "unlocated") and family not in ("grid", "fill") and dump_hash(db) != base_hash:
        outcome = "changed-on-refusal"
    return outcome, command, code, err.decode("utf-8", "replace"), work


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/debug/pratiques"))
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--keep", default=None, help="folder where the mutants in a bad class are kept")
    options = parser.parse_args()
    families = [f for f in options.families.split(",") if f]
    if not os.access(options.bin, os.X_OK):
        sys.exit("fuzz: %s is not built (swift build)" % options.bin)
    tool = Tool(os.path.abspath(options.bin), os.path.join(ROOT, "referentiels"), options.timeout)
    directory = tempfile.mkdtemp(prefix="pratiques-fuzz-")
    keep = options.keep or os.path.join(directory, "bad")
    try:
        base, seeds = build_seeds(tool, directory)
        base_hash = dump_hash(base)
        rng = random.Random(options.seed)
        weighted = [f for f in families for _ in range(WEIGHTS[f])]
        plan = []
        for index in range(options.count):
            family = rng.choice(weighted)
            name, data = rng.choice(seeds[family])
            mutant_rng = random.Random("%d-%d" % (options.seed, index))
            rounds = 1 if mutant_rng.random() < 0.7 else mutant_rng.randint(2, 4)
            content = data
            for _ in range(rounds if family != "fill" else 1):
                if family == "json":
                    content = mutate_json(mutant_rng, content)
                elif family == "csv":
                    content = mutate_csv(mutant_rng, content)
                elif family == "xlsx":
                    content = mutate_xlsx(mutant_rng, content, directory, index)
                elif family == "grid":
                    content = mutate_grid(mutant_rng, content)
                else:
                    content = mutate_fill(mutant_rng, content)
            plan.append((family, index, name, content))
        table = {family: {c: 0 for c in CLASSES} for family in families}
        bad = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
            futures = {pool.submit(run_mutant, tool, base, base_hash, directory, *item): item for item in plan}
            for future in concurrent.futures.as_completed(futures):
                family, index, name, content = futures[future]
                outcome, command, code, err, work = future.result()
                table[family][outcome] += 1
                if outcome in BAD:
                    os.makedirs(keep, exist_ok=True)
                    kept = os.path.join(keep, "%04d-%s%s" % (index, family, os.path.splitext(name)[1]))
                    open(kept, "wb").write(content)
                    bad.append((index, family, outcome, code, kept, " ".join(command[1:3]), err.strip().splitlines()[:3]))
                else:
                    shutil.rmtree(work, ignore_errors=True)
        print("%-6s %6s  %s" % ("family", "n", "  ".join("%*s" % (len(c), c) for c in CLASSES)))
        totals = {c: 0 for c in CLASSES}
        for family in families:
            row = table[family]
            for c in CLASSES:
                totals[c] += row[c]
            print("%-6s %6d  %s" % (family, sum(row.values()), "  ".join("%*d" % (len(c), row[c]) for c in CLASSES)))
        print("%-6s %6d  %s" % ("total", sum(totals.values()), "  ".join("%*d" % (len(c), totals[c]) for c in CLASSES)))
        if bad:
            print("\n%d mutant(s) in a bad class (kept in %s):" % (len(bad), keep))
            for index, family, outcome, code, kept, command, lines in sorted(bad):
                print("- #%d %s %s (exit %s): pratiques %s %s" % (index, family, outcome, code, command, kept))
                for line in lines:
                    print("    " + line[:300])
        return 1 if bad else 0
    finally:
        if options.keep is None and not os.path.isdir(keep):
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
