import Foundation
import Testing
@testable import PratiquesReports

@Suite struct XlsxWrapperTests {
    @Test func referencesAndQuoting() {
        #expect(XlsxCell.column(0) == "A")
        #expect(XlsxCell.column(25) == "Z")
        #expect(XlsxCell.column(26) == "AA")
        #expect(XlsxCell.column(701) == "ZZ")
        #expect(XlsxCell.name(row: 2, column: 1) == "B3")
        #expect(XlsxCell.range(sheet: "Synthèse globale", firstRow: 1, firstColumn: 1, lastRow: 8, lastColumn: 1) == "'Synthèse globale'!$B$2:$B$9")
        #expect(XlsxCell.quotedSheet("Data") == "Data")
        #expect(XlsxCell.quotedSheet("L'équipe") == "'L''équipe'")
    }

    @Test func failuresThrowAndLeaveNoFile() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/out.xlsx"
        #expect(throws: XlsxError.self) {
            let workbook = try XlsxWorkbook(path: missing)
            _ = try workbook.addWorksheet("A")
            try workbook.close()
        }
        #expect(!FileManager.default.fileExists(atPath: missing))

        let path = ReportFixtures.temporaryPath("bad.xlsx")
        let directory = (path as NSString).deletingLastPathComponent
        do {
            let workbook = try XlsxWorkbook(path: path)
            _ = try workbook.addWorksheet("Feuille")
            #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet("Feuille") }
            #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet("a/b") }
            #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet(String(repeating: "x", count: 40)) }
        }
        // The workbook was dropped without close: neither the file nor its temporary remains.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func constantMemoryWritesManyRowsInOrder() throws {
        let path = ReportFixtures.temporaryPath("big.xlsx")
        let workbook = try XlsxWorkbook(path: path, constantMemory: true)
        let sheet = try workbook.addWorksheet("Données")
        for row in 0..<50_000 {
            try sheet.write("ligne \(row)", row: row, column: 0)
            try sheet.write(Double(row), row: row, column: 1)
        }
        try workbook.close()
        let xlsx = try XlsxInspector(path: path)
        #expect(xlsx.cell("Données", "A50000")?.text == "ligne 49999")
        #expect(xlsx.cell("Données", "B1")?.number == 0)
    }
}
