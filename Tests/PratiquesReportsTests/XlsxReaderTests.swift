import Foundation
import Testing
@testable import PratiquesReports

/// Cell values as the different producers write them in the sheet XML.
@Suite struct XlsxReaderTests {
    func cells(_ sheetData: String, shared: [String] = []) throws -> [String: XlsxValue] {
        let xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheetData)</sheetData></worksheet>"
        return try XlsxReader.cells(ofSheet: Data(xml.utf8), shared: shared, part: "sheet1.xml")
    }

    @Test func everyKindOfCellIsRead() throws {
        let read = try cells("""
            <row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5" t="inlineStr"><is><t>en ligne</t></is></c><c r="C5"><v>32.5</v></c>\
            <c r="D5" t="b"><v>1</v></c><c r="E5" t="str"><f>A1</f><v>calculé</v></c><c r="F5" t="e"><v>#N/A</v></c><c r="G5" s="3"/></row>
            """, shared: ["zéro", "un"])
        #expect(read == ["A5": .string("un"), "B5": .string("en ligne"), "C5": .number(32.5), "D5": .bool(true),
                         "E5": .string("calculé"), "F5": .error("#N/A")])
    }

    @Test func richTextRunsAreJoinedAndPhoneticRunsLeftOut() throws {
        let xml = "<sst><si><r><rPr><b/></rPr><t>3 — </t></r><r><t>Établi</t></r><rPh><t>x</t></rPh></si><si><t>seul</t></si></sst>"
        #expect(try XlsxSharedStrings.read(Data(xml.utf8), part: "xl/sharedStrings.xml", limits: XlsxLimits()).strings == ["3 — Établi", "seul"])
        let read = try cells("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>a</t></r><r><t>b</t></r><rPh><t>x</t></rPh></is></c></row>")
        #expect(read == ["A1": .string("ab")])
    }

    @Test func cellsWithoutReferenceFollowThePreviousOne() throws {
        // The format allows omitting `r`: rows and cells then follow each other.
        let read = try cells("<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>")
        #expect(read == ["A1": .number(1), "B1": .number(2), "C2": .number(3), "D2": .number(4)])
    }

    @Test func prefixedElementNamesAreRead() throws {
        let xml = "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"
        let read = try XlsxReader.cells(ofSheet: Data(xml.utf8), shared: [], part: "sheet1.xml")
        #expect(read == ["B2": .string("ok")])
    }

    @Test func aMissingSharedStringIsAnError() throws {
        #expect(throws: XlsxReadError.self) { try cells("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", shared: ["seul"]) }
    }

    @Test func cellReferences() {
        #expect(CellReference("E5").map { [$0.row, $0.column] } == [5, 5])
        #expect(CellReference("$AB$12").map { [$0.row, $0.column] } == [12, 28])
        #expect(CellReference("5E") == nil)
        #expect(CellReference.name(row: 12, column: 28) == "AB12")
        #expect(CellReference.name(row: 1, column: 26) == "Z1")
    }
}
