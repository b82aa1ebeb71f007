#!/usr/bin/env python3
"""Prints every demo workbook the way a user would (LibreOffice, headless) and checks the pages.

usage: check_print.py DEMO_DIR [--pdf OUT_DIR] [--table]

For each workbook of DEMO_DIR (organisations/, cohorte/, questionnaires/), LibreOffice opens it
through UNO, counts the printed pages of each visible sheet, finds the charts that a page break
crosses, and exports the whole workbook to PDF; the PDF's words (pdftotext -bbox) give the scale
each page prints at (the height of 11-point body text against its height at 100 %).

Checks (exit 1 on any failure, each named):
- every chart of every sheet lies within one page (no row or column break crosses it);
- every sheet of the printed report (all but Données, Métadonnées and the annexes) prints at
  70 % or more; a questionnaire's text prints at 9 points or more;
- « En bref » of every organisation workbook is one page;
- the report of scop-les-charpentiers (without data sheets) is 8 pages or fewer;
- the funder workbook's report part is 6 pages or fewer.

Needs LibreOffice's Python (python3-uno, installed with libreoffice-calc-nogui) and pdftotext
(poppler-utils); `make print-check` installs them.
"""
import collections
import glob
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import uno  # noqa: E402  (LibreOffice's bridge)
from com.sun.star.beans import PropertyValue  # noqa: E402

DATA_SHEETS = re.compile(r"^(Données|Data|Métadonnées|Metadata|Annexe|Annex)")
BODY_HEIGHT_AT_100 = 14.3   # pdftotext box height of an 11-point Carlito word at 100 %
MINIMUM_SCALE = 0.70
QUESTIONNAIRE_MINIMUM_POINTS = 9.0


def prop(name, value):
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Office:
    """One headless LibreOffice, with its own profile, driven over a socket."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="pratiques-lo-")
        self.port = free_port()
        self.process = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
             "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
             "--accept=socket,host=127.0.0.1,port=%d;urp;" % self.port],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(300):
            try:
                context = resolver.resolve("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port)
                break
            except Exception:
                time.sleep(0.2)
        else:
            raise SystemExit("check-print: LibreOffice did not start")
        self.desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def chart_crossings(sheet):
    """Charts of `sheet` that a page break crosses, as text."""
    shapes = sheet.DrawPage
    if shapes.Count == 0:
        return []
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_row, last_column = cursor.RangeAddress.EndRow + 1, cursor.RangeAddress.EndColumn + 1
    row_breaks = [b.Position for b in sheet.getRowPageBreaks() if 0 < b.Position <= last_row]
    column_breaks = [b.Position for b in sheet.getColumnPageBreaks() if 0 < b.Position <= last_column]
    found = []
    for index in range(shapes.Count):
        shape = shapes.getByIndex(index)
        if not shape.supportsService("com.sun.star.drawing.OLE2Shape"):
            continue
        top, height = shape.Position.Y, shape.Size.Height
        left, width = shape.Position.X, shape.Size.Width
        for row in row_breaks:
            y = sheet.getCellByPosition(0, row).Position.Y
            if top + 50 < y < top + height - 50:
                found.append("chart %d crossed by the page break before row %d" % (index + 1, row + 1))
                break
        for column in column_breaks:
            x = sheet.getCellByPosition(column, 0).Position.X
            if left + 50 < x < left + width - 50:
                found.append("chart %d crossed by the page break before column %d" % (index + 1, column + 1))
                break
    return found


def page_words(pdf):
    """Per page, the heights of the words (pdftotext -bbox), header and footer bands left out."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        words = []
        for match in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page):
            y0, y1 = float(match.group(1)), float(match.group(2))
            if y0 > 45 and y1 < height - 45:   # inside the body, not the header or footer
                words.append(round(y1 - y0, 1))
        pages.append(words)
    return pages


def scale_of(words):
    """The scale a page prints at: its most common word height against 11-point text at 100 %."""
    if not words:
        return None
    common = collections.Counter(words).most_common(1)[0][0]
    return common / BODY_HEIGHT_AT_100


