import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesReports

/// The organisation workbook on ``ReportFixtures`` (mini grid, 2024 and 2025), cell by cell. The
/// figures are worked out by hand in the comments:
/// - 2024: mn.regles-ecrites mean(1, 3) = 2 → 50; mn.participation 32.5 % → band 2 → 50;
///   Règles = (2 × 50 + 50) / 3 = 50; mn.entretiens N/A; mn.charte mean(yes, no) → 50;
///   Salariés 50; overall (2 × 50 + 50) / 3 = 50;
/// - 2025: consensus 2 → 50; 61 % → band 4 → 100; Règles = (2 × 50 + 100) / 3 = 66.67;
///   charte yes → 100, Salariés 100; overall (2 × 66.67 + 100) / 3 = 77.78 (700 / 9).
@Suite struct OrganisationWorkbookTests {
    let report = ReportFixtures.report()
    let n = "\u{202F}"

    func write(_ report: OrganisationReport, _ name: String = "ruche.xlsx") throws -> XlsxInspector {
        let path = ReportFixtures.temporaryPath(name)
        try OrganisationWorkbook(report: report).write(to: path)
        return try XlsxInspector(path: path)
    }

    /// The 1-based row whose column A reads `text` in `sheet`.
    func row(_ xlsx: XlsxInspector, _ sheet: String, _ text: String) -> Int? {
        (1...200).first { xlsx.cell(sheet, "A\($0)")?.text == text }
    }

    @Test func sheetsInOrderReportFirstDataLast() throws {
        let xlsx = try write(report)
        #expect(xlsx.sheetNames == ["En bref", "Synthèse", "Mini grille", "Plan d’action", "Données", "Métadonnées"])
        let english = try write(ReportFixtures.report(language: .en), "ruche-en.xlsx")
        #expect(english.sheetNames == ["At a glance", "Summary", "Mini grid", "Action plan", "Data", "Metadata"])
        #expect(xlsx.malformedParts.isEmpty)
    }

