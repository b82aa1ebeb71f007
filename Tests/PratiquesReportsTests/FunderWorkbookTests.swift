import Foundation
import Testing
import ZIPFoundation
import PratiquesCore
@testable import PratiquesReports

/// The funder workbook keeps its privacy promises: no non-consenting organisation, no
/// comment, every figure on the grid's panel and on K organisations or more, whole points.
///
/// The fixture (see ``CohortFixtures``): « d » answered only at T0, so the panel is a, b, c,
/// zorglub and opaque. mn.regles on the panel — T0: 25, 50, 100, 0, 50 (mean 45); T1: 75, 50,
/// 25, 50, 100 (mean 60). Overall — mn.charte (weight 1 against 2 for mn.regles) for « a » (0
/// then 100: overall 16.67 then 83.33) and zorglub at T0 (100: overall 33.33), the others as
/// mn.regles: mean T0 250 / 5 = 50, T1 308.33 / 5 = 61.67 → 62. mn.salaries rests on « a »
/// alone at both sessions: withheld.
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

    @Test func howToReadStatesTheProgrammeTheCohortAndThePanel() throws {
        let (_, xlsx) = try write(minimumGroup: 5)
        let texts = xlsx.texts("Comment lire")
        #expect(xlsx.cell("Comment lire", "A1")?.text == "Parcours test — bilan pour les financeurs")
        #expect(texts.contains("Parcours test") && texts.contains("6 organisations") && texts.contains("T0 (14/03/2024), T1 (18/03/2025)"))
        // the panel: 5 organisations at both sessions, « d » left out; partly published (Salariés withheld)
        let row = try #require((1...40).first { xlsx.cell("Comment lire", "A\($0)")?.text == "Mini grille" })
        #expect(xlsx.cell("Comment lire", "B\(row)") == .number(5) && xlsx.cell("Comment lire", "C\(row)") == .number(1))
        #expect(xlsx.cell("Comment lire", "D\(row)")?.text == "en partie")
        // the method says the rule in words: panel, rounding, quartiles from 2K, the gap of K, concentration
        #expect(texts.contains { $0.contains("Un panel par grille") && $0.contains("aucune soustraction") })
        #expect(texts.contains { $0.contains("à partir de 10 organisations") && $0.contains("QUARTILE.INC") })
        #expect(texts.contains { $0.contains("arrondis au point près") && $0.contains("pour cent près") })
        #expect(texts.contains { $0.contains("moins de 5 organisations") && $0.contains("il manque au moins 5 organisations du panel")
            && $0.contains("toutes sauf une") })
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

    @Test func everyFigureRestsOnThePanelInWholePoints() throws {
        let (_, xlsx) = try write(minimumGroup: 5)
        // Synthèse: rows 7–9 (Règles, Salariés, Global) × 2 sessions; Salariés (« a » alone) withheld
        #expect(xlsx.cell("Synthèse", "A7")?.text == "Règles" && xlsx.cell("Synthèse", "A8")?.text == "Salariés")
        let summary = checkWide(xlsx, sheet: "Synthèse", rows: 7...9, sessions: 2, width: 5, minimumGroup: 5, suppressed: Self.suppressed)
        #expect(summary.shown == 4 && summary.hidden == 2)
        // the same 5 organisations at T0 and T1 (« d », at T0 only, is in no figure): means 45 and 60, overall 50 and 62
        #expect(xlsx.cell("Synthèse", "B7") == .number(5) && xlsx.cell("Synthèse", "C7") == .number(45))
        #expect(xlsx.cell("Synthèse", "G7") == .number(5) && xlsx.cell("Synthèse", "H7") == .number(60))
        #expect(xlsx.cell("Synthèse", "C9") == .number(50) && xlsx.cell("Synthèse", "H9") == .number(62))
        // 5 < 2K: no median or quartile, « — » in their place
        for column in ["D", "E", "F", "I", "J", "K"] { #expect(xlsx.cell("Synthèse", "\(column)7") == .string("—"), "\(column)7") }
        // no minimum or maximum anywhere, and every number of the report sheets a whole number (shares whole percent)
        let headers = xlsx.sheets.flatMap { $0.cells.values.compactMap(\.text) }
        #expect(!headers.contains("Min") && !headers.contains("Max"))
        for name in ["Synthèse", "Progression", "Critères", "Annexe niveaux par critère"] {
            for (reference, cell) in xlsx.sheet(name)!.cells {
                guard let value = cell.number else { continue }
                #expect(value == value.rounded() || (value * 100) == (value * 100).rounded(), "\(name)!\(reference) = \(value)")
            }
        }
        // the overview chart: the mean overall score of the published grids
        #expect(xlsx.charts.count == 1)
        // Progression on the panel: mn.regles +50, 0, −75, +50, +50 → +15, 60 % up, 20 % down;
        // overall +66.67, 0, −75, +16.67, +50 → +11.67 → +12
        #expect(xlsx.cell("Progression", "B5")?.text == "T0 → T1")
        let progress = checkWide(xlsx, sheet: "Progression", rows: 7...9, sessions: 1, width: 4, minimumGroup: 5, suppressed: Self.suppressed)
        #expect(progress.shown == 2 && progress.hidden == 1)
        #expect(xlsx.cell("Progression", "B7") == .number(5) && xlsx.cell("Progression", "C7") == .number(15))
        #expect(xlsx.cell("Progression", "D7") == .number(0.6) && xlsx.cell("Progression", "E7") == .number(0.2))
        #expect(xlsx.cell("Progression", "C9") == .number(12))
        // the paired change is the difference of the two means: nothing left to subtract
        #expect(xlsx.cell("Synthèse", "H7")!.number! - xlsx.cell("Synthèse", "C7")!.number! == xlsx.cell("Progression", "C7")!.number!)
        // Critères: only mn.regles-ecrites has a group of 5 on the panel: +15, mean score 45 then 60
        #expect(xlsx.cell("Critères", "A6")?.text == "Les règles sont-elles écrites\u{202F}?")
        #expect(xlsx.cell("Critères", "B6") == .number(5) && xlsx.cell("Critères", "C6") == .number(15))
        #expect(xlsx.cell("Critères", "D6") == .number(45) && xlsx.cell("Critères", "E6") == .number(60))
        #expect(xlsx.cell("Critères", "A7") == nil)
        // Annex: mn.regles-ecrites T0 levels a 1, b 2, c 4, zorglub 0, opaque 2 → level 2: 2 / 5 = 40 %;
        // the three other criteria (no answer, or « a » alone) withheld at both sessions
        #expect(xlsx.cell("Annexe niveaux par critère", "F5") == .number(0.4))
        let annex = xlsx.sheet("Annexe niveaux par critère")!
        #expect(annex.cells.values.filter { $0 == .string(Self.suppressed) }.count == 6)
    }

    @Test func concentratedLevelsAreWithheldWithTheirMean() throws {
        // Everyone at level 2 at T1 (and all but one at T0): the shares would give each one's level.
        var accumulator = CohortAccumulator(referentiel: CohortFixtures.mini.referentiel, sha256: CohortFixtures.mini.sha256, sessions: ["T0", "T1"])
        let engine = ScoringEngine(referentiel: CohortFixtures.mini.referentiel, sha256: CohortFixtures.mini.sha256)
        for (index, organisation) in CohortFixtures.organisations.enumerated() {
            for session in 0..<2 {
                let level = session == 0 && index == 0 ? 4 : 2
                let assessment = CohortFixtures.assessment(organisation.slug, session: session, level: level, charte: nil)
                accumulator.add(organisation: organisation.slug, session: session, score: engine.score(assessment))
            }
        }
        let report = CohortReport(comparison: CohortComparison(cohort: CohortFixtures.cohort, grids: [accumulator.finish()]),
                                  organisations: CohortFixtures.organisations, generatedOn: "2026-11-24", language: .fr)
        let grid = try #require(try FunderWorkbook(report: report).statistics.grids.first)
        let criterion = try #require(grid.criteria.first { $0.criterionID == "mn.regles-ecrites" })
        #expect(criterion.distributions.map(\.reason) == [.concentrated, .concentrated])
        #expect(criterion.change.reason == .concentrated)
        // the dimension's mean stays: 6 organisations, 2 × 50 + … is not one organisation's level
        #expect(grid.figures[1][0].value?.mean == 50)
        let path = ReportFixtures.temporaryPath("financeur-concentre.xlsx")
        try FunderWorkbook(report: report).write(to: path)
        let xlsx = try XlsxInspector(path: path)
        #expect(xlsx.texts("Annexe niveaux par critère").contains("secret statistique (toutes au même niveau, ou toutes sauf une)"))
    }

    @Test func aKBelowThreeIsRefused() {
        for k in [-1, 0, 1, 2] {
            #expect(throws: DisclosureRule.Failure.groupTooSmall(k)) { try FunderWorkbook(report: CohortFixtures.report(), minimumGroup: k) }
        }
        #expect((try? FunderWorkbook(report: CohortFixtures.report(), minimumGroup: 3))?.minimumGroup == 3)
    }

    @Test func aGridWithNothingPublishedIsOneLineWithoutChart() throws {
        let (path, xlsx) = try write(minimumGroup: 7)
        let line = "Mini grille\u{202F}: secret statistique — moins de 7 organisations présentes à chaque session, aucun chiffre publié."
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
        #expect(english.cell("Summary", "B7") == .number(5))
        #expect(english.texts("How to read").contains { $0.contains("One panel per grid") })
        #expect(english.texts("How to read").contains { $0.contains("from 10 organisations on") })
    }
}
