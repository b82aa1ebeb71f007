"""Every row of a workbook's *Données* sheets (« Données », « Données (2) »…), streamed from the
sheet XML (openpyxl would take minutes on a million rows), and the row-by-row comparison of our
cohort workbook with the C baseline's."""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "baseline"))
from compare_donnees import shared_strings, sheet_parts  # noqa: E402

ROW = re.compile(rb"<row [^>]*>(.*?)</row>", re.S)
CELL = re.compile(rb'<c r="([A-Z]+)\d+"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
VALUE = re.compile(rb"<v>(.*?)</v>", re.S)
INLINE = re.compile(rb"<t[^>]*>(.*?)</t>", re.S)
COLUMNS = "ABCDEFGHIJ"


def rows(path):
    """Each data row as a tuple of 10 values (None for a blank cell), header rows skipped."""
    with zipfile.ZipFile(path) as archive:
        strings = shared_strings(archive)
        for part in sheet_parts(archive):
            with archive.open(part) as stream:
                buffer, first = b"", True
                while True:
                    chunk = stream.read(1 << 22)
                    buffer += chunk
                    end = buffer.rfind(b"</row>") + len(b"</row>") if chunk else len(buffer)
                    for match in ROW.finditer(buffer, 0, end):
                        if first:  # the header
                            first = False
                            continue
                        values = [None] * len(COLUMNS)
                        for column, attributes, body in CELL.findall(match.group(1)):
                            value = VALUE.search(body or b"")
                            if b't="s"' in attributes:
                                values[COLUMNS.index(column.decode())] = strings[int(value.group(1))]
                            elif b't="inlineStr"' in attributes:
                                values[COLUMNS.index(column.decode())] = b"".join(INLINE.findall(body)).decode()
                            elif value is not None:
                                values[COLUMNS.index(column.decode())] = float(value.group(1))
                        yield tuple(values)
                    buffer = buffer[end:]
                    if not chunk:
                        break


def compare(ours, baseline, carried_criteria):
    """(rows of ours, rows of the baseline, rows that differ, criteria of the differing rows,
    rows that differ on another criterion than `carried_criteria`)."""
    count_ours = count_baseline = differing = unexpected = 0
    criteria = {}
    iterator = rows(baseline)
    for mine in rows(ours):
        count_ours += 1
        theirs = next(iterator, None)
        if theirs is None:
            continue
        count_baseline += 1
        if mine != theirs:
            differing += 1
            criteria[mine[6]] = criteria.get(mine[6], 0) + 1
            if mine[:7] != theirs[:7] or mine[6] not in carried_criteria:
                unexpected += 1
                if unexpected <= 3:
                    print(f"  different row: ours {mine} ≠ C {theirs}")
    count_baseline += sum(1 for _ in iterator)
    return count_ours, count_baseline, differing, criteria, unexpected
