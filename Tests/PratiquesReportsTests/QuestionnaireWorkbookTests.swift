import Foundation
import Testing
import PratiquesCore
@testable import PratiquesReports

@Suite struct QuestionnaireWorkbookTests {
    let path = ReportFixtures.temporaryPath("questionnaire.xlsx")

    func inspector() throws -> XlsxInspector {
        try QuestionnaireWorkbook(loaded: ReportFixtures.mini, language: .fr).write(to: path)
        return try XlsxInspector(path: path)
    }

    @Test func sheetsAndHiddenIdentification() throws {
        let xlsx = try inspector()
        #expect(xlsx.sheetNames == ["Répondant", "Règles", "Salariés", "_pratiques"])
        #expect(xlsx.sheet("_pratiques")?.hidden == true)
        #expect(xlsx.cell("_pratiques", "B2")?.text == "mini")
        #expect(xlsx.cell("_pratiques", "B3")?.text == "1.0.0")
        #expect(xlsx.cell("_pratiques", "B4")?.text == ReportFixtures.mini.sha256)
        #expect(xlsx.cell("_pratiques", "A8")?.text == "Règles")
        #expect(xlsx.cell("_pratiques", "B8")?.text == "mn.regles")
    }

    @Test func criteriaRowsKeepTheirIdsInAHiddenColumn() throws {
        let xlsx = try inspector()
        #expect(xlsx.cell("Règles", "A5")?.text == "mn.regles-ecrites")
        #expect(xlsx.cell("Règles", "A6")?.text == "mn.participation")
        #expect(xlsx.cell("Salariés", "A7")?.text == "mn.remarques")
        #expect(xlsx.sheet("Règles")?.hiddenColumns.contains(1) == true)
        #expect(xlsx.cell("Règles", "D5")?.text?.contains("3 — Établi : Les règles sont présentées chaque année.") == true)
    }

    @Test func dropdownsHoldTheScaleLabels() throws {
        let xlsx = try inspector()
        let regles = try #require(xlsx.sheet("Règles"))
        let e5 = try #require(regles.validations.first { $0.sqref == "E5" })
        #expect(e5.formula == "\"0 — Absent,1 — Émergent,2 — En construction,3 — Établi,4 — Exemplaire\"")
        #expect(!regles.validations.contains { $0.sqref == "E6" }, "a number criterion has no list")
        let salaries = try #require(xlsx.sheet("Salariés"))
        #expect(salaries.validations.first { $0.sqref == "E5" }?.formula.hasSuffix(",Non applicable\"") == true)
        #expect(salaries.validations.first { $0.sqref == "E6" }?.formula == "\"Oui,Non\"")
        let cover = try #require(xlsx.sheet("Répondant"))
        #expect(cover.validations.first { $0.sqref == "B5" }?.formula.contains("Bénévole") == true)
    }

    @Test func onlyAnswerCellsAreUnlockedOnProtectedSheets() throws {
        let xlsx = try inspector()
        #expect(xlsx.sheet("Règles")?.protected == true)
        #expect(xlsx.sheet("Répondant")?.protected == true)
        #expect(xlsx.isUnlocked("Règles", "E5"))
        #expect(xlsx.isUnlocked("Règles", "F5"))
        #expect(!xlsx.isUnlocked("Règles", "B5"))
        #expect(!xlsx.isUnlocked("Règles", "A5"))
        #expect(xlsx.isUnlocked("Répondant", "B4"))
    }
}
