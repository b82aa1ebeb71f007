import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesReports

@Suite struct OrganisationWorkbookTests {
    let report = ReportFixtures.report()
    let path = ReportFixtures.temporaryPath("ruche.xlsx")

    func inspector() throws -> XlsxInspector {
        try OrganisationWorkbook(report: report).write(to: path)
        return try XlsxInspector(path: path)
    }

    @Test func everySheetExists() throws {
        let xlsx = try inspector()
        #expect(xlsx.sheetNames == ["Synthèse", "Mini grille", "Plan d'action", "Données", "Métadonnées"])
        let english = ReportFixtures.temporaryPath("ruche-en.xlsx")
        try OrganisationWorkbook(report: ReportFixtures.report(language: .en)).write(to: english)
        #expect(try XlsxInspector(path: english).sheetNames == ["Summary", "Mini grid", "Action plan", "Data", "Metadata"])
    }

    @Test func summaryScoresAreTheEngines() throws {
        let xlsx = try inspector()
        // Row 9 (1-based) and 10: the two assessments; column E the overall score, F the change, G the coverage.
        #expect(xlsx.cell("Synthèse", "A1")?.text == "Progression des pratiques — La Ruche")
        #expect(xlsx.cell("Synthèse", "C9")?.text == "2024")
        #expect(xlsx.cell("Synthèse", "E9")?.number == report.entries[0].score.overall)
        #expect(xlsx.cell("Synthèse", "E10")?.number == report.entries[1].score.overall)
        // Hand check of the engine's figures: 2024 overall 50; 2025: (2*66.67 + 100)/3 = 77.78.
        #expect(abs((xlsx.cell("Synthèse", "E9")?.number ?? 0) - 50) < 1e-9)
        #expect(abs((xlsx.cell("Synthèse", "E10")?.number ?? 0) - 700.0 / 9) < 1e-9)
        #expect(abs((xlsx.cell("Synthèse", "F10")?.number ?? 0) - (700.0 / 9 - 50)) < 1e-9)
        #expect(xlsx.cell("Synthèse", "G10")?.number == 0.75)
        // Grid block: dimension rows with a score per assessment.
        #expect(xlsx.cell("Synthèse", "A14")?.text == "Règles")
        #expect(xlsx.cell("Synthèse", "B14")?.number == report.entries[0].score.dimension("mn.regles")?.score)
        #expect(xlsx.cell("Synthèse", "C14")?.number == report.entries[1].score.dimension("mn.regles")?.score)
        #expect(xlsx.sheet("Synthèse")?.conditionalFormats.contains { $0.type == "colorScale" } == true)
        #expect(xlsx.sheet("Synthèse")?.landscape == true)
        #expect(xlsx.sheet("Synthèse")?.fitToWidth == "1" || xlsx.sheet("Synthèse")?.fitToWidth == nil)
    }

    @Test func chartsPointAtTheScoreRanges() throws {
        let xlsx = try inspector()
        #expect(xlsx.charts.count == 2)
        let radar = try #require(xlsx.charts.first { $0.types.contains("c:radarChart") })
        // Categories: the dimension titles A14:A15; first assessment B14:B15, latest C14:C15.
        #expect(radar.references.contains("'Synthèse'!$A$14:$A$15"))
        #expect(radar.references.contains("'Synthèse'!$B$14:$B$15"))
        #expect(radar.references.contains("'Synthèse'!$C$14:$C$15"))
        let line = try #require(xlsx.charts.first { $0.types.contains("c:lineChart") })
        // Categories: the header row (labels), values: the overall score row.
        #expect(line.references.contains("'Synthèse'!$B$13:$C$13"))
        #expect(line.references.contains("'Synthèse'!$B$16:$C$16"))
        #expect(xlsx.cell("Synthèse", "A16")?.text == "Score global")
        #expect(xlsx.cell("Synthèse", "B16")?.number == report.entries[0].score.overall)
    }

    @Test func gridSheetShowsLevelsDescriptorsTargetsAndDivergences() throws {
        let xlsx = try inspector()
        let sheet = "Mini grille"
        #expect(xlsx.cell(sheet, "B5")?.text == "mn.regles-ecrites")
        #expect(xlsx.cell(sheet, "D5")?.number == 2)                  // 2024: mean of 1 and 3
        #expect(xlsx.cell(sheet, "E5")?.number == 2)                  // 2025: consensus 2
        #expect(xlsx.cell(sheet, "F5")?.text == "2 En construction")
        #expect(xlsx.cell(sheet, "G5")?.text == "Un règlement intérieur existe.")
        #expect(xlsx.cell(sheet, "H5")?.number == 50)
        #expect(xlsx.cell(sheet, "I5")?.number == 4)                  // target
        #expect(xlsx.cell(sheet, "J5")?.number == 2)                  // gap
        #expect(xlsx.cell(sheet, "D7")?.text == "n/a")                // mn.entretiens N/A in 2024
        // 2024 diverged (1 against 3) but 2025 has one respondent: the latest shows no divergence.
        #expect(xlsx.cell(sheet, "L5")?.text == nil)           // empty strings are written as styled blanks
        #expect(xlsx.cell(sheet, "K5")?.text?.contains("Consensus : 2 En construction") == true)
        #expect(xlsx.sheet(sheet)?.frozen == "D5")
    }