def inspect(office, path, pdf_dir):
    """[(sheet, pages, scale, crossings)] for the visible sheets of `path`, and the PDF path."""
    document = None
    for _ in range(3):   # LibreOffice now and then returns nothing on a first load
        document = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                                       (prop("Hidden", True), prop("ReadOnly", True)))
        if document is not None:
            break
        time.sleep(1)
    if document is None:
        raise SystemExit("check-print: LibreOffice could not open %s" % path)
    try:
        sheets = []
        for sheet in document.Sheets:
            if not sheet.IsVisible:
                continue
            pages = document.getRendererCount(sheet, (prop("IsPrinter", True),))
            sheets.append([sheet.Name, pages, None, chart_crossings(sheet)])
        pdf = os.path.join(pdf_dir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(pdf)), (prop("FilterName", "calc_pdf_Export"),))
    finally:
        document.close(True)
    words = page_words(pdf)
    first = 0
    for entry in sheets:
        scales = [scale_of(words[page]) for page in range(first, min(first + entry[1], len(words)))]
        scales = [s for s in scales if s]
        entry[2] = min(scales) if scales else None
        first += entry[1]
    return sheets, pdf


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    demo = argv[1]
    pdf_dir = argv[argv.index("--pdf") + 1] if "--pdf" in argv else tempfile.mkdtemp(prefix="pratiques-pdf-")
    os.makedirs(pdf_dir, exist_ok=True)
    paths = sorted(glob.glob(os.path.join(demo, "organisations", "*.xlsx"))) + \
        sorted(glob.glob(os.path.join(demo, "cohorte", "*.xlsx"))) + \
        sorted(glob.glob(os.path.join(demo, "questionnaires", "*.xlsx")))
    if not paths:
        raise SystemExit("check-print: no workbook under %s (run make demo)" % demo)
    failures = []
    office = Office()
    try:
        print("%-34s %-34s %5s %6s" % ("workbook", "sheet", "pages", "scale"))
        for path in paths:
            name = os.path.relpath(path, demo)
            sheets, _ = inspect(office, path, pdf_dir)
            is_questionnaire = name.startswith("questionnaires")
            report_pages = 0
            for sheet, pages, scale, crossings in sheets:
                printed = not DATA_SHEETS.match(sheet)
                if printed:
                    report_pages += pages
                print("%-34s %-34s %5d %6s%s" % (name, sheet[:34], pages, "—" if scale is None else "%.0f %%" % (scale * 100),
                                                  "" if printed else "  (données, hors rapport)"))
                for crossing in crossings:
                    failures.append("%s, %s: %s" % (name, sheet, crossing))
                if printed and scale is not None:
                    if is_questionnaire and scale * 11 < QUESTIONNAIRE_MINIMUM_POINTS - 0.05:
                        failures.append("%s, %s: text prints at %.1f points (9 or more expected)" % (name, sheet, scale * 11))
                    elif scale < MINIMUM_SCALE - 0.005:
                        failures.append("%s, %s: prints at %.0f %% (70 %% or more expected)" % (name, sheet, scale * 100))
            if name.startswith("organisations"):
                brief = [pages for sheet, pages, _, _ in sheets if sheet in ("En bref", "At a glance")]
                if brief != [1]:
                    failures.append("%s: « En bref » prints on %s page(s), 1 expected" % (name, brief))
                if name.endswith("scop-les-charpentiers.xlsx") and report_pages > 8:
                    failures.append("%s: the report prints on %d pages, 8 or fewer expected" % (name, report_pages))
            if name.endswith("financeur.xlsx") and report_pages > 6:
                failures.append("%s: the report part prints on %d pages, 6 or fewer expected" % (name, report_pages))
            print("%-34s %-34s %5d" % (name, "= rapport imprimé / printed report", report_pages))
    finally:
        office.close()
    print("PDF: %s" % pdf_dir)
    if failures:
        print("\n".join("FAIL " + failure for failure in failures))
        print("check-print: %d failure(s)" % len(failures))
        return 1
    print("check-print: every workbook prints as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