    @Test func briefSaysWhereTheGridStandsInWords() throws {
        let xlsx = try write(report)
        let sheet = "En bref"
        #expect(xlsx.cell(sheet, "A1")?.text == "En bref — La Ruche")
        let line = try #require(row(xlsx, sheet, "Mini grille"))
        #expect(xlsx.cell(sheet, "B\(line)")?.text == "2025 (01/03/2025)")
        #expect(abs((xlsx.cell(sheet, "C\(line)")?.number ?? 0) - 700.0 / 9) < 1e-9)
        // since the previous and since the first (the same here): 77.78 − 50
        #expect(abs((xlsx.cell(sheet, "D\(line)")?.number ?? 0) - (700.0 / 9 - 50)) < 1e-9)
        #expect(abs((xlsx.cell(sheet, "E\(line)")?.number ?? 0) - (700.0 / 9 - 50)) < 1e-9)
        // target level 4 on mn.regles-ecrites, reached 2: not reached
        #expect(xlsx.cell(sheet, "F\(line)")?.text == "0 sur 1")
        let texts = xlsx.texts(sheet)
        // Point to work on: mn.regles-ecrites, 50 away from its target; strengths: the two at 100.
        let strengths = try #require(row(xlsx, sheet, "Nos points forts"))
        #expect(xlsx.cell(sheet, "A\(strengths + 1)")?.text == "Taux de participation à l’assemblée générale\(n)?")
        #expect(xlsx.cell(sheet, "A\(strengths + 2)")?.text == "L’organisation a-t-elle signé la charte\(n)?")
        let points = try #require(row(xlsx, sheet, "Nos points à travailler (les plus loin de l’objectif, ou du niveau le plus haut)"))
        #expect(xlsx.cell(sheet, "A\(points + 1)")?.text == "Les règles sont-elles écrites\(n)?")
        #expect(xlsx.cell(sheet, "B\(points + 1)")?.text
                == "Mini grille · niveau 2 En construction (50,0 sur 100), objectif\(n): niveau 4 — ce que nous faisons\(n): Un règlement intérieur existe.")
        #expect(texts.contains("• Aucun recul de 10 points ou plus depuis l’évaluation précédente."))
        #expect(texts.contains("• Aucune divergence entre répondants dans les dernières évaluations."))
        // Action plan: done 1, in progress 1, to do 0, late 1 (due 2025-01-31, report of 2025-06-01).
        let plan = try #require(row(xlsx, sheet, "Plan d’action"))
        #expect(xlsx.cell(sheet, "A\(plan + 1)")?.text == "Actions")
        #expect((2...5).map { xlsx.cell(sheet, "\(XlsxCell.column($0 - 1))\(plan + 2)")?.number } == [1, 1, 0, 1])
        #expect(texts.contains("• En retard\(n): =Écrire le règlement (échéance 31/01/2025, Bureau)"))
        #expect(texts.contains { $0.hasPrefix("Ce classeur ne contient ni les noms des répondants ni leurs commentaires") })
    }

    @Test func aFallOfTenPointsIsNamedAndADraftLeftOut() throws {
        var report = self.report
        // A third assessment, a draft: left out; its Règles fall would not count.
        var draft = ReportFixtures.assessments[0]
        draft.date = "2025-09-01"
        draft.label = "brouillon"
        draft.status = .draft
        let engine = ScoringEngine(referentiel: ReportFixtures.mini.referentiel, sha256: ReportFixtures.mini.sha256)
        report.entries.append(OrganisationReport.Entry(assessment: draft, referentiel: ReportFixtures.mini, score: engine.score(draft), progress: nil))
        var xlsx = try write(report, "draft.xlsx")
        #expect(xlsx.texts("En bref").contains("• Évaluation en cours non comptée ici\(n): Mini grille, brouillon du 01/09/2025."))
        #expect(xlsx.texts("En bref").contains("• Aucun recul de 10 points ou plus depuis l’évaluation précédente."))
        #expect(!xlsx.texts("Synthèse").contains("brouillon"))
        #expect(xlsx.texts("Données").contains("brouillon"))
        // The same assessments in the other order: 2025 then 2024 as the latest, a fall of 27.8 points.
        var fallen = self.report
        fallen.entries = [report.entries[1], report.entries[0]].enumerated().map { index, entry in
            var entry = entry
            entry.assessment.date = index == 0 ? "2024-03-01" : "2025-03-01"
            return entry
        }
        xlsx = try write(fallen, "fall.xlsx")
        #expect(xlsx.texts("En bref").contains("• Recul\(n): Mini grille — score global\(n): 77,8 → 50,0 (−27,8 points, entre 2025 et 2024)"))
        #expect(xlsx.texts("En bref").contains("• Recul\(n): Mini grille — Salariés\(n): 100,0 → 50,0 (−50,0 points, entre 2025 et 2024)"))
    }

    @Test func summaryBlocksHoldTheEnginesScoresBesideHorizontalBars() throws {
        let xlsx = try write(report)
        let sheet = "Synthèse"
        #expect(xlsx.cell(sheet, "A4")?.text == "Mini grille")
        #expect(xlsx.cell(sheet, "B5")?.text == "2024" && xlsx.cell(sheet, "C5")?.text == "2025")
        #expect(xlsx.cell(sheet, "A6")?.text == "Règles")
        #expect(xlsx.cell(sheet, "B6")?.number == 50)
        #expect(abs((xlsx.cell(sheet, "C6")?.number ?? 0) - 200.0 / 3) < 1e-9)
        #expect(xlsx.cell(sheet, "A7")?.text == "Salariés" && xlsx.cell(sheet, "C7")?.number == 100)
        #expect(xlsx.cell(sheet, "A8")?.text == "Score global")
        #expect(xlsx.cell(sheet, "B8")?.number == 50)
        #expect(abs((xlsx.cell(sheet, "C8")?.number ?? 0) - 700.0 / 9) < 1e-9)
        #expect(abs((xlsx.cell(sheet, "E8")?.number ?? 0) - (700.0 / 9 - 50)) < 1e-9)
        #expect(xlsx.cell(sheet, "C9")?.number == 0.75)
        // One chart: horizontal bars, a series per assessment over the dimensions and the overall score.
        #expect(xlsx.charts.count == 1)
        let bars = try #require(xlsx.charts.first)
        #expect(bars.types == ["c:barChart"])
        #expect(bars.references.contains("'Synthèse'!$A$6:$A$8"))
        #expect(bars.references.contains("'Synthèse'!$B$6:$B$8") && bars.references.contains("'Synthèse'!$C$6:$C$8"))
        #expect(!xlsx.charts.contains { $0.types.contains("c:radarChart") })
    }

    @Test func gridSheetNamesCriteriaInWordsWithLevelsTargetsAndAnswersByRole() throws {
        let xlsx = try write(report)
        let sheet = "Mini grille"
        #expect(xlsx.cell(sheet, "A5")?.text == "Règles")
        #expect(xlsx.cell(sheet, "A6")?.text == "Les règles sont-elles écrites\(n)?")
        #expect(xlsx.cell(sheet, "B6")?.number == 2)          // 2024: mean of 1 and 3
        #expect(xlsx.cell(sheet, "C6")?.number == 2)          // 2025: consensus 2
        #expect(xlsx.cell(sheet, "D6")?.text == "2 En construction\(n): Un règlement intérieur existe.")
        #expect(xlsx.cell(sheet, "E6")?.number == 50)
        #expect(xlsx.cell(sheet, "F6")?.number == 4)          // target
        #expect(xlsx.cell(sheet, "G6")?.number == 2)          // gap
        #expect(xlsx.cell(sheet, "H6")?.text == "Direction 3 · Consensus 2")
        #expect(xlsx.cell(sheet, "C7")?.number == 4 && xlsx.cell(sheet, "H7")?.text == "Direction 61")
        #expect(xlsx.cell(sheet, "A8")?.text == "Salariés")
        #expect(xlsx.cell(sheet, "B9")?.text == "n/a")        // mn.entretiens N/A in 2024
        #expect(xlsx.cell(sheet, "D10")?.text == "oui" && xlsx.cell(sheet, "H10")?.text == "Direction oui")
        #expect(xlsx.cell(sheet, "D11")?.text == "Réponse libre (non notée)")
        // no id in the report sheets
        for name in ["En bref", "Synthèse", sheet, "Plan d’action"] {
            #expect(!xlsx.texts(name).contains { $0.contains("mn.") }, "\(name)")
        }
        #expect(xlsx.sheet(sheet)?.frozen == "B5")
    }

    @Test func namesAndCommentsOnlyWithNames() throws {
        // Only the 2024 assessment: Claire (direction) answered 1 with a comment, a volunteer 3.
        var single = report
        single.entries = [report.entries[0]]
        var xlsx = try write(single, "ruche-2024.xlsx")
        #expect(xlsx.cell("Mini grille", "G6")?.text == "⚠ Direction 1 · Bénévole 3")   // one assessment: answers in G
        for sheet in xlsx.sheets {
            for text in sheet.cells.values.compactMap(\.text) {
                #expect(!text.contains("Claire") && !text.contains("SUM") && !text.contains("rien à signaler"), "\(sheet.name): \(text)")
            }
        }
        #expect(Set(xlsx.texts("Données")).isSuperset(of: ["R1", "R2"]))
        single.withNames = true
        xlsx = try write(single, "ruche-noms.xlsx")
        #expect(xlsx.cell("Mini grille", "G6")?.text
                == "⚠ Direction (Claire)\(n): 1 Émergent «\(n)=SUM(A1)\(n)»\nBénévole\(n): 3 Établi «\(n)+pas d’accord\(n)»")
        // Données keeps what was typed, without typography.
        #expect(xlsx.texts("Données").contains("+pas d'accord") && xlsx.texts("Données").contains("Claire"))
        #expect(xlsx.texts("En bref").contains { $0.hasPrefix("Ce classeur contient les noms des répondants") })
    }

    @Test func actionPlanLateFirstGridAndCriterionInWords() throws {
        let xlsx = try write(report)
        let sheet = "Plan d’action"
        #expect(xlsx.cell(sheet, "A4")?.text == "=Écrire le règlement")
        #expect(xlsx.cell(sheet, "B4")?.text == "Mini grille")
        #expect(xlsx.cell(sheet, "C4")?.text == "Les règles sont-elles écrites\(n)?")
        #expect(xlsx.cell(sheet, "F4")?.text == "À faire — en retard")
        #expect(xlsx.numberFormat(sheet, "E4") == "dd/mm/yyyy")
        #expect(xlsx.cell(sheet, "A5")?.text == "Former le CA" && xlsx.cell(sheet, "F5")?.text == "En cours")
        #expect(xlsx.cell(sheet, "A6")?.text == "Ancienne action" && xlsx.cell(sheet, "F6")?.text == "Fait")
    }

    @Test func dataSheetHoldsEveryAnswerWithIdsAndStatus() throws {
        let xlsx = try write(report)
        let sheet = try #require(xlsx.sheet("Données"))
        // 7 answers in 2024 + 3 in 2025 + 1 consensus row.
        let rows = Set(sheet.cells.keys.compactMap { key in Int(key.drop { $0.isLetter }) }).filter { $0 > 1 }
        #expect(rows.count == 11)
        #expect(xlsx.cell("Données", "A1")?.text == "organisation")
        #expect(xlsx.cell("Données", "N1")?.text == "statut" && xlsx.cell("Données", "N2")?.text == "terminée")
        #expect(xlsx.texts("Données").contains("mn.regles-ecrites"))
        #expect(sheet.frozen == "A2")
    }

    @Test func userTextIsNeverAFormula() throws {
        var named = report
        named.withNames = true
        let xlsx = try write(named, "formulas.xlsx")
        for sheet in xlsx.sheets {
            for (reference, cell) in sheet.cells {
                if case .formula = cell { Issue.record("formula in \(sheet.name)!\(reference)") }
            }
        }
        let comments = xlsx.texts("Données")
        for text in ["=SUM(A1)", "+pas d'accord", "-rien à signaler", "@bureau"] { #expect(comments.contains(text)) }
    }

    @Test func everySheetPrintsOnA4WithHeaderFooterAndBreaksBetweenBlocks() throws {
        let xlsx = try write(report)
        for sheet in xlsx.sheets {
            #expect(sheet.paperSize == "9", "\(sheet.name)")
            #expect(sheet.header.contains(sheet.name), "\(sheet.name): \(sheet.header)")
            #expect(sheet.footer == "&LLa Ruche&C01/06/2025&RPage &P / &N", "\(sheet.name): \(sheet.footer)")
            #expect(xlsx.printArea(sheet.name) != nil, "\(sheet.name)")
        }
        // « En bref » fitted to one page; the others to the width (fitToHeight 0: as many pages down as needed)
        #expect(xlsx.sheet("En bref")?.landscape == true && xlsx.sheet("En bref")?.fitToPage == true && xlsx.sheet("En bref")?.fitToHeight == nil)
        #expect(xlsx.sheet("Synthèse")?.landscape == true && xlsx.sheet("Synthèse")?.fitToPage == true && xlsx.sheet("Synthèse")?.fitToHeight == "0")
        #expect(xlsx.sheet("Mini grille")?.landscape == false)
        #expect(xlsx.printTitles("Mini grille") == "'Mini grille'!$4:$4")
        #expect(xlsx.printTitles("Plan d’action") == "'Plan d’action'!$3:$3")
    }
}