    @Test func severalRespondentsShowByRoleAndNameWithTheirDivergence() throws {
        // Only the 2024 assessment: Claire (direction) answered 1, an unnamed volunteer 3.
        var single = report
        single.entries = [report.entries[0]]
        let path = ReportFixtures.temporaryPath("ruche-2024.xlsx")
        try OrganisationWorkbook(report: single).write(to: path)
        let xlsx = try XlsxInspector(path: path)
        // One assessment column (D): level E, descriptor F, score G, target H, gap I, answers J, divergence K.
        #expect(xlsx.cell("Mini grille", "D5")?.number == 2)      // (1 + 3) / 2
        #expect(xlsx.cell("Mini grille", "J5")?.text == "Direction (Claire) : 1 Émergent « =SUM(A1) »\nBénévole : 3 Établi « +pas d'accord »")
        #expect(xlsx.cell("Mini grille", "K5")?.text == "à discuter")   // spread 3 − 1 = 2 levels: divergent
    }

    @Test func actionPlanHighlightsOverdueActions() throws {
        let xlsx = try inspector()
        let sheet = "Plan d'action"
        #expect(xlsx.cell(sheet, "A4")?.text == "=Écrire le règlement")
        #expect(xlsx.cell(sheet, "G4")?.text == "oui")                // due 2025-01-31, report of 2025-06-01
        #expect(xlsx.cell(sheet, "G5")?.text == nil)                  // due 2027
        #expect(xlsx.cell(sheet, "G6")?.text == nil)                  // done
        #expect(xlsx.cell(sheet, "F4")?.text == "À faire")
    }

    @Test func dataSheetHoldsEveryAnswerInLongFormat() throws {
        let xlsx = try inspector()
        let sheet = try #require(xlsx.sheet("Données"))
        // 7 answers in 2024 + 3 in 2025 + 1 consensus row.
        let rows = Set(sheet.cells.keys.compactMap { key in Int(key.drop { $0.isLetter }) }).filter { $0 > 1 }
        #expect(rows.count == 11)
        #expect(xlsx.cell("Données", "A1")?.text == "organisation")
        #expect(sheet.frozen == "A2")
    }

    @Test func userTextIsNeverAFormula() throws {
        let xlsx = try inspector()
        for sheet in xlsx.sheets {
            for (reference, cell) in sheet.cells {
                if case .formula = cell { Issue.record("formula in \(sheet.name)!\(reference)") }
            }
        }
        let comments = xlsx.sheet("Données")!.cells.values.compactMap(\.text)
        #expect(comments.contains("=SUM(A1)"))
        #expect(comments.contains("+pas d'accord"))
        #expect(comments.contains("-rien à signaler"))
        #expect(comments.contains("@bureau"))
    }

    @Test func metadataNamesTheGridsAndTheTool() throws {
        let xlsx = try inspector()
        let texts = xlsx.sheet("Métadonnées")!.cells.values.compactMap(\.text)
        #expect(texts.contains(ReportFixtures.mini.sha256))
        #expect(texts.contains("Pratiques \(PratiquesVersion.current)"))
        #expect(texts.contains("mini"))
        #expect(texts.contains { $0.contains("jamais compté comme zéro") })
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
        var second = first
        second.id = "mn.regles-connues"
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

    @Test func carriedScoresAreMarkedWithHowTheyWereCarried() throws {
        let report = try Self.report()
        let path = ReportFixtures.temporaryPath("carried.xlsx")
        try OrganisationWorkbook(report: report).write(to: path)
        let xlsx = try XlsxInspector(path: path)
        // Synthèse: the 2024 row keeps its version 1.0.0, is scored on 2.0.0, marked with `*` and a note.
        #expect(xlsx.cell("Synthèse", "B9")?.text == "1.0.0")
        #expect(xlsx.cell("Synthèse", "H9")?.text == "2.0.0")
        #expect(xlsx.numberFormat("Synthèse", "E9") == "0.0\"*\"")
        // The split criterion counts twice with the old value: 2024 on 2.0.0, regles = (2 × 2 × mean(1, 3) / 4 × 100 + 50 × 1) / 5
        // = (2 × 2 × 50 + 50) / 5 = 50 (mn.participation 32.5 → band 30 → level 2 → 50); overall as on 1.0.0: 50.
        #expect(abs((xlsx.cell("Synthèse", "E9")?.number ?? 0) - 50) < 1e-9)
        let note = try #require(xlsx.cell("Synthèse", "I9")?.text)
        #expect(note.contains("reprise 1.0.0 → 2.0.0"))
        #expect(note.contains("mn.regles-ecrites → mn.regles-redigees (scission)"))
        // Grid sheet: the header names both versions, the carried value has the `*` format, and
        // the Carried column says how.
        #expect(xlsx.cell("Mini grille", "D4")?.text == "2024 (v1.0.0 → 2.0.0*)")
        #expect(xlsx.cell("Mini grille", "B5")?.text == "mn.regles-redigees")
        #expect(xlsx.cell("Mini grille", "D5")?.number == 2)   // mean of 1 and 3
        #expect(xlsx.numberFormat("Mini grille", "D5") == "0.0\"*\"")
        // Columns: A–C, two assessments (D, E), then level, descriptor, score, target, gap, answers, divergence, carried (M).
        #expect(xlsx.cell("Mini grille", "M3")?.text == nil)
        #expect(xlsx.cell("Mini grille", "M4")?.text == "Reprise (valeurs * des versions antérieures)")
        #expect(xlsx.cell("Mini grille", "M5")?.text == "2024 (1.0.0) : mn.regles-ecrites → scission\n2025 (1.0.0) : mn.regles-ecrites → scission")
        #expect(xlsx.cell("Mini grille", "M7")?.text == "2024 (1.0.0) : repris à l'identique\n2025 (1.0.0) : repris à l'identique")
        #expect(xlsx.cell("Mini grille", "E4")?.text == "2025 (v1.0.0 → 2.0.0*)")
    }
}
