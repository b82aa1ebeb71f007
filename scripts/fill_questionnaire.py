#!/usr/bin/env python3
"""Fill a questionnaire workbook of `pratiques report questionnaire` the way an office suite
saves it, without an office suite: used by the demo and by the CLI tests.

    fill_questionnaire.py BLANK.xlsx FILLED.xlsx 'Répondant!B4=ruche' 'Règles!E5=3 — Établi' 'Règles!E6=#32.5'

Each CELL=VALUE replaces the blank cell (keeping its style): a value starting with `#` is a
number, any other value a shared string (added to xl/sharedStrings.xml). Standard library only.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    source, target, edits = argv[1], argv[2], argv[3:]
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
        order = [info.filename for info in archive.infolist()]
    workbook = parts["xl/workbook.xml"].decode()
    relations = parts["xl/_rels/workbook.xml.rels"].decode()
    shared = parts["xl/sharedStrings.xml"].decode()

    def sheet_part(name):
        match = re.search(r'<sheet name="%s"[^>]*r:id="([^"]+)"' % re.escape(escape(name, {'"': "&quot;"})), workbook)
        if not match:
            sys.exit("no sheet %r" % name)
        target = re.search(r'<Relationship Id="%s"[^>]*Target="([^"]+)"' % match.group(1), relations).group(1)
        return target.lstrip("/") if target.startswith("/") else "xl/" + target

    for edit in edits:
        reference, value = edit.split("=", 1)
        sheet, cell = reference.rsplit("!", 1)
        name = sheet_part(sheet)
        xml = parts[name].decode()
        match = re.search(r'<c r="%s"( s="[0-9]+")?[^>]*?(/>|>.*?</c>)' % cell, xml)
        if not match:
            sys.exit("no cell %s" % reference)
        style = match.group(1) or ""
        if value.startswith("#"):
            replacement = '<c r="%s"%s><v>%s</v></c>' % (cell, style, value[1:])
        else:
            index = shared.count("<si>")
            shared = shared.replace("</sst>", '<si><t xml:space="preserve">%s</t></si></sst>' % escape(value))
            shared = re.sub(r'uniqueCount="\d+"', 'uniqueCount="%d"' % (index + 1), shared)
            replacement = '<c r="%s"%s t="s"><v>%d</v></c>' % (cell, style, index)
        parts[name] = (xml[:match.start()] + replacement + xml[match.end():]).encode()
    parts["xl/sharedStrings.xml"] = shared.encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            archive.writestr(name, parts[name])


if __name__ == "__main__":
    main(sys.argv)
