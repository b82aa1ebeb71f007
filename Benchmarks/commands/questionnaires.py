"""Filled questionnaires for the end-to-end benchmark: the blank workbook of
`pratiques report questionnaire` (one per grid, newest version), filled the way an office suite
saves it (the technique of scripts/fill_questionnaire.py: the blank cells replaced in the sheet
XML keeping their style, texts added to the shared strings), without an office suite so that a
thousand take seconds.

Each filled workbook: organisation, role (French label), first name (most), date (as text, or
as a date number as a spreadsheet turns a typed date); per criterion a dropdown label
(`3 — Établi`, « Non applicable », Oui / Non), sometimes a level typed as a number, numbers as
number cells, free texts, comments; 5 % of criteria left empty.
"""
import datetime
import os
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape

from vocabulary import COMMENTS, FIRST_NAMES, ROLE_BIAS, ROLE_LABELS, TEXTS, number_for

CELL = re.compile(r'<c r="([A-Z]+)(\d+)"( s="\d+")?/>')
SHEET = re.compile(r'<sheet name="([^"]*)"[^>]*r:id="([^"]+)"')


class Blank:
    """A blank questionnaire, cut once around the cells to fill."""

    def __init__(self, path, grid):
        with zipfile.ZipFile(path) as archive:
            self.order = [info.filename for info in archive.infolist()]
            self.parts = {name: archive.read(name) for name in self.order}
        workbook = self.parts["xl/workbook.xml"].decode()
        relations = self.parts["xl/_rels/workbook.xml.rels"].decode()
        targets = dict(re.findall(r'<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"', relations))
        sheets = [("xl/" + targets[rid].lstrip("/")) for _, rid in SHEET.findall(workbook)]
        # Cover first, then one sheet per dimension in grid order, the hidden sheet last.
        self.cover = self.cut(sheets[0])
        self.dimension_sheets = [self.cut(part) for part in sheets[1:1 + len(grid.dimensions)]]
        shared = self.parts["xl/sharedStrings.xml"].decode()
        self.shared_items = shared[shared.index("<si>"):shared.rindex("</sst>")]
        self.shared_open = shared[:shared.index("<si>")]
        self.unique = int(re.search(r'uniqueCount="(\d+)"', shared).group(1))
        self.count = int(re.search(r' count="(\d+)"', shared).group(1))
        self.grid = grid

    def cut(self, part):
        """(part, literal pieces, cells between them: (reference, style))."""
        xml = self.parts[part].decode()
        pieces, cells, last = [], [], 0
        for match in CELL.finditer(xml):
            pieces.append(xml[last:match.start()])
            cells.append((match.group(1) + match.group(2), match.group(3) or ""))
            last = match.end()
        pieces.append(xml[last:])
        return part, pieces, cells

    def write(self, path, cover, answers):
        """Writes a filled copy: `cover` and `answers` map cell references (`B4`; per dimension
        sheet `E5`) to a string or a number."""
        strings = []

        def cell(reference, style, value):
            if value is None:
                return f'<c r="{reference}"{style}/>'
            if isinstance(value, str):
                strings.append(value)
                return f'<c r="{reference}"{style} t="s"><v>{self.unique + len(strings) - 1}</v></c>'
            return f'<c r="{reference}"{style}><v>{value!r}</v></c>'

        def fill(sheet, values):
            part, pieces, cells = sheet
            out = [pieces[0]]
            for (reference, style), piece in zip(cells, pieces[1:]):
                out.append(cell(reference, style, values.get(reference)))
                out.append(piece)
            return part, "".join(out).encode()

        parts = dict(self.parts)
        for sheet, values in [(self.cover, cover)] + list(zip(self.dimension_sheets, answers)):
            part, data = fill(sheet, values)
            parts[part] = data
        added = "".join(f'<si><t xml:space="preserve">{escape(text)}</t></si>' for text in strings)
        opening = re.sub(r'uniqueCount="\d+"', f'uniqueCount="{self.unique + len(strings)}"', self.shared_open)
        opening = re.sub(r' count="\d+"', f' count="{self.count + len(strings)}"', opening)
        parts["xl/sharedStrings.xml"] = (opening + self.shared_items + added + "</sst>").encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in self.order:
                archive.writestr(name, parts[name])


def excel_serial(day):
    return float((datetime.date.fromisoformat(day) - datetime.date(1899, 12, 30)).days)


def answer_cells(grid, rng, bias):
    """Per dimension sheet: {`E<row>`: answer, `F<row>`: comment}."""
    sheets = []
    for _, criteria in grid.dimensions:
        cells = {}
        for index, criterion in enumerate(criteria):
            row = 5 + index
            if rng.random() < 0.08:
                cells[f"F{row}"] = COMMENTS[rng.randrange(len(COMMENTS))]
            if rng.random() < 0.05:
                continue
            if criterion.allows_na and rng.random() < 0.1:
                cells[f"E{row}"] = "Non applicable"
                continue
            if criterion.kind == "text":
                cells[f"E{row}"] = TEXTS[rng.randrange(len(TEXTS))]
                continue
            top = len(criterion.levels) - 1 if criterion.levels else 4
            level_index = max(0, min(top, int(round(rng.uniform(0.5, 3.2) + bias + rng.gauss(0, 0.6)))))
            if criterion.kind == "level":
                value, label = criterion.levels[level_index]
                cells[f"E{row}"] = float(value) if rng.random() < 0.1 else f"{value} — {label}"
            elif criterion.kind == "number":
                cells[f"E{row}"] = number_for(criterion, level_index, rng)
            else:
                cells[f"E{row}"] = "Oui" if (level_index >= 2) == criterion.yes_good else "Non"
        sheets.append(cells)
    return sheets


def write_all(pratiques, folder, grids, organisations, out, count, rng):
    """Writes `count` filled questionnaires into `out`: three respondents per organisation, in
    organisation order, each on the organisation's first grid (newest version), dated in 2027."""
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        os.remove(os.path.join(out, name))
    blanks = {}
    written = 0
    for organisation in organisations:
        if written == count:
            break
        grid_id = organisation.grids[0]
        if grid_id not in blanks:
            path = os.path.join(out, f"vierge-{grid_id}.xlsx")
            subprocess.run([pratiques, "report", "questionnaire", grid_id, "--referentiels", folder, "-o", path], check=True,
                           capture_output=True)
            blanks[grid_id] = Blank(path, grids[grid_id][-1])
            os.remove(path)
        blank = blanks[grid_id]
        day = organisation.date(2027)
        for role in rng.sample(organisation.roles, 3):
            if written == count:
                break
            cover = {"B4": organisation.slug, "B5": ROLE_LABELS[role], "B7": excel_serial(day) if rng.random() < 0.3 else day}
            if rng.random() < 0.7:
                cover["B6"] = rng.choice(FIRST_NAMES)
            written += 1
            blank.write(os.path.join(out, f"q-{written:04d}.xlsx"), cover, answer_cells(blank.grid, rng, ROLE_BIAS[role]))
    return written