/// An assessment carried from an earlier version of its grid is marked as such in the workbook.
@Suite struct CarriedWorkbookTests {
    /// The mini grid in 2.0.0: mn.regles-ecrites split into two, the rest equal.
    static var mini2: LoadedReferentiel {
        var grid = ReportFixtures.mini.referentiel
        grid.version = SemanticVersion(2, 0, 0)
        var first = grid.dimensions[0].criteria[0]
        first.id = "mn.regles-redigees"
        first.short = LocalizedText(fr: "Règles rédigées", en: "Written rules")
        var second = first
        second.id = "mn.regles-connues"
        second.short = LocalizedText(fr: "Règles connues", en: "Known rules")
        grid.dimensions[0].criteria.replaceSubrange(0...0, with: [first, second])
        grid.migration = Migration(from: SemanticVersion(1, 0, 0), steps: [
            MigrationStep(kind: .split, from: ["mn.regles-ecrites"], to: ["mn.regles-redigees", "mn.regles-connues"]),
        ] + ReportFixtures.mini.referentiel.criteria.dropFirst().map { MigrationStep(kind: .equal, from: [$0.id], to: [$0.id]) })
        return LoadedReferentiel(referentiel: grid, path: "mini/2.0.0.yaml", text: "", sha256: ContentHash.sha256(of: grid))
    }

