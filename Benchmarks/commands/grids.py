"""The grids of the end-to-end benchmark, read through `pratiques referentiel list/show --json`
(the tool's own loader: no second YAML reader), and the grids folder the benchmark uses.

The benchmark's grids are the shipped ones (`referentiels/`, every version found there) plus a
network's own grid with yes/no and free-text criteria (`Benchmarks/commands/grilles/`), copied
into one folder given to every command with `--referentiels`.
"""
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def version_key(text):
    return tuple(int(part) for part in text.split("."))


def assemble(folder):
    """Copies the shipped grids and the benchmark's own into `folder` (replaced)."""
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    for source in (os.path.join(ROOT, "referentiels"), os.path.join(HERE, "grilles")):
        for name in sorted(os.listdir(source)):
            path = os.path.join(source, name)
            if os.path.isdir(path):
                shutil.copytree(path, os.path.join(folder, name))


class Criterion:
    __slots__ = ("id", "dimension", "kind", "allows_na", "levels", "bands", "bounds", "maximum", "scored", "fact", "yes_good",
                 "applies_to")

    def __init__(self, raw, dimension, scales, dimension_applies_to=None):
        self.id = raw["id"]
        self.dimension = dimension
        self.kind = raw["kind"]
        self.allows_na = bool(raw.get("not_applicable"))
        self.fact = bool(raw.get("fact"))  # one value per assessment: entered once, never averaged
        self.yes_good = raw.get("yes_is", "good") != "bad"
        # Conditions on the organisation's profile: the dimension's and the criterion's, all to hold.
        self.applies_to = [conditions for conditions in (dimension_applies_to, raw.get("applies_to")) if conditions]
        scale = scales.get(raw.get("scale"))
        # (value, French label) of the scale's levels, in order.
        self.levels = [(level["value"], level["label"]["fr"]) for level in scale["levels"]] if scale else []
        # (low, high, level): a band's own limits, `None` where it writes none.
        self.bands = [(band.get("min"), band.get("max"), band["level"]) for band in raw.get("bands") or []]
        bounds = raw.get("bounds") or {}
        self.bounds = (bounds.get("min"), bounds.get("max"))
        if self.kind == "yes_no":
            self.maximum = 1
        elif self.kind == "level" or (self.kind == "number" and self.bands):
            self.maximum = max((value for value, _ in self.levels), default=0)
        else:  # text, and indicators (numbers without bands): never scored
            self.maximum = 0
        self.scored = self.kind != "text" and self.maximum > 0

    def intervals(self):
        """Each band as (low, low included, high, high included, level): a band's limit is its
        own `min`/`max` (included), else its neighbour's (excluded), else open."""
        result = []
        for index, (low, high, level) in enumerate(self.bands):
            low_in, high_in = low is not None, high is not None
            if low is None and index > 0:
                low = self.bands[index - 1][1]
            if high is None and index + 1 < len(self.bands):
                high = self.bands[index + 1][0]
            result.append((low, low_in, high, high_in, level))
        return result

    def band_level(self, number):
        """The level a number answer gets: the band that holds it."""
        for low, low_in, high, high_in, level in self.intervals():
            if low is not None and (number < low or (number == low and not low_in)):
                continue
            if high is not None and (number > high or (number == high and not high_in)):
                continue
            return level
        return None

    def applies(self, profile):
        """Whether the criterion concerns an organisation of `profile` ({field: value}; a field
        missing is unknown, and an unknown field excludes nothing)."""
        for conditions in self.applies_to:
            for field, wanted in conditions.items():
                known = profile.get(field)
                if known is None:
                    continue
                if isinstance(wanted, list) and known not in wanted:
                    return False
                if not isinstance(wanted, list) and known != wanted:
                    return False
        return True


class GridVersion:
    def __init__(self, raw):
        self.id = raw["id"]
        self.version = raw["version"]
        scales = {scale["id"]: scale for scale in raw["scales"]}
        self.dimensions = []
        self.criteria = []
        for dimension in raw["dimensions"]:
            criteria = [Criterion(c, dimension["id"], scales, dimension.get("applies_to")) for c in dimension["criteria"]]
            self.dimensions.append((dimension["id"], criteria))
            self.criteria += criteria
        self.by_id = {c.id: c for c in self.criteria}
        self.migration = raw.get("migration")


def load(pratiques, folder):
    """{grid id: [GridVersion, oldest first]} for every grid of `folder`."""
    def run(*arguments):
        return json.loads(subprocess.run([pratiques, "referentiel", *arguments, "--referentiels", folder, "--json"],
                                         check=True, capture_output=True, text=True).stdout)
    grids = {}
    for entry in run("list"):
        grids.setdefault(entry["id"], []).append(entry["version"])
    loaded = {}
    for grid_id, versions in sorted(grids.items()):
        loaded[grid_id] = [GridVersion(run("show", grid_id, "--version", version)["referentiel"])
                           for version in sorted(versions, key=version_key)]
    return loaded


def write_manifests(grids, folder):
    """What the baselines need of the grids, as a plain script would hard-code it:
    `grids.json` (criterion kinds per grid version, for the Python import baseline) and
    `grids.tsv` (the newest version's criteria with dimension, kind, maximum, bands, fact and
    yes/no polarity, in grid order, for the C baseline), `carried.txt` (for the comparison of
    the Données sheets)."""
    kinds = {grid_id: {g.version: {c.id: c.kind for c in g.criteria} for g in versions} for grid_id, versions in grids.items()}
    with open(os.path.join(folder, "grids.json"), "w", encoding="utf-8") as handle:
        json.dump(kinds, handle, ensure_ascii=False, indent=1, sort_keys=True)
    # Criteria that a migration fills from other criteria (split, merge, renamed): only ours
    # carries older answers onto them, the C baseline leaves them blank (`carried.txt`).
    carried = set()
    for versions in grids.values():
        for version in versions:
            for step in (version.migration or {}).get("criteria", []):
                if step["kind"] != "equal" or step["from"] != step["to"]:
                    carried.update(step.get("to") or [])
    with open(os.path.join(folder, "carried.txt"), "w", encoding="utf-8") as handle:
        handle.write("".join(criterion + "\n" for criterion in sorted(carried)))
    with open(os.path.join(folder, "grids.tsv"), "w", encoding="utf-8") as handle:
        for grid_id, versions in sorted(grids.items()):
            newest = versions[-1]
            for criterion in newest.criteria:
                # low:included:high:included:level, a limit left empty when open.
                bands = ",".join(":".join(["" if low is None else repr(float(low)), str(int(low_in)),
                                           "" if high is None else repr(float(high)), str(int(high_in)), str(level)])
                                 for low, low_in, high, high_in, level in criterion.intervals())
                handle.write("\t".join([grid_id, newest.version, criterion.dimension, criterion.id, criterion.kind,
                                        str(criterion.maximum), "1" if criterion.scored else "0", bands or "-",
                                        "1" if criterion.fact else "0", "1" if criterion.yes_good else "0"]) + "\n")
