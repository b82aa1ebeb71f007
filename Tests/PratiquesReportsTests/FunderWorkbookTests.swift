import Foundation
import Testing
import ZIPFoundation
import PratiquesCore
@testable import PratiquesReports

/// The funder workbook keeps its privacy promises: no non-consenting organisation, no
/// comment, no figure on fewer than K organisations.
@Suite struct FunderWorkbookTests {
    static let suppressed = "secret statistique (moins de 5 organisations)"

    func write(minimumGroup: Int) throws -> (String, XlsxInspector) {
        let path = ReportFixtures.temporaryPath("financeur.xlsx")
        try FunderWorkbook(report: CohortFixtures.report(), minimumGroup: minimumGroup).write(to: path)
        return (path, try XlsxInspector(path: path))
    }

    /// Every XML part of the file, as text (cells, shared strings, charts, properties).
    func allParts(_ path: String) throws -> [String: String] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    @Test func noNonConsentingNameNoCommentAnywhere() throws {
        let (path, xlsx) = try write(minimumGroup: 5)
        #expect(xlsx.sheetNames == ["Synthèse", "Progression", "Critères", "Participants", "Méthode", "Métadonnées"])
        let forbidden = ["Zorglub", "zorglub-confidentiel", "Opaque", "opaque-mystere", CohortFixtures.secretComment]
        for sheet in xlsx.sheets {
            for (reference, cell) in sheet.cells {
                guard let text = cell.text else { continue }
                for word in forbidden { #expect(!text.contains(word), "\(sheet.name)!\(reference): \(text)") }
            }
        }
        for (name, text) in try allParts(path) {
            for word in forbidden { #expect(!text.contains(word), "\(name) holds \(word)") }
        }
        // consenting names only, in Participants; the two others counted
        let participants = xlsx.sheet("Participants")!.cells.values.compactMap(\.text)
        for name in ["Atelier Alpha", "Bureau Beta", "Cellier Gamma", "Dépôt Delta"] { #expect(participants.contains(name)) }
        #expect(participants.contains("Autres organisations de la cohorte, non nommées : 2"))
        // no other sheet names an organisation
        for sheet in xlsx.sheets where sheet.name != "Participants" {
            for cell in sheet.cells.values { #expect(cell.text.map { !$0.contains("Atelier Alpha") } ?? true, "\(sheet.name)") }
        }
    }

    /// The n column of each aggregate table: every row is n ≥ K, or suppressed with no figure.
    func checkGroups(_ xlsx: XlsxInspector, sheet name: String, nColumn: Int, figureColumns: ClosedRange<Int>, minimumGroup: Int,
                     suppressed: String) -> (shown: Int, hidden: Int) {
        let sheet = xlsx.sheet(name)!
        var shown = 0, hidden = 0
        let headerRows = sheet.cells.filter { $0.value == .string("n") }.map { Int($0.key.drop { $0.isLetter })! }
        for header in headerRows {
            var row = header + 1
            while let cell = sheet.cells[XlsxCell.name(row: row - 1, column: nColumn)] {
                switch cell {
                case .number(let n):
                    #expect(n >= Double(minimumGroup), "\(name) row \(row): n = \(n)")
                    shown += 1
                case .string(let text):
                    #expect(text == suppressed, "\(name) row \(row)")
                    for column in figureColumns {
                        #expect(sheet.cells[XlsxCell.name(row: row - 1, column: column)] == nil, "\(name) row \(row) column \(column)")
                    }
                    hidden += 1
                default:
                    Issue.record("\(name) row \(row): unexpected \(cell)")
                }
                row += 1
            }
        }
        return (shown, hidden)
    }

    @Test func everyAggregateCoversAtLeastKOrganisations() throws {
        let (_, xlsx) = try write(minimumGroup: 5)
        // Synthèse: 3 dimensions × 2 sessions; mn.salaries (2 then 1 organisations) suppressed
        let summary = checkGroups(xlsx, sheet: "Synthèse", nColumn: 2, figureColumns: 3...6, minimumGroup: 5, suppressed: Self.suppressed)
        #expect(summary.shown == 4 && summary.hidden == 2)
        // figures of the shown groups, by hand (see CohortWorkbookTests): T0 mn.regles n 6, mean 50, median 50, Q1 31.25, Q3 68.75
        #expect(xlsx.cell("Synthèse", "C9") == .number(6))
        #expect(xlsx.cell("Synthèse", "F9") == .number(31.25) && xlsx.cell("Synthèse", "G9") == .number(68.75))
        #expect(xlsx.cell("Synthèse", "C11") == .string(Self.suppressed))
        // no minimum or maximum anywhere
        let headers = xlsx.sheets.flatMap { $0.cells.values.compactMap(\.text) }
        #expect(!headers.contains("Min") && !headers.contains("Max"))
        // Progression: mn.regles paired n 5 shown (mean 15, 60 % progressed); mn.salaries n 1 suppressed
        let progress = checkGroups(xlsx, sheet: "Progression", nColumn: 1, figureColumns: 2...5, minimumGroup: 5, suppressed: Self.suppressed)
        #expect(progress.shown >= 2 && progress.hidden >= 1)
        #expect(xlsx.cell("Progression", "B6") == .number(5))
        #expect(xlsx.cell("Progression", "C6") == .number(15))
        #expect(xlsx.cell("Progression", "D6") == .number(0.6))
        #expect(xlsx.cell("Progression", "B7") == .string(Self.suppressed))
        // Critères: shares only when n ≥ 5; mn.regles-ecrites T0 (6): level 2 → 2 / 6
        let criteria = checkGroups(xlsx, sheet: "Critères", nColumn: 2, figureColumns: 3...8, minimumGroup: 5, suppressed: Self.suppressed)
        #expect(criteria.shown == 2 && criteria.hidden == 6)
        #expect(xlsx.cell("Critères", "F5") == .number(2.0 / 6))
    }

    @Test func everythingSuppressedWhenKExceedsTheCohort() throws {
        let (path, xlsx) = try write(minimumGroup: 7)
        let text = "secret statistique (moins de 7 organisations)"
        for (sheet, column, figures) in [("Synthèse", 2, 3...6), ("Progression", 1, 2...5), ("Critères", 2, 3...8)] {
            let groups = checkGroups(xlsx, sheet: sheet, nColumn: column, figureColumns: figures, minimumGroup: 7, suppressed: text)
            #expect(groups.shown == 0 && groups.hidden > 0, "\(sheet)")
        }
        // no numeric cell at all in the aggregate sheets but the K in the facts
        for name in ["Synthèse", "Progression", "Critères"] {
            #expect(xlsx.sheet(name)!.cells.values.allSatisfy { $0.number == nil }, "\(name)")
        }
        #expect(try allParts(path).values.allSatisfy { !$0.contains("Zorglub") })
    }

    @Test func methodSheetAndEnglish() throws {
        let (_, french) = try write(minimumGroup: 5)
        let method = french.sheet("Méthode")!.cells.values.compactMap(\.text)
        #expect(method.contains { $0.contains("moins de 5 organisations") })
        #expect(method.contains { $0.contains("QUARTILE.INC") })
        let path = ReportFixtures.temporaryPath("funder.xlsx")
        try FunderWorkbook(report: CohortFixtures.report(language: .en), minimumGroup: 5).write(to: path)
        let english = try XlsxInspector(path: path)
        #expect(english.sheetNames == ["Summary", "Progress", "Criteria", "Participants", "Method", "Metadata"])
        #expect(english.cell("Summary", "C11") == .string("suppressed (fewer than 5 organisations)"))
        #expect(english.cell("Summary", "C9") == .number(6))
    }
}
