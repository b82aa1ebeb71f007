#!/usr/bin/env python3
"""Checks that several workbooks hold the same *Données* cells (cohort benchmark).

Reading 3.9 million rows with openpyxl would take minutes, so this reads the sheet parts
directly: for each workbook, the sheets named « Données… » in order (« Données », « Données (2) »…), the number
of data rows of each (the last `<row r=…>` of the part), and the cells of the first and last
ROWS data rows of the whole sheet group (shared strings, inline strings, numbers and dates
compared as values, styles not compared). Prints one line per workbook and exits 1 on a
difference.

usage: compare_donnees.py ROWS WORKBOOK.xlsx...
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
ROW = re.compile(rb"<row [^>]*>.*?</row>", re.S)
LAST_ROW = re.compile(rb'<row r="(\d+)"')
SHEET_NAME = re.compile(r"^Données\b")


def sheet_parts(archive: zipfile.ZipFile) -> list:
    """The parts of the Données sheets, in workbook order."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    relations = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {relation.get("Id"): relation.get("Target") for relation in relations.iter(RELS + "Relationship")}
    parts = []
    for sheet in workbook.iter(MAIN + "sheet"):
        if SHEET_NAME.match(sheet.get("name")):
            target = targets[sheet.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
            parts.append(target.lstrip("/") if target.startswith("/xl/") else "xl/" + target)
    return parts


def shared_strings(archive: zipfile.ZipFile) -> list:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    return ["".join(text.text or "" for text in item.iter(MAIN + "t")) for item in root.iter(MAIN + "si")]


def cells(row_xml: bytes, strings: list) -> list:
    """The values of a row, in column order (blank cells skipped)."""
    row = ET.fromstring(row_xml)
    values = []
    for cell in row:
        kind = cell.get("t")
        if kind == "inlineStr":
            values.append("".join(text.text or "" for text in cell.iter("t")))
        elif kind == "s":
            values.append(strings[int(cell.find("v").text)])
        elif kind == "str":
            values.append(cell.find("v").text or "")
        elif cell.find("v") is not None:
            values.append(float(cell.find("v").text))
    return values


def summary(path: str, count: int) -> tuple:
    """(rows per sheet, first `count` data rows, last `count` data rows)."""
    with zipfile.ZipFile(path) as archive:
        strings = shared_strings(archive)
        sizes, head, tail = [], [], []
        for part in sheet_parts(archive):
            with archive.open(part) as stream:
                buffer, last, first_chunk = b"", b"", True
                while True:
                    chunk = stream.read(1 << 20)
                    if not chunk:
                        break
                    buffer += chunk
                    if first_chunk and len(head) < count:
                        rows = ROW.findall(buffer)[1:]  # the header row first
                        head += [cells(row, strings) for row in rows[: count - len(head)]]
                        first_chunk = len(buffer) < (4 << 20) and len(head) < count
                    last = buffer[-(4 << 20):]
                    buffer = last
                numbers = LAST_ROW.findall(last)
                sizes.append(int(numbers[-1]) - 1 if numbers else 0)
                rows = ROW.findall(last)
                if rows:
                    tail = (tail + [cells(row, strings) for row in rows if not row.startswith(b'<row r="1"')])[-count:]
        return sizes, head, tail


def main() -> None:
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        sys.exit(2)
    count = int(sys.argv[1])
    reference = None
    failed = False
    for path in sys.argv[2:]:
        sizes, head, tail = summary(path, count)
        print(f"{path}: {sum(sizes)} data rows on {len(sizes)} sheet(s) {sizes}; {len(head)} first and {len(tail)} last rows read")
        if reference is None:
            reference = (path, sizes, head, tail)
            continue
        if sizes != reference[1]:
            print(f"  DIFFERENT row counts from {reference[0]}")
            failed = True
        for label, mine, theirs in (("first", head, reference[2]), ("last", tail, reference[3])):
            for index, (a, b) in enumerate(zip(mine, theirs)):
                if a != b:
                    print(f"  DIFFERENT {label} rows, #{index}: {a} ≠ {b} ({reference[0]})")
                    failed = True
                    break
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