    static func report() throws -> OrganisationReport {
        var report = ReportFixtures.report()
        let engine = ScoringEngine(referentiel: mini2.referentiel, sha256: mini2.sha256)
        var previous: AssessmentScore?
        report.entries = try ReportFixtures.assessments.map { assessment in
            let carried = try AnswerCarrier.carry(assessment, from: ReportFixtures.mini.referentiel, through: [mini2.referentiel])
            let score = engine.score(carried.assessment)
            defer { previous = score }
            return OrganisationReport.Entry(assessment: assessment, referentiel: ReportFixtures.mini, score: score,
                                            progress: previous.map { ScoreProgress(from: $0, to: score) },
                                            scoredOn: mini2, answers: carried.assessment, carry: carried.report)
        }
        return report
    }

    @Test func carriedScoresAreMarkedAndExplainedInWordsIdsInMetadata() throws {
        let path = ReportFixtures.temporaryPath("carried.xlsx")
        try OrganisationWorkbook(report: try Self.report()).write(to: path)
        let xlsx = try XlsxInspector(path: path)
        let n = "\u{202F}"
        // Synthèse: headers `2024*`, the carried number format, a note under the block.
        #expect(xlsx.cell("Synthèse", "B4")?.text == "version 2.0.0")
        #expect(xlsx.cell("Synthèse", "B5")?.text == "2024*" && xlsx.cell("Synthèse", "C5")?.text == "2025*")
        #expect(xlsx.numberFormat("Synthèse", "B8") == "0.0\"*\"")
        // The split criterion counts twice with the old value: 2024 on 2.0.0, Règles = (2 × 50 + 2 × 50 + 50) / 5 = 50; overall 50.
        #expect(xlsx.cell("Synthèse", "B8")?.number == 50)
        #expect(xlsx.cell("Synthèse", "A10")?.text
                == "* 2024, 2025\(n): réponses données sur une version antérieure (1.0.0), reprises sur la 2.0.0 — détail dans la feuille de la grille")
        // Grid sheet: short labels, carried values marked, the split explained in words.
        #expect(xlsx.cell("Mini grille", "A6")?.text == "Règles rédigées" && xlsx.cell("Mini grille", "A7")?.text == "Règles connues")
        #expect(xlsx.cell("Mini grille", "B6")?.number == 2)
        #expect(xlsx.numberFormat("Mini grille", "B6") == "0.0\"*\"")
        let notes = xlsx.texts("Mini grille").first { $0.hasPrefix("* Valeurs reprises") }
        #expect(notes == "* Valeurs reprises des versions antérieures\(n): 2024, 2025 — Règles rédigées ← Les règles sont-elles écrites\(n)? (scission)\(n); "
                + "2024, 2025 — Règles connues ← Les règles sont-elles écrites\(n)? (scission).")
        // Métadonnées: the ids, with the path of versions.
        #expect(xlsx.texts("Métadonnées").contains("1.0.0 → 2.0.0"))
        #expect(xlsx.texts("Métadonnées").contains("mini"))
    }
}
