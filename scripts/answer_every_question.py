#!/usr/bin/env python3
"""Answer every question of a questionnaire of `pratiques report questionnaire`, the way a person
would in an office suite: the first choice of each dropdown, the lowest allowed number, a word
for free text; the cover filled in. Used by the tests and the print check to take every shipped
grid's questionnaire through a full round trip.

    answer_every_question.py BLANK.xlsx FILLED.xlsx ORGANISATION ROLE [NAME]

Standard library only (the cells are written by fill_questionnaire.py).
"""
import html
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fill_questionnaire  # noqa: E402


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    source, target, organisation, role = argv[1:5]
    name = argv[5] if len(argv) > 5 else None
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info.filename).decode("utf-8", "replace") for info in archive.infolist()
                 if info.filename.endswith(".xml") or info.filename.endswith(".rels")}
    workbook, relations = parts["xl/workbook.xml"], parts["xl/_rels/workbook.xml.rels"]
    shared = [html.unescape(re.sub(r"<[^>]+>", "", si)) for si in re.findall(r"<si>(.*?)</si>", parts.get("xl/sharedStrings.xml", ""), re.S)]
    sheets = []
    for sheet_name, rid in re.findall(r'<sheet name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
        target_part = re.search(r'<Relationship Id="%s"[^>]*Target="([^"]+)"' % rid, relations).group(1)
        sheets.append((html.unescape(sheet_name), target_part.lstrip("/") if target_part.startswith("/") else "xl/" + target_part))
    edits = ["%s!B4=%s" % (sheets[0][0], organisation), "%s!B5=%s" % (sheets[0][0], role)]
    if name:
        edits.append("%s!B6=%s" % (sheets[0][0], name))
    for sheet_name, part in sheets[1:]:
        xml = parts[part]
        if "<sheetProtection" not in xml:
            continue   # the hidden _pratiques sheet
        validations = {}
        for match in re.finditer(r'<dataValidation ([^>]*)>(.*?)</dataValidation>', xml, re.S):
            attributes, body = match.group(1), match.group(2)
            sqref = re.search(r'sqref="([^"]+)"', attributes).group(1)
            formula = re.search(r"<formula1>(.*?)</formula1>", body, re.S)
            validations[sqref] = (re.search(r'type="([^"]+)"', attributes).group(1), html.unescape(formula.group(1)) if formula else "")
        row = 5
        while True:
            cell = re.search(r'<c r="A%d"[^>]*t="s"[^>]*><v>(\d+)</v></c>' % row, xml)
            if not cell:
                break
            kind, formula = validations.get("E%d" % row, ("none", ""))
            if kind == "list":
                value = formula.strip('"').split(",")[0]
            elif kind == "decimal":
                value = "#" + (formula if re.fullmatch(r"-?[\d.]+", formula or "") else "1")
            else:
                value = "réponse libre de " + shared[int(cell.group(1))]
            edits.append("%s!E%d=%s" % (sheet_name, row, value))
            row += 1
    fill_questionnaire.main(["fill_questionnaire.py", source, target] + edits)


if __name__ == "__main__":
    main(sys.argv)
