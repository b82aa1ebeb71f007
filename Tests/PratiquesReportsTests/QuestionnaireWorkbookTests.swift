import Foundation
import Testing
import PratiquesCore
@testable import PratiquesReports

@Suite struct QuestionnaireWorkbookTests {
    let path = ReportFixtures.temporaryPath("questionnaire.xlsx")
    let n = "\u{202F}"

    func inspector(_ prefill: QuestionnairePrefill = QuestionnairePrefill()) throws -> XlsxInspector {
        try QuestionnaireWorkbook(loaded: ReportFixtures.mini, language: .fr, prefill: prefill).write(to: path)
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
        #expect(xlsx.malformedParts.isEmpty)
    }

    @Test func criteriaRowsKeepTheirIdsAndBoxesForPaper() throws {
        let xlsx = try inspector()
        #expect(xlsx.cell("Règles", "A5")?.text == "mn.regles-ecrites")
        #expect(xlsx.cell("Règles", "A6")?.text == "mn.participation")
        #expect(xlsx.cell("Salariés", "A7")?.text == "mn.remarques")
        #expect(xlsx.sheet("Règles")?.hiddenColumns.contains(1) == true)
        #expect(xlsx.cell("Règles", "B5")?.text == "Les règles sont-elles écrites\(n)?")
        let levels = try #require(xlsx.cell("Règles", "D5")?.text)
        #expect(levels.hasPrefix("☐ 0 — Absent\(n): Aucune règle écrite.\n☐ 1 — Émergent\(n): Les statuts existent."))
        #expect(xlsx.cell("Salariés", "D5")?.text?.hasSuffix("\n☐ NA — Non applicable") == true)
        #expect(xlsx.cell("Salariés", "D6")?.text == "☐ Oui   ☐ Non")
        // the roles printed on the cover, a box each
        #expect(xlsx.cell("Répondant", "C5")?.text?.contains("☐\u{00A0}Bénévole") == true)
        #expect(xlsx.texts("Répondant").contains("Sur papier"))
    }

    @Test func dropdownsHoldTheScaleLabelsAndNumbersTheirBounds() throws {
        let xlsx = try inspector()
        let regles = try #require(xlsx.sheet("Règles"))
        let e5 = try #require(regles.validations.first { $0.sqref == "E5" })
        #expect(e5.formula == "\"0 — Absent,1 — Émergent,2 — En construction,3 — Établi,4 — Exemplaire\"")
        // mn.participation: a number from 0 to 100
        #expect(regles.validationTypes["E6"] == "decimal")
        #expect(regles.validations.first { $0.sqref == "E6" }?.formula == "0")
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

    @Test func everyPageNamesTheGridTheOrganisationAndTheRespondent() throws {
        var xlsx = try inspector()
        for name in ["Répondant", "Règles", "Salariés"] {
            let sheet = try #require(xlsx.sheet(name))
            #expect(sheet.paperSize == "9" && sheet.landscape && sheet.fitToPage && sheet.fitToHeight == "0")
            #expect(sheet.header == "&LAuto-évaluation — Mini grille (1.0.0)&R\(name)")
            #expect(sheet.footer == "&LOrganisation\(n): …………………………&CRépondant\(n): …………………………&RPage &P / &N")
        }
        #expect(xlsx.printTitles("Règles")?.hasSuffix("!$4:$4") == true)
        xlsx = try inspector(QuestionnairePrefill(organisationSlug: "ruche", organisationName: "La Ruche", role: .benevole, name: "Awa"))
        #expect(xlsx.sheet("Règles")?.footer == "&LOrganisation\(n): La Ruche&CRépondant\(n): Bénévole — Awa&RPage &P / &N")
    }

    /// A questionnaire pre-filled for a respondent of a draft reads back as the same answers.
    @Test func aPrefilledQuestionnaireReadsBackTheSameAnswers() throws {
        let answers = [Answer(criterionID: "mn.regles-ecrites", value: .level(3), comment: "d'accord : à revoir ?"),
                       Answer(criterionID: "mn.participation", value: .number(32.5)),
                       Answer(criterionID: "mn.entretiens", value: .notApplicable),
                       Answer(criterionID: "mn.charte", value: .yesNo(false)),
                       Answer(criterionID: "mn.remarques", value: .text("l'été : rien"))]
        let xlsx = try inspector(QuestionnairePrefill(organisationSlug: "ruche", organisationName: "La Ruche", role: .benevole, name: "Awa",
                                                      date: "2025-03-01", answers: Dictionary(uniqueKeysWithValues: answers.map { ($0.criterionID, $0) })))
        #expect(xlsx.cell("Répondant", "B4")?.text == "ruche" && xlsx.cell("Répondant", "C4")?.text == "La Ruche")
        #expect(xlsx.cell("Répondant", "B5")?.text == "Bénévole" && xlsx.cell("Répondant", "B6")?.text == "Awa")
        #expect(xlsx.cell("Règles", "E5")?.text == "3 — Établi" && xlsx.cell("Règles", "F5")?.text == "d'accord : à revoir ?")
        #expect(xlsx.cell("Règles", "E6")?.number == 32.5)
        let read = try QuestionnaireReader(catalog: ReferentielCatalog(entries: [ReportFixtures.mini])).read(path: path)
        #expect(read.organisationSlug == "ruche" && read.date == "2025-03-01")
        #expect(read.respondent.role == .benevole && read.respondent.name == "Awa")
        for answer in answers { #expect(read.respondent.answers[answer.criterionID] == answer) }
    }
}

/// The reader finds the dimension sheets again after what office suites and people do to names.
@Suite struct QuestionnaireSheetLookupTests {
    let blank = ReportFixtures.temporaryPath("lookup.xlsx")
    let catalog = ReferentielCatalog(entries: [ReportFixtures.mini])

    init() throws {
        try QuestionnaireWorkbook(loaded: ReportFixtures.mini, language: .fr).write(to: blank)
    }

    func read(renaming old: String, to new: String) throws -> FilledQuestionnaire {
        var filler = try QuestionnaireFiller(path: blank)
        try filler.set("Répondant", "B4", .inline("ruche"))
        try filler.set("Répondant", "B5", .inline("Direction"))
        try filler.set("Règles", "E5", .shared("2 — En construction"))
        try filler.renameSheet(old, to: new)
        let path = ReportFixtures.temporaryPath("renamed.xlsx")
        try filler.write(to: path)
        return try QuestionnaireReader(catalog: catalog).read(path: path)
    }

    @Test(arguments: ["Règles ", "règles", "Re\u{300}gles", "Nos règles à nous"])
    func aDimensionSheetRenamedIsFoundAgain(_ name: String) throws {
        let questionnaire = try read(renaming: "Règles", to: name)
        #expect(questionnaire.respondent.answers["mn.regles-ecrites"]?.value == .level(2))
    }
}
