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
        #expect(xlsx.sheetNames == ["Comment lire", "Synthèse", "Progression", "Critères", "Annexe niveaux par critère", "Métadonnées"])
        #expect(xlsx.malformedParts.isEmpty)
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
        // consenting names only, in « Comment lire »; the two others counted
        let read = xlsx.texts("Comment lire")
        #expect(read.contains("Atelier Alpha, Bureau Beta, Cellier Gamma, Dépôt Delta. Autres organisations de la cohorte, non nommées\u{202F}: 2."))
        for sheet in xlsx.sheets where sheet.name != "Comment lire" {
            for cell in sheet.cells.values { #expect(cell.text.map { !$0.contains("Atelier Alpha") } ?? true, "\(sheet.name)") }
        }
    }

    @Test func howToReadStatesTheProgrammeTheCohortAndNPerGrid() throws {
        let (_, xlsx) = try write(minimumGroup: 5)
        let texts = xlsx.texts("Comment lire")
        #expect(xlsx.cell("Comment lire", "A1")?.text == "Parcours test — bilan pour les financeurs")
        #expect(texts.contains("Parcours test") && texts.contains("6 organisations") && texts.contains("T0 (14/03/2024), T1 (18/03/2025)"))
        // organisations behind the overall score: 6 at T0, 5 at T1; partly published (Salariés withheld)
        let row = try #require((1...40).first { xlsx.cell("Comment lire", "A\($0)")?.text == "Mini grille" })
        #expect(xlsx.cell("Comment lire", "B\(row)") == .number(6) && xlsx.cell("Comment lire", "C\(row)") == .number(5))
        #expect(xlsx.cell("Comment lire", "D\(row)")?.text == "en partie")
        #expect(texts.contains { $0.contains("QUARTILE.INC") } && texts.contains { $0.contains("moins de 5 organisations") })
        #expect(xlsx.sheet("Comment lire")?.fitToPage == true && xlsx.sheet("Comment lire")?.landscape == false)
    }

    /// Rows of a wide table: for each session, n (or one merged withheld cell) then 4 figures.
    func checkWide(_ xlsx: XlsxInspector, sheet name: String, rows: ClosedRange<Int>, sessions: Int, width: Int, minimumGroup: Int,
                   suppressed: String) -> (shown: Int, hidden: Int) {
        let sheet = xlsx.sheet(name)!
        var shown = 0, hidden = 0
        for row in rows {
            for session in 0..<sessions {
                let first = 1 + session * width
                switch sheet.cells[XlsxCell.name(row: row - 1, column: first)] {
                case .number(let n)?:
                    #expect(n >= Double(minimumGroup), "\(name) row \(row): n = \(n)")
                    shown += 1
                case .string(let text)?:
                    #expect(text == suppressed, "\(name) row \(row)")
                    for column in (first + 1)..<(first + width) {
                        #expect(sheet.cells[XlsxCell.name(row: row - 1, column: column)] == nil, "\(name) row \(row) column \(column)")
                    }
                    hidden += 1
                default:
                    Issue.record("\(name) row \(row): nothing in column \(first)")
                }
            }
        }
        return (shown, hidden)
    }

    @Test func everyAggregateCoversAtLeastKOrganisations() throws {
        let (_, xlsx) = try write(minimumGroup: 5)
        // Synthèse: rows 7–9 (Règles, Salariés, Global) × 2 sessions; Salariés (2 then 1 organisations) withheld
        #expect(xlsx.cell("Synthèse", "A7")?.text == "Règles" && xlsx.cell("Synthèse", "A8")?.text == "Salariés")
        let summary = checkWide(xlsx, sheet: "Synthèse", rows: 7...9, sessions: 2, width: 5, minimumGroup: 5, suppressed: Self.suppressed)
        #expect(summary.shown == 4 && summary.hidden == 2)
        // figures by hand (see CohortWorkbookTests): T0 mn.regles n 6, mean 50, median 50, Q1 31.25, Q3 68.75
        #expect(xlsx.cell("Synthèse", "B7") == .number(6) && xlsx.cell("Synthèse", "C7") == .number(50))
        #expect(xlsx.cell("Synthèse", "E7") == .number(31.25) && xlsx.cell("Synthèse", "F7") == .number(68.75))
        // no minimum or maximum anywhere
        let headers = xlsx.sheets.flatMap { $0.cells.values.compactMap(\.text) }
        #expect(!headers.contains("Min") && !headers.contains("Max"))
        // the overview chart: the overall score of the published grids
        #expect(xlsx.charts.count == 1)
        // Progression: mn.regles paired n 5 (mean 15, 60 % progressed, 20 % regressed); mn.salaries n 1 withheld
        #expect(xlsx.cell("Progression", "B5")?.text == "T0 → T1")
        let progress = checkWide(xlsx, sheet: "Progression", rows: 7...9, sessions: 1, width: 4, minimumGroup: 5, suppressed: Self.suppressed)
        #expect(progress.shown == 2 && progress.hidden == 1)
        #expect(xlsx.cell("Progression", "B7") == .number(5) && xlsx.cell("Progression", "C7") == .number(15))
        #expect(xlsx.cell("Progression", "D7") == .number(0.6) && xlsx.cell("Progression", "E7") == .number(0.2))
        // Critères: only mn.regles-ecrites has a paired group of 5: +15, mean score 50 then 60
        #expect(xlsx.cell("Critères", "A6")?.text == "Les règles sont-elles écrites\u{202F}?")
        #expect(xlsx.cell("Critères", "B6") == .number(5) && xlsx.cell("Critères", "C6") == .number(15))
        #expect(xlsx.cell("Critères", "D6") == .number(50) && xlsx.cell("Critères", "E6") == .number(60))
        #expect(xlsx.cell("Critères", "A7") == nil)
        // Annex: shares only when n ≥ 5; mn.regles-ecrites T0 (6): level 2 → 2 / 6; 6 groups withheld
        #expect(xlsx.cell("Annexe niveaux par critère", "F5") == .number(2.0 / 6))
        let annex = xlsx.sheet("Annexe niveaux par critère")!
        #expect(annex.cells.values.filter { $0 == .string(Self.suppressed) }.count == 6)
    }

    @Test func aGridWithNothingPublishedIsOneLineWithoutChart() throws {
        let (path, xlsx) = try write(minimumGroup: 7)
        let line = "Mini grille\u{202F}: secret statistique — moins de 7 organisations à chaque session, aucun chiffre publié."
        for name in ["Synthèse", "Progression", "Critères", "Annexe niveaux par critère"] {
            #expect(xlsx.texts(name).contains(line), "\(name)")
            #expect(xlsx.sheet(name)!.cells.values.allSatisfy { $0.number == nil }, "\(name)")
        }
        #expect(xlsx.charts.isEmpty)
        #expect(try allParts(path).values.allSatisfy { !$0.contains("Zorglub") })
    }

    @Test func english() throws {
        let path = ReportFixtures.temporaryPath("funder.xlsx")
        try FunderWorkbook(report: CohortFixtures.report(language: .en), minimumGroup: 5).write(to: path)
        let english = try XlsxInspector(path: path)
        #expect(english.sheetNames == ["How to read", "Summary", "Progress", "Criteria", "Annex levels by criterion", "Metadata"])
        #expect(english.cell("Summary", "B8") == .string("suppressed (fewer than 5 organisations)"))
        #expect(english.cell("Summary", "B7") == .number(6))
    }
}
