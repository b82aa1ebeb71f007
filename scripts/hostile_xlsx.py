#!/usr/bin/env python3
"""Write hostile variants of a questionnaire workbook, the way a stranger could send them: used
by the CLI tests (HostileInputTests), the fuzz script and the memory measure of the XLSX reader.

    hostile_xlsx.py BLANK.xlsx OUT.xlsx KIND

KIND is one of the names of KINDS below. Standard library only.
"""
import re
import struct
import sys
import zipfile

SHEET = "xl/worksheets/sheet2.xml"  # the first dimension sheet of a questionnaire
MIB = 1024 * 1024


def read_parts(path):
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info.filename)) for info in archive.infolist()]


def write_parts(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            archive.writestr(name, data)


def replace_part(parts, name, data):
    return [(n, data if n == name else d) for n, d in parts]


def sheet_with(rows_xml):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % rows_xml).encode()


def lie_about_size(path, name, declared):
    """Rewrite the uncompressed size of `name` in its local header and the central directory."""
    data = bytearray(open(path, "rb").read())
    encoded = name.encode()
    for signature, size_offset, name_length_offset, name_offset in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while True:
            index = data.find(signature, start)
            if index < 0:
                break
            length = struct.unpack_from("<H", data, index + name_length_offset)[0]
            if bytes(data[index + name_offset:index + name_offset + length]) == encoded:
                struct.pack_into("<I", data, index + size_offset, declared)
            start = index + 4
    open(path, "wb").write(bytes(data))


def zip_bomb(parts, out):
    """A sheet that inflates to 512 MiB of spaces (500 kB on disk) while its headers declare 2 kB."""
    write_parts(out, [(n, d) for n, d in parts if n != SHEET])
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(SHEET, "w") as entry:
            chunk = b" " * MIB
            for _ in range(512):
                entry.write(chunk)
    lie_about_size(out, SHEET, 2048)


def deep_nesting(parts, out):
    """100,000 nested elements in a sheet."""
    depth = 100_000
    write_parts(out, replace_part(parts, SHEET, sheet_with("<a>" * depth + "</a>" * depth)))


def huge_column(parts, out):
    write_parts(out, replace_part(parts, SHEET, sheet_with('<row r="5"><c r="AAAAAAAAAAAAAAAA5"><v>1</v></c></row>')))


def huge_row(parts, out):
    write_parts(out, replace_part(parts, SHEET, sheet_with('<row r="9223372036854775807"><c><v>1</v></c></row>')))


def row_overflow(parts, out):
    write_parts(out, replace_part(parts, SHEET, sheet_with('<row r="99999999999999999999999"><c><v>1</v></c></row>')))


def many_cells(parts, out):
    """25,000 number cells in one sheet (400 kB of XML)."""
    cells = "<c><v>1</v></c>" * 1_000
    write_parts(out, replace_part(parts, SHEET, sheet_with("".join("<row>%s</row>" % cells for _ in range(25)))))


def big_part(parts, out):
    """A sheet of 60 MB of valid XML (comments), far beyond any questionnaire."""
    write_parts(out, replace_part(parts, SHEET, sheet_with("<!--" + "x" * (60 * MIB) + "-->")))


def largest_allowed(parts, out):
    """The most the reader's limits let through, for the memory measure: 2 MiB of shared
    strings (49,000 short ones and 15 of 32,000 characters), then every dimension sheet 1.9 MiB
    (3,000 cells naming the longest strings, and a 1.8 MB comment, XML's largest single token),
    until the 16 MiB inflated in all are reached."""
    long_text = "é" * 32_000
    strings = ["<si><t>%s</t></si>" % long_text for _ in range(15)] + ["<si><t>%05d</t></si>" % i for i in range(49_000)]
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main">%s</sst>' % "".join(strings)).encode()
    cells = "".join('<c t="s"><v>%d</v></c>' % (i % 15) for i in range(100))
    sheet = sheet_with("".join("<row>%s</row>" % cells for _ in range(30)) + "<!--" + "x" * 1_800_000 + "-->")
    parts = replace_part(parts, "xl/sharedStrings.xml", shared)
    parts = [(n, sheet if n.startswith("xl/worksheets/") and n != "xl/worksheets/sheet1.xml" else d) for n, d in parts]
    write_parts(out, parts)


