import Foundation
import Testing
@testable import PratiquesCore
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

    @Test func aDestinationThatCannotBeWrittenIsSaidInPlainWords() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/out.xlsx"
        let error = try #require(throws: XlsxError.self) { _ = try XlsxWorkbook(path: missing) }
        #expect(error.message(in: .fr) == "impossible d'écrire \(missing) : le dossier « \((missing as NSString).deletingLastPathComponent) » n'existe pas (créez-le ou choisissez un autre chemin avec -o)")
        #expect(error.message(in: .en).hasPrefix("cannot write \(missing): the folder"))
        let folder = (ReportFixtures.temporaryPath("x") as NSString).deletingLastPathComponent
        let isFolder = try #require(throws: XlsxError.self) { _ = try XlsxWorkbook(path: folder) }
        #expect(isFolder.message(in: .fr) == "impossible d'écrire \(folder) : c'est un dossier ; donnez un nom de fichier .xlsx avec -o")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func aReadOnlyFolderIsRefused() throws {
        guard getuid() != 0 else { return } // root may write anywhere: nothing to refuse
        let folder = (ReportFixtures.temporaryPath("x") as NSString).deletingLastPathComponent
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let error = try #require(throws: XlsxError.self) { _ = try XlsxWorkbook(path: folder + "/out.xlsx") }
        #expect(error.message(in: .fr).contains("vous n'avez pas le droit de créer un fichier"))
    }

    @Test func aDroppedWorkbookLeavesNoFile() throws {
        let path = ReportFixtures.temporaryPath("bad.xlsx")
        let directory = (path as NSString).deletingLastPathComponent
        do {
            let workbook = try XlsxWorkbook(path: path)
            _ = try workbook.addWorksheet("Feuille")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func staleTemporariesOfTheSameTargetAreRemoved() throws {
        let path = ReportFixtures.temporaryPath("rapport.xlsx")
        let directory = (path as NSString).deletingLastPathComponent
        // A run killed long ago (its process is gone), one of the older naming an hour old, one of
        // another target, and one of a process still alive (ours: the test runner's parent).
        let dead = ".rapport.xlsx.999999.\(UUID().uuidString).tmp"
        let old = ".rapport.xlsx.\(UUID().uuidString).tmp"
        let other = ".autre.xlsx.999999.\(UUID().uuidString).tmp"
        let alive = ".rapport.xlsx.\(getppid()).\(UUID().uuidString).tmp"
        for name in [dead, old, other, alive] {
            FileManager.default.createFile(atPath: directory + "/" + name, contents: Data("x".utf8))
        }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: directory + "/" + old)
        let workbook = try XlsxWorkbook(path: path)
        _ = try workbook.addWorksheet("Feuille")
        try workbook.close()
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: directory))
        #expect(left == ["rapport.xlsx", other, alive])
    }

    /// Control characters, `&`, long and odd names in every place a string reaches: the file
    /// stays well-formed XML and within Excel's limits.
    @Test func everyStringIsCleanedWhereverItGoes() throws {
        let path = ReportFixtures.temporaryPath("hostile.xlsx")
        let hostile = "A\u{0}B\u{1}C\u{0B}D & E <F> \u{1F}"
        let workbook = try XlsxWorkbook(path: path)
        try workbook.setProperties(title: hostile, author: hostile, comments: hostile)
        let first = try workbook.addWorksheet(" Répondre aux besoins réels des habitants ")
        let second = try workbook.addWorksheet("répondre aux besoins réels des habitants")
        let third = try workbook.addWorksheet("a[b]:c*d?e/f\\g \u{7}")
        let history = try workbook.addWorksheet("History")
        let quoted = try workbook.addWorksheet("'cité'")
        try first.write(hostile, row: 0, column: 0)
        try first.write("ligne 1\r\nligne 2\rligne 3", row: 1, column: 0)
        try first.write(String(repeating: "é", count: 40_000), row: 2, column: 0)
        try first.merge(hostile, firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: 2)
        try first.write("1", row: 4, column: 0)
        try first.write(2, row: 4, column: 1)
        let chart = try workbook.addChart(.bar)
        chart.setTitle(hostile)
        try chart.addSeries(name: "=" + hostile, sheet: first.name, categories: (4...4, 0...0), values: (4...4, 1...1))
        chart.setValueAxis(minimum: 0, maximum: 100, title: hostile)
        try first.insert(chart, rows: 6...20, columns: 0...5)
        #expect(throws: XlsxError.self) { try first.insert(chart, rows: 10...12, columns: 3...4) }
        first.setPageSetup(XlsxPageSetup(orientation: .landscape, header: XlsxHeaderFooter(center: [.text(hostile)]),
                                         footer: XlsxHeaderFooter(left: [.text(String(repeating: "& ", count: 300))], right: XlsxHeaderFooter.pageOfPages(french: true))))
        try workbook.close()
        let xlsx = try XlsxInspector(path: path)
        #expect(xlsx.malformedParts.isEmpty, "\(xlsx.malformedParts)")
        #expect(first.name == "Répondre aux besoins réels…")
        #expect(second.name == "répondre aux besoins réels… (2)")
        #expect(third.name == "a-b--c-d-e-f-g")
        #expect(history.name == "History (1)")
        #expect(quoted.name == "cité")
        #expect(xlsx.sheetNames == [first.name, second.name, third.name, history.name, quoted.name])
        let sheet = try #require(xlsx.sheet(first.name))
        #expect(sheet.cells["A1"]?.text == "ABC\nD & E <F> ")
        #expect(sheet.cells["A2"]?.text == "ligne 1\nligne 2\nligne 3")
        let long = try #require(sheet.cells["A3"]?.text)
        #expect(long.utf16.count == XlsxText.maximumCellLength && long.hasSuffix(" … (suite tronquée)"))
        #expect(sheet.cells["A5"]?.text == "1" && sheet.cells["B5"]?.number == 2)
        #expect(sheet.header == "&CABC D && E <F> ")
        #expect(sheet.footer.count <= 255 && sheet.footer.hasSuffix("&RPage &P / &N"))
        // Every literal ampersand doubled: once the pairs and the codes are taken out, none is left.
        let codes = ["&&", "&L", "&R", "&P", "&N"].reduce(sheet.footer) { $0.replacingOccurrences(of: $1, with: "") }
        #expect(!codes.contains("&"))
        #expect(sheet.chartAnchors.count == 1)
    }

    @Test func sheetNamesEndOnAWordAndStayValid() {
        #expect(XlsxText.sheetName("Agir pour préserver et se réapproprier les communs") == "Agir pour préserver et se…")
        #expect(XlsxText.sheetName("Répondre aux besoins réels des habitants") == "Répondre aux besoins réels…")
        #expect(XlsxText.sheetName("Sobriété dans l’usage des ressources") == "Sobriété dans l’usage des…")
        #expect(XlsxText.sheetName("   ") == "Feuille")
        #expect(XlsxText.sheetName("history") == "history (1)")
        #expect(XlsxText.sheetName(String(repeating: "x", count: 40)).utf16.count == 31)
        for name in ["Agir pour préserver et se réapproprier les communs", "S'allier avec les acteurs économiques locaux", "a [b] c"] {
            let made = XlsxText.sheetName(name)
            #expect(made.utf16.count <= 31 && made == made.trimmingCharacters(in: .whitespaces) && !made.contains { "[]:*?/\\".contains($0) })
        }
    }

    @Test func frenchWorkbooksAreTypesetDataSheetsAreNot() throws {
        let path = ReportFixtures.temporaryPath("typo.xlsx")
        let workbook = try XlsxWorkbook(path: path, language: .fr)
        let report = try workbook.addWorksheet("L'été")
        let data = try workbook.addWorksheet("Données", typesetsText: false)
        try report.write("Note : « l'été » ?", row: 0, column: 0)
        try report.writeVerbatim("d'accord ?", row: 1, column: 0)
        try data.write("Note : l'été ?", row: 0, column: 0)
        try workbook.close()
        let xlsx = try XlsxInspector(path: path)
        let n = "\u{202F}"
        #expect(xlsx.sheetNames == ["L’été", "Données"])
        #expect(xlsx.cell("L’été", "A1")?.text == "Note\(n): «\(n)l’été\(n)»\(n)?")
        #expect(xlsx.cell("L’été", "A2")?.text == "d'accord ?")
        #expect(xlsx.cell("Données", "A1")?.text == "Note : l'été ?")
    }

    @Test func constantMemoryWritesManyRowsInOrder() throws {
        let path = ReportFixtures.temporaryPath("big.xlsx")
        let workbook = try XlsxWorkbook(path: path, constantMemory: true)
        let sheet = try workbook.addWorksheet("Données", typesetsText: false)
        for row in 0..<50_000 {
            try sheet.write("ligne \(row)", row: row, column: 0)
            try sheet.write(Double(row), row: row, column: 1)
        }
        try workbook.close()
        let xlsx = try XlsxInspector(path: path)
        #expect(xlsx.cell("Données", "A50000")?.text == "ligne 49999")
        #expect(xlsx.cell("Données", "B1")?.number == 0)
    }

    /// Page breaks go between the blocks kept together, given the rows' heights and the scale.
    @Test func pageBreaksFallBetweenBlocks() {
        let flow = PageFlow(pageHeight: 100, repeatedHeight: 10)
        // 30 + 30 fit; the next 50 does not (110): break before it; then 10 (repeated rows) + 50 +
        // 30 + 10 = 100 fits; a forced break before the last one.
        let units: [(rows: ClosedRange<Int>, height: Double)] = [(0...1, 30), (2...3, 30), (4...8, 50), (9...10, 30), (11...11, 10)]
        #expect(flow.breaks(units: units, forced: []) == [4])
        #expect(flow.breaks(units: units, forced: [11]) == [4, 11])
    }
}
