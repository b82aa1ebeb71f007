import Foundation
import Testing
import ZIPFoundation
@testable import PratiquesReports

/// The XLSX reader on files a stranger could send: every one is refused with the part (and the
/// cell) at fault, within its limits; none crashes, hangs or fills the memory. Limits are made
/// small here so that each is reached with a small file; `scripts/hostile_xlsx.py` and the CLI
/// tests do the same at full size.
@Suite struct HostileXlsxReaderTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A workbook of one sheet `S` whose `sheetData` is `rows`, plus `extra` parts.
    func workbook(rows: String = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", shared: String? = nil,
                  extra: [(String, Data)] = [], sheets: Int = 1, compress: Bool = true) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        let sheetList = (1...sheets).map { "<sheet name=\"S\($0)\" sheetId=\"\($0)\" r:id=\"rId1\"/>" }.joined()
        var parts: [(String, Data)] = [
            ("xl/workbook.xml", Data("<workbook xmlns=\"\(Self.main)\" xmlns:r=\"r\"><sheets>\(sheetList)</sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8)),
            ("xl/worksheets/sheet1.xml", Data("<worksheet xmlns=\"\(Self.main)\"><sheetData>\(rows)</sheetData></worksheet>".utf8)),
        ]
        if let shared { parts.append(("xl/sharedStrings.xml", Data("<sst xmlns=\"\(Self.main)\">\(shared)</sst>".utf8))) }
        for (name, data) in parts + extra {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compress ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
        return url.path
    }

    func refusal(_ path: String, limits: XlsxLimits = XlsxLimits()) -> XlsxReadError? {
        do {
            _ = try XlsxReader(path: path, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// Rewrites the uncompressed size of `part` in its local header and in the central directory.
    func lie(about part: String, size: UInt32, in path: String) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let name = Data(part.utf8)
        for (signature, sizeOffset, nameOffset) in [(Data([0x50, 0x4B, 0x03, 0x04]), 22, 30), (Data([0x50, 0x4B, 0x01, 0x02]), 24, 46)] {
            var start = data.startIndex
            while let found = data.range(of: signature, in: start..<data.endIndex) {
                let at = found.lowerBound
                if data.count > at + nameOffset + name.count, data[(at + nameOffset)..<(at + nameOffset + name.count)] == name {
                    withUnsafeBytes(of: size.littleEndian) { data.replaceSubrange((at + sizeOffset)..<(at + sizeOffset + 4), with: $0) }
                }
                start = found.upperBound
            }
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    @Test func aPartIsStoppedAtItsLimitWhateverItsHeaderSays() throws {
        // 4 MiB of spaces (a few kB zipped) declared as 2 kB: inflating stops at the 64 kB limit.
        let bomb = Data(repeating: 0x20, count: 4 * 1024 * 1024)
        let path = try workbook(extra: [("xl/sharedStrings.xml", bomb)])
        try lie(about: "xl/sharedStrings.xml", size: 2048, in: path)
        var limits = XlsxLimits()
        limits.partSize = 64 * 1024
        let error = try #require(refusal(path, limits: limits))
        #expect(error.part == "xl/sharedStrings.xml")
        #expect(error.reason.en.hasPrefix("part larger than 65536 bytes once inflated"))
        // A header that lies the other way does not matter: the bytes are read as they are.
        let honest = try workbook()
        try lie(about: "xl/worksheets/sheet1.xml", size: 0xFFFF_FFF0, in: honest)
        #expect(refusal(honest) == nil)
    }

    @Test func theWholeWorkbookHasALimitToo() throws {
        // Three sheets read the same 25 kB part: 75 kB inflated in all.
        let path = try workbook(rows: "<!--" + String(repeating: "x", count: 25_000) + "-->", sheets: 3)
        var limits = XlsxLimits()
        limits.totalInflated = 60_000
        let error = try #require(refusal(path, limits: limits))
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.reason.en.hasPrefix("workbook larger than 60000 bytes once inflated"))
        limits.totalInflated = 80_000
        #expect(refusal(path, limits: limits) == nil)
    }

    @Test func tooManyEntriesOrSheets() throws {
        var limits = XlsxLimits()
        limits.entries = 10
        let entries = try workbook(extra: (1...20).map { ("xl/media/\($0).bin", Data()) })
        #expect(try #require(refusal(entries, limits: limits)).reason.en == "archive with more than 10 entries")
        limits = XlsxLimits()
        limits.sheets = 3
        #expect(try #require(refusal(try workbook(sheets: 4), limits: limits)).part == "xl/workbook.xml")
        #expect(refusal(try workbook(sheets: 3), limits: limits) == nil)
    }

    @Test func deepNestingIsRefusedWithoutRecursion() throws {
        let depth = 100_000
        let error = try #require(refusal(try workbook(rows: String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth))))
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.reason.fr == "XML imbriqué sur plus de 64 niveaux")
    }

    @Test(arguments: [
        ("<row r=\"5\"><c r=\"AAAAAAAAAAAAAAAA5\"><v>1</v></c></row>", "cell reference 'AAAAAAAAAAAAAAAA5' outside the sheet"),
        ("<row r=\"5\"><c r=\"XFE5\"><v>1</v></c></row>", "cell reference 'XFE5' outside the sheet"),
        ("<row r=\"5\"><c r=\"A1048577\"><v>1</v></c></row>", "cell reference 'A1048577' outside the sheet"),
        ("<row r=\"9223372036854775807\"><c><v>1</v></c></row>", "row number '9223372036854775807' outside the sheet"),
        ("<row r=\"99999999999999999999999\"><c><v>1</v></c></row>", "row number '99999999999999999999999' outside the sheet"),
        ("<row r=\"-1\"><c><v>1</v></c></row>", "row number '-1' outside the sheet"),
        ("<row r=\"0x10\"><c><v>1</v></c></row>", "row number '0x10' outside the sheet"),
        ("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c><c><v>2</v></c></row>", "more than 16384 columns on row 1048576"),
        ("<row r=\"1048576\"/><row><c><v>1</v></c></row>", "more than 1048576 rows"),
    ])
    func referencesBeyondExcelsSheetAreRefused(rows: String, reason: String) throws {
        let error = try #require(refusal(try workbook(rows: rows)))
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.reason.en.hasPrefix(reason), "\(error.reason.en)")
    }

    @Test func theLastCellOfExcelsSheetIsRead() throws {
        let reader = try XlsxReader(path: try workbook(rows: "<row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>"))
        #expect(reader.sheets.first?.cells == ["XFD1048576": .number(7)])
    }

    @Test(arguments: [
        ("<row r=\"5\"><c r=\"E5\" t=\"s\"><v>99999999999999999999</v></c></row>", "E5", "shared string '99999999999999999999' missing"),
        ("<row r=\"5\"><c r=\"E5\" t=\"s\"><v>-1</v></c></row>", "E5", "shared string '-1' missing"),
        ("<row r=\"5\"><c r=\"E5\" t=\"s\"><v>1</v></c></row>", "E5", "shared string '1' missing"),
        ("<row r=\"5\"><c r=\"E5\"><v>0x10</v></c></row>", "E5", "unreadable number '0x10'"),
        ("<row r=\"5\"><c r=\"E5\"><v>inf</v></c></row>", "E5", "unreadable number 'inf'"),
        ("<row r=\"5\"><c r=\"E5\"><v>nan</v></c></row>", "E5", "unreadable number 'nan'"),
        ("<row r=\"5\"><c r=\"E5\"><v>1e400</v></c></row>", "E5", "unreadable number '1e400'"),
    ])
    func numbersInCellsGoThroughTheCheckedHelper(rows: String, cell: String, reason: String) throws {
        let error = try #require(refusal(try workbook(rows: rows, shared: "<si><t>seul</t></si>")))
        #expect(error.place == "xl/worksheets/sheet1.xml!\(cell)")
        #expect(error.reason.en.hasPrefix(reason), "\(error.reason.en)")
    }

    @Test func hugeNumbersAreKeptForTheAnswerRulesToJudge() throws {
        let reader = try XlsxReader(path: try workbook(rows: "<row r=\"5\"><c r=\"E5\"><v>1E+19</v></c><c r=\"F5\" s=\"99999999999999999999\"><v>-1e19</v></c></row>"))
        #expect(reader.sheets.first?.cells == ["E5": .number(1e19), "F5": .number(-1e19)])
    }

    @Test func cellsSharedStringsAndTextHaveLimits() throws {
        var limits = XlsxLimits()
        limits.cells = 10
        let cells = try workbook(rows: "<row>" + String(repeating: "<c><v>1</v></c>", count: 11) + "</row>")
        #expect(try #require(refusal(cells, limits: limits)).place == "xl/worksheets/sheet1.xml!K1")
        limits = XlsxLimits()
        limits.sharedStrings = 5
        let shared = try workbook(shared: String(repeating: "<si><t>x</t></si>", count: 6))
        #expect(try #require(refusal(shared, limits: limits)).part == "xl/sharedStrings.xml")
        let long = try workbook(rows: "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>\(String(repeating: "a", count: 32_768))</t></is></c></row>")
        #expect(try #require(refusal(long)).place == "xl/worksheets/sheet1.xml!B2")
        limits = XlsxLimits()
        limits.keptText = 1000
        let text = try workbook(rows: "<row>" + String(repeating: "<c t=\"inlineStr\"><is><t>\(String(repeating: "b", count: 300))</t></is></c>", count: 4) + "</row>")
        #expect(try #require(refusal(text, limits: limits)).reason.en == "more than 1000 bytes of text in the workbook")
    }

    @Test func doctypeBrokenXMLAndInvalidBytesAreRefused() throws {
        let laughs = "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        let doctype = try workbook(extra: [("xl/sharedStrings.xml", Data("\(laughs)<sst><si><t>&b;</t></si></sst>".utf8))])
        #expect(try #require(refusal(doctype)).reason.en.hasPrefix("DOCTYPE declaration refused"))
        let cut = try workbook(extra: [("xl/sharedStrings.xml", Data("<sst xmlns=\"\(Self.main)\"><si><t>a</t></si><si><t>b".utf8))])
        #expect(try #require(refusal(cut)).reason.en.hasPrefix("malformed or incomplete XML"))
        var invalid = Data("<sst><si><t>".utf8)
        invalid.append(contentsOf: [0xC3, 0x00, 0xFF])
        invalid.append(Data("</t></si></sst>".utf8))
        let bytes = try workbook(extra: [("xl/sharedStrings.xml", invalid)])
        #expect(try #require(refusal(bytes)).reason.en == "part is not valid UTF-8 text (byte 12)")
        let notZip = FileManager.default.temporaryDirectory.appendingPathComponent("notzip-\(UUID().uuidString).xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100)).write(to: notZip)
        #expect(try #require(refusal(notZip.path)).part == "")
    }

    @Test func escapedCharactersInCellTextAreDecoded() throws {
        let shared = "<si><t>un_x000B_deux</t></si><si><t>_x005F_x0041_ reste</t></si><si><r><t>a_x00</t></r><r><t>0D_b</t></r></si>"
        let reader = try XlsxReader(path: try workbook(rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                                                        + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>x_x0001_y</t></is></c></row>",
                                                       shared: shared))
        #expect(reader.sheets.first?.cells == ["A1": .string("un\u{0B}deux"), "B1": .string("_x0041_ reste"), "C1": .string("a\rb"),
                                               "D1": .string("x\u{01}y")])
    }
}