def largest_accepted(parts, out):
    """A questionnaire that is read and imported, grown to the reader's limits: 2 MiB of shared
    strings (its own, then 15 of 32,000 characters and 48,000 short ones), and extra sheets of
    1.9 MiB each (2,500 cells naming the longest strings and a 1.8 MB comment) until the
    workbook holds nearly 20,000 cells and 16 MiB inflated."""
    parts = dict(parts)
    shared = parts["xl/sharedStrings.xml"].decode()
    own = shared.count("<si>")
    extra = "".join("<si><t>%s</t></si>" % ("é" * 32_000) for _ in range(15)) + "".join("<si><t>%05d</t></si>" % i for i in range(48_000))
    shared = re.sub(r' count="\d+" uniqueCount="\d+"', "", shared).replace("</sst>", extra + "</sst>")
    parts["xl/sharedStrings.xml"] = shared.encode()
    cells = "".join('<c t="s"><v>%d</v></c>' % (own + i % 15) for i in range(100))
    sheet = sheet_with("".join("<row>%s</row>" % cells for _ in range(25)) + "<!--" + "x" * 1_800_000 + "-->")
    workbook, relations = parts["xl/workbook.xml"].decode(), parts["xl/_rels/workbook.xml.rels"].decode()
    types = parts["[Content_Types].xml"].decode()
    for index in range(7):
        name = "xl/worksheets/extra%d.xml" % index
        parts[name] = sheet
        workbook = workbook.replace("</sheets>", '<sheet name="Extra %d" sheetId="%d" r:id="rIdX%d"/></sheets>' % (index, 100 + index, index))
        relations = relations.replace("</Relationships>", '<Relationship Id="rIdX%d" Type="http://schemas.openxmlformats.org/'
                                      'officeDocument/2006/relationships/worksheet" Target="worksheets/extra%d.xml"/></Relationships>' % (index, index))
        types = types.replace("</Types>", '<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.'
                              'spreadsheetml.worksheet+xml"/></Types>' % name)
    parts["xl/workbook.xml"], parts["xl/_rels/workbook.xml.rels"] = workbook.encode(), relations.encode()
    parts["[Content_Types].xml"] = types.encode()
    write_parts(out, list(parts.items()))


def inline_heavy(parts, out):
    """Extra sheets of 1.9 MiB each holding 60 distinct inline strings of 32,000 characters,
    until the workbook reaches 16 MiB inflated: the most text the reader could keep."""
    parts = dict(parts)
    workbook, relations = parts["xl/workbook.xml"].decode(), parts["xl/_rels/workbook.xml.rels"].decode()
    for index in range(8):
        cells = "".join('<c t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i % 26) * 32_000) for i in range(60))
        name = "xl/worksheets/inline%d.xml" % index
        parts[name] = sheet_with("<row>%s</row>" % cells)
        workbook = workbook.replace("</sheets>", '<sheet name="Inline %d" sheetId="%d" r:id="rIdI%d"/></sheets>' % (index, 200 + index, index))
        relations = relations.replace("</Relationships>", '<Relationship Id="rIdI%d" Type="http://schemas.openxmlformats.org/'
                                      'officeDocument/2006/relationships/worksheet" Target="worksheets/inline%d.xml"/></Relationships>' % (index, index))
    parts["xl/workbook.xml"], parts["xl/_rels/workbook.xml.rels"] = workbook.encode(), relations.encode()
    write_parts(out, list(parts.items()))


def many_shared_strings(parts, out):
    strings = "".join("<si><t>%d</t></si>" % (i % 10) for i in range(60_000))
    shared = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">%s</sst>' % strings).encode()
    write_parts(out, replace_part(parts, "xl/sharedStrings.xml", shared))


def long_cell(parts, out):
    write_parts(out, replace_part(parts, SHEET, sheet_with('<row r="5"><c r="F5" t="inlineStr"><is><t>%s</t></is></c></row>' % ("a" * 40_000))))


def doctype(parts, out):
    """The billion laughs: entities expanding to gigabytes."""
    entities = '<!ENTITY lol "lol">' + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i else "&lol;") * 10) for i in range(10))
    xml = ('<?xml version="1.0"?><!DOCTYPE worksheet [%s]><worksheet xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main"><sheetData><row r="5"><c r="F5" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
           '</sheetData></worksheet>' % entities)
    write_parts(out, replace_part(parts, SHEET, xml.encode()))


def many_entries(parts, out):
    write_parts(out, parts + [("xl/media/empty%d.bin" % i, b"") for i in range(20_000)])


def many_sheets(parts, out):
    workbook = dict(parts)["xl/workbook.xml"].decode()
    extra = "".join('<sheet name="S%d" sheetId="%d" r:id="rId3"/>' % (i, 1000 + i) for i in range(2_000))
    write_parts(out, replace_part(parts, "xl/workbook.xml", workbook.replace("</sheets>", extra + "</sheets>").encode()))


def lying_size(parts, out):
    """An ordinary file whose headers declare a 4 GB sheet."""
    write_parts(out, parts)
    lie_about_size(out, SHEET, 0xFFFFFFF0)


def bad_shared_index(parts, out):
    write_parts(out, replace_part(parts, SHEET, sheet_with('<row r="5"><c r="E5" t="s"><v>99999999999999999999</v></c></row>')))


def bad_number(parts, out):
    write_parts(out, replace_part(parts, SHEET, sheet_with('<row r="5"><c r="E5"><v>0x10</v></c></row>')))


def broken_xml(parts, out):
    write_parts(out, replace_part(parts, SHEET, dict(parts)[SHEET][:-40]))


def not_a_zip(parts, out):
    open(out, "wb").write(b"PK\x03\x04" + b"\x00" * 200)


KINDS = {function.__name__: function for function in (
    zip_bomb, deep_nesting, huge_column, huge_row, row_overflow, many_cells, big_part, largest_allowed, largest_accepted,
    inline_heavy, many_shared_strings,
    long_cell, doctype, many_entries, many_sheets, lying_size, bad_shared_index, bad_number, broken_xml, not_a_zip)}


def main(argv):
    if len(argv) != 4 or argv[3].replace("-", "_") not in KINDS:
        sys.exit(__doc__ + "\nKINDS: " + ", ".join(sorted(k.replace("_", "-") for k in KINDS)))
    KINDS[argv[3].replace("-", "_")](read_parts(argv[1]), argv[2])


if __name__ == "__main__":
    main(sys.argv)
