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

    @Test func titledWithTheParcours() {
        #expect(xlsx.cell("Synthèse", "A1") == .string("Parcours test — bilan de la cohorte"))
        #expect(xlsx.malformedParts.isEmpty)
    }

    @Test func statisticsPerDimensionWithASessionEachFiveColumns() {
        // Grid title on row 4, sessions on row 5, headers on row 6, then mn.regles on row 7.
        #expect(xlsx.cell("Synthèse", "A4") == .string("Mini grille"))
        #expect(xlsx.cell("Synthèse", "B5") == .string("T0 (14/03/2024)"))
        #expect(xlsx.cell("Synthèse", "A6") == .string("Dimension"))
        #expect(xlsx.cell("Synthèse", "A7") == .string("Règles"))
        // T0 sorted 0, 25, 50, 50, 75, 100: n 6, mean 300 / 6 = 50, median h = 2.5 → 50,
        // Q1 h = 1.25 → 25 + 0.25 × 25 = 31.25, Q3 h = 3.75 → 50 + 0.75 × 25 = 68.75
        let t0: [(String, Double)] = [("B7", 6), ("C7", 50), ("D7", 50), ("E7", 31.25), ("F7", 68.75)]
        for (reference, value) in t0 { #expect(xlsx.cell("Synthèse", reference) == .number(value), "\(reference)") }
        // T1 sorted 25, 50, 50, 75, 100: n 5, mean 60, median 50, Q1 h = 1 → 50, Q3 h = 3 → 75
        let t1: [(String, Double)] = [("G7", 5), ("H7", 60), ("I7", 50), ("J7", 50), ("K7", 75)]
        for (reference, value) in t1 { #expect(xlsx.cell("Synthèse", reference) == .number(value), "\(reference)") }
        // mn.salaries at T0: a 0 (no), zorglub 100 (yes)
        #expect(xlsx.cell("Synthèse", "A8") == .string("Salariés"))
        #expect(xlsx.cell("Synthèse", "B8") == .number(2))
        #expect(xlsx.cell("Synthèse", "D8") == .number(50))
        #expect(xlsx.cell("Synthèse", "A9") == .string("Global"))
    }

    @Test func quartilesAsFloatingBarsLevelsAsFullBars() throws {
        #expect(xlsx.charts.count == 2)
        #expect(!xlsx.charts.contains { $0.types.contains("c:lineChart") })
        // Floating bars: Q1 (invisible), median − Q1, Q3 − median, from the hidden columns T:W, rows 4–9
        // (3 dimensions × 2 sessions).
        let quartiles = try #require(xlsx.charts.first { $0.references.contains("'Synthèse'!$T$4:$T$9") })
        #expect(quartiles.types == ["c:barChart"])
        for column in ["U", "V", "W"] { #expect(quartiles.references.contains("'Synthèse'!$\(column)$4:$\(column)$9")) }
        #expect(xlsx.cell("Synthèse", "T4") == .string("Règles — T0") && xlsx.cell("Synthèse", "T5") == .string("T1"))
        #expect(xlsx.cell("Synthèse", "U4") == .number(31.25) && xlsx.cell("Synthèse", "V4") == .number(18.75) && xlsx.cell("Synthèse", "W4") == .number(18.75))
        #expect(xlsx.sheet("Synthèse")?.hiddenColumns.contains(20) == true)
        let levels = try #require(xlsx.charts.first { $0.references.contains("'Critères'!$A$5:$A$8") })
        // 4 scored criteria from row 5; shares of levels 0..4 in C..G
        #expect(levels.references.contains("'Critères'!$C$5:$C$8") && levels.references.contains("'Critères'!$G$5:$G$8"))
        // every chart in its own cell range
        for sheet in xlsx.sheets {
            let anchors = sheet.chartAnchors
            for (index, a) in anchors.enumerated() {
                for b in anchors[(index + 1)...] {
                    #expect(!(a.fromRow <= b.toRow && b.fromRow <= a.toRow && a.fromColumn <= b.toColumn && b.fromColumn <= a.toColumn), "\(sheet.name)")
                }
            }
        }
    }

    @Test func organisationsWithTheirOverallScoreAndGapEachSession() {
        let sheet = xlsx.sheet("Organisations")!
        #expect(sheet.cells["A4"] == .string("Mini grille"))
        #expect(sheet.cells["B5"] == .string("T0 (14/03/2024)"))
        // organisations sorted by slug: a, b, c, d, opaque, zorglub
        #expect(sheet.cells["A7"] == .string("Atelier Alpha"))
        // « a » at T0: Règles 25, Salariés 0 (no), overall (2 × 25 + 0) / 3
        #expect(abs((sheet.cells["B7"]?.number ?? 0) - 50.0 / 3) < 1e-9)
        #expect(sheet.cells["A11"] == .string("Opaque Mystère") && sheet.cells["A12"] == .string("Zorglub Secret"))
        // dimensions at the latest session, T1 (« d » absent)
        #expect(sheet.cells["A13"] == .string("Dimensions en T1 (18/03/2025)"))
        #expect(sheet.cells["A14"] == .string("Atelier Alpha") && sheet.cells["B14"] == .number(75))
        #expect(sheet.cells["A18"] == .string("Zorglub Secret"))
        #expect(sheet.conditionalFormats.contains { $0.sqref == "B14:C18" && $0.type == "colorScale" })
    }

    @Test func pairedProgress() {
        // T0 → T1 over the columns B–F; mn.regles on row 7: a +50, b 0, c −75, zorglub +50, opaque +50
        #expect(xlsx.cell("Progression", "B5") == .string("T0 → T1"))
        #expect(xlsx.cell("Progression", "A7") == .string("Règles"))
        #expect(xlsx.cell("Progression", "B7") == .number(5))
        // mean (50 + 0 − 75 + 50 + 50) / 5 = 15; progressed 3, stayed 1, regressed 1
        #expect(xlsx.cell("Progression", "C7") == .number(15))
        #expect(xlsx.cell("Progression", "D7") == .number(3))
        #expect(xlsx.cell("Progression", "E7") == .number(1))
        #expect(xlsx.cell("Progression", "F7") == .number(1))
    }

    @Test func levelDistributionAtTheLatestSession() {
        // mn.regles-ecrites at T1: a 3, b 2, c 1, zorglub 2, opaque 4 → 0, 1, 2, 1, 1 of 5
        #expect(xlsx.cell("Critères", "A5") == .string("Les règles sont-elles écrites\u{202F}?"))
        #expect(xlsx.cell("Critères", "B5") == .number(5))
        let shares: [(String, Double)] = [("C5", 0), ("D5", 0.2), ("E5", 0.4), ("F5", 0.2), ("G5", 0.2)]
        for (reference, value) in shares { #expect(xlsx.cell("Critères", reference) == .number(value), "\(reference)") }
        // mean score T0 (25 + 50 + 100 + 75 + 0 + 50) / 6 = 50, T1 300 / 5 = 60, paired change 15
        #expect(xlsx.cell("Critères", "H5") == .number(50) && xlsx.cell("Critères", "I5") == .number(60) && xlsx.cell("Critères", "J5") == .number(15))
        // no id in the report sheets
        for name in ["Synthèse", "Organisations", "Progression", "Critères"] {
            #expect(!xlsx.texts(name).contains { $0.contains("mn.") }, "\(name)")
        }
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
