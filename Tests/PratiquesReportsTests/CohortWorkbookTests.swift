import Foundation
import Testing
import PratiquesCore
@testable import PratiquesReports

/// The accompanist's cohort workbook, cell by cell, on ``CohortFixtures``.
@Suite struct CohortWorkbookTests {
    let path: String
    let xlsx: XlsxInspector

    init() throws {
        path = ReportFixtures.temporaryPath("cohorte.xlsx")
        let report = CohortFixtures.report()
        let written = try CohortWorkbook(report: report).write(to: path, rows: CohortFixtures.dataRows(report))
        // 11 assessments × 5 criteria of the mini grid
        #expect(written == 55)
        xlsx = try XlsxInspector(path: path)
    }

    @Test func sheetsInOrder() {
        #expect(xlsx.sheetNames == ["Synthèse", "Organisations", "Progression", "Critères", "Données", "Métadonnées"])
    }

    @Test func statisticsPerSessionAndDimension() {
        // Header on row 8, then mn.regles T0 on row 9.
        #expect(xlsx.cell("Synthèse", "A8") == .string("Dimension"))
        #expect(xlsx.cell("Synthèse", "A9") == .string("Règles"))
        #expect(xlsx.cell("Synthèse", "B9") == .string("T0"))
        // T0 sorted 0, 25, 50, 50, 75, 100: n 6, mean 300 / 6 = 50, median h = 2.5 → 50,
        // Q1 h = 1.25 → 25 + 0.25 × 25 = 31.25, Q3 h = 3.75 → 50 + 0.75 × 25 = 68.75, min 0, max 100
        let expected: [(String, Double)] = [("C9", 6), ("D9", 50), ("E9", 50), ("F9", 31.25), ("G9", 68.75), ("H9", 0), ("I9", 100)]
        for (reference, value) in expected { #expect(xlsx.cell("Synthèse", reference) == .number(value), "\(reference)") }
        // T1 sorted 25, 50, 50, 75, 100: n 5, mean 60, median 50, Q1 h = 1 → 50, Q3 h = 3 → 75
        let t1: [(String, Double)] = [("C10", 5), ("D10", 60), ("E10", 50), ("F10", 50), ("G10", 75), ("H10", 25), ("I10", 100)]
        for (reference, value) in t1 { #expect(xlsx.cell("Synthèse", reference) == .number(value), "\(reference)") }
        // mn.salaries at T0: a 0 (no), zorglub 100 (yes)
        #expect(xlsx.cell("Synthèse", "A11") == .string("Salariés"))
        #expect(xlsx.cell("Synthèse", "C11") == .number(2))
        #expect(xlsx.cell("Synthèse", "E11") == .number(50))
    }

    @Test func chartsOfMediansAndLevels() throws {
        // median with quartile range, line of medians over sessions, stacked bars of levels
        #expect(xlsx.charts.count == 3)
        let lines = xlsx.charts.filter { $0.types == ["c:lineChart"] }
        #expect(lines.count == 2)
        // stats rows 9..14 (2 dimensions + overall × 2 sessions): Q1 in F, median in E, Q3 in G, categories A:B
        let range = try #require(lines.first { $0.references.contains("'Synthèse'!$E$9:$E$14") })
        #expect(range.references.contains("'Synthèse'!$A$9:$B$14"))
        #expect(range.references.contains("'Synthèse'!$F$9:$F$14") && range.references.contains("'Synthèse'!$G$9:$G$14"))
        let bars = try #require(xlsx.charts.first { $0.types == ["c:barChart"] })
        // 4 scored criteria × 2 sessions from row 5; levels 0..4 in D..H
        #expect(bars.references.contains("'Critères'!$D$5:$D$12"))
        #expect(bars.references.contains("'Critères'!$H$5:$H$12"))
    }

    @Test func organisationsHeatMapWithNamesAndGaps() {
        let sheet = xlsx.sheet("Organisations")!
        // First block: T0, header row 5, organisations sorted by slug: a, b, c, d, opaque, zorglub
        #expect(sheet.cells["A4"] == .string("T0 (2024-03-14)"))
        #expect(sheet.cells["A6"] == .string("Atelier Alpha"))
        #expect(sheet.cells["B6"] == .number(25))
        // gap of « a » to the T0 median (50): −25, in the gap block (column F for mn.regles)
        #expect(sheet.cells["F6"] == .number(-25))
        #expect(sheet.cells["A10"] == .string("Opaque Mystère"))
        #expect(sheet.cells["A11"] == .string("Zorglub Secret"))
        #expect(sheet.conditionalFormats.contains { $0.sqref == "B6:D11" && $0.type == "colorScale" })
    }

    @Test func pairedProgress() {
        // T0 → T1 block: header row 5, mn.regles row 6: a +50, b 0, c −75, zorglub +50, opaque +50
        #expect(xlsx.cell("Progression", "A4") == .string("T0 → T1"))
        #expect(xlsx.cell("Progression", "A6") == .string("Règles"))
        #expect(xlsx.cell("Progression", "B6") == .number(5))
        // mean (50 + 0 − 75 + 50 + 50) / 5 = 15; progressed 3, stayed 1, regressed 1
        #expect(xlsx.cell("Progression", "C6") == .number(15))
        #expect(xlsx.cell("Progression", "D6") == .number(3))
        #expect(xlsx.cell("Progression", "E6") == .number(1))
        #expect(xlsx.cell("Progression", "F6") == .number(1))
        #expect(xlsx.cell("Progression", "G6") == .number(0.6))
    }

    @Test func levelDistribution() {
        // mn.regles-ecrites T0: levels a 1, b 2, c 4, d 3, zorglub 0, opaque 2 → 1, 1, 2, 1, 1
        #expect(xlsx.cell("Critères", "A5") == .string("mn.regles-ecrites"))
        #expect(xlsx.cell("Critères", "B5") == .string("T0"))
        #expect(xlsx.cell("Critères", "C5") == .number(6))
        let counts: [(String, Double)] = [("D5", 1), ("E5", 1), ("F5", 2), ("G5", 1), ("H5", 1)]
        for (reference, value) in counts { #expect(xlsx.cell("Critères", reference) == .number(value), "\(reference)") }
    }

    @Test func dataSheetColumnsAndRows() {
        let headers = ["organisation", "session", "date", "référentiel", "version", "dimension", "critère", "valeur", "score", "répondants"]
        for (column, header) in headers.enumerated() {
            #expect(xlsx.cell("Données", XlsxCell.name(row: 0, column: column)) == .string(header))
        }
        // first row: « a » at T0, mn.regles-ecrites consensus level 1 → score 25, no respondent value
        #expect(xlsx.cell("Données", "A2") == .string("Atelier Alpha"))
        #expect(xlsx.cell("Données", "B2") == .string("T0"))
        #expect(xlsx.cell("Données", "D2") == .string("mini"))
        #expect(xlsx.cell("Données", "E2") == .string("1.0.0"))
        #expect(xlsx.cell("Données", "G2") == .string("mn.regles-ecrites"))
        #expect(xlsx.cell("Données", "H2") == .number(1))
        #expect(xlsx.cell("Données", "I2") == .number(25))
        #expect(xlsx.cell("Données", "J2") == .number(0))
        // 55 rows after the header, none beyond
        #expect(xlsx.cell("Données", "A56") != nil)
        #expect(xlsx.cell("Données", "A57") == nil)
        // text criterion: no value, no score
        #expect(xlsx.cell("Données", "G6") == .string("mn.remarques"))
        #expect(xlsx.cell("Données", "H6") == nil)
    }
}

/// Past the rows a sheet may hold, *Données* goes on in « Données (2) »… before *Métadonnées*.
@Suite struct CohortDataContinuationTests {
    @Test func rowsGoOnInContinuationSheets() throws {
        let path = ReportFixtures.temporaryPath("cohorte-longue.xlsx")
        let report = CohortFixtures.report()
        // 55 rows, 20 a sheet: 20 + 20 + 15
        let written = try CohortWorkbook(report: report, dataRowsPerSheet: 20).write(to: path, rows: CohortFixtures.dataRows(report))
        #expect(written == 55)
        let xlsx = try XlsxInspector(path: path)
        #expect(xlsx.sheetNames == ["Synthèse", "Organisations", "Progression", "Critères", "Données", "Données (2)", "Données (3)", "Métadonnées"])
        for name in ["Données", "Données (2)", "Données (3)"] {
            #expect(xlsx.cell(name, "A1") == .string("organisation"))
            #expect(xlsx.cell(name, "J1") == .string("répondants"))
        }
        #expect(xlsx.cell("Données", "A21") != nil && xlsx.cell("Données", "A22") == nil)
        #expect(xlsx.cell("Données (3)", "A16") != nil && xlsx.cell("Données (3)", "A17") == nil)
        // data row 41 (the first of the third sheet): 6 assessments at T0 fill rows 1–30, then at T1 « a » 31–35,
        // « b » 36–40, « c » 41–45
        #expect(xlsx.cell("Données (3)", "A2") == .string("Cellier Gamma"))
        #expect(xlsx.cell("Données (3)", "B2") == .string("T1"))
    }
}
