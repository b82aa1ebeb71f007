import Foundation
import Testing
import PratiquesCore
@testable import PratiquesReports

/// A questionnaire generated on the mini grid, filled by editing its sheet XML the way an
/// office suite saves it, then read back. Sheets: « Répondant » (B4 organisation, B5 role,
/// B6 name, B7 date), « Règles » (row 5 mn.regles-ecrites, row 6 mn.participation),
/// « Salariés » (row 5 mn.entretiens, row 6 mn.charte, row 7 mn.remarques).
@Suite struct QuestionnaireReaderTests {
    let directory: String
    let blank: String
    let catalog = ReferentielCatalog(entries: [ReportFixtures.mini])

    init() throws {
        blank = ReportFixtures.temporaryPath("questionnaire.xlsx")
        directory = (blank as NSString).deletingLastPathComponent
        try QuestionnaireWorkbook(loaded: ReportFixtures.mini, language: .fr).write(to: blank)
    }

    /// A complete questionnaire of Awa, volunteer, dated 2025-03-01, with an extra sheet.
    func filled(_ name: String = "filled.xlsx") throws -> String {
        var filler = try QuestionnaireFiller(path: blank)
        try filler.set("Répondant", "B4", .inline("Ruche"))
        try filler.set("Répondant", "B5", .shared("Bénévole"))
        try filler.set("Répondant", "B6", .inline("Awa"))
        // 2025-03-01 as a spreadsheet date: days since 1899-12-30 = 25,569 (to 1970-01-01)
        // + 55 × 365 + 14 leap days (to 2025-01-01) + 31 + 28 = 45,717.
        try filler.set("Répondant", "B7", .number(45_717))
        try filler.set("Règles", "E5", .shared("3 — Établi"))
        try filler.set("Règles", "F5", .shared("Règlement intérieur à revoir"))
        try filler.set("Règles", "E6", .number(32.5))
        try filler.set("Salariés", "E5", .shared("Non applicable"))
        try filler.set("Salariés", "E6", .shared("Oui"))
        try filler.set("Salariés", "F6", .inline("=signée en 2023"))
        try filler.set("Salariés", "E7", .inline("Rien à signaler"))
        try filler.addSheet("Nos notes")
        let path = (directory as NSString).appendingPathComponent(name)
        try filler.write(to: path)
        return path
    }

    func expectAwa(_ questionnaire: FilledQuestionnaire) {
        #expect(questionnaire.organisationSlug == "ruche")
        #expect(questionnaire.date == "2025-03-01")
        #expect(questionnaire.loaded.referentiel.reference == "mini@1.0.0")
        let respondent = questionnaire.respondent
        #expect(respondent.role == .benevole)
        #expect(respondent.name == "Awa")
        #expect(respondent.answers.count == 5)
        #expect(respondent.answers["mn.regles-ecrites"] == Answer(criterionID: "mn.regles-ecrites", value: .level(3), comment: "Règlement intérieur à revoir"))
        #expect(respondent.answers["mn.participation"]?.value == .number(32.5))
        #expect(respondent.answers["mn.entretiens"]?.value == .notApplicable)
        #expect(respondent.answers["mn.charte"] == Answer(criterionID: "mn.charte", value: .yesNo(true), comment: "=signée en 2023"))
        #expect(respondent.answers["mn.remarques"]?.value == .text("Rien à signaler"))
        #expect(questionnaire.isComplete)
    }

    @Test func roundTripThroughTheSheetXML() throws {
        expectAwa(try QuestionnaireReader(catalog: catalog).read(path: try filled()))
    }

    @Test func whatPeopleTypeInsteadOfTheListIsTolerated() throws {
        var filler = try QuestionnaireFiller(path: blank)
        try filler.set("Répondant", "B4", .shared("ruche"))
        try filler.set("Répondant", "B5", .inline("administratrice"))
        try filler.set("Répondant", "B7", .inline("01/03/2025"))
        try filler.set("Règles", "E5", .number(2))              // a level typed as a number
        try filler.set("Règles", "E6", .inline("12,5"))         // a decimal comma in a text cell
        try filler.set("Salariés", "E5", .inline("  4 — exemplaire "))  // case and spaces
        try filler.set("Salariés", "E6", .bool(false))          // FALSE typed for « Non »
        let path = (directory as NSString).appendingPathComponent("typed.xlsx")
        try filler.write(to: path)
        let read = try QuestionnaireReader(catalog: catalog).read(path: path)
        #expect(read.respondent.role == .administrateur)
        #expect(read.respondent.name == nil)
        #expect(read.date == "2025-03-01")
        #expect(read.respondent.answers["mn.regles-ecrites"]?.value == .level(2))
        #expect(read.respondent.answers["mn.participation"]?.value == .number(12.5))
        #expect(read.respondent.answers["mn.entretiens"]?.value == .level(4))
        #expect(read.respondent.answers["mn.charte"]?.value == .yesNo(false))
        #expect(read.respondent.answers["mn.remarques"] == nil)
        #expect(!read.isComplete)
    }

    @Test func aPercentageTypedWithItsSignIsReadInPercent() throws {
        var filler = try QuestionnaireFiller(path: blank)
        try filler.set("Répondant", "B4", .inline("ruche"))
        try filler.set("Répondant", "B5", .inline("Direction"))
        // « 45,5 % » typed in E6 (unit %): the cell holds 0.455 with a percentage format.
        try filler.set("Règles", "E6", .number(0.455))
        let percent = try filler.addPercentStyle()
        try filler.restyle("Règles", "E6", style: percent)
        let path = (directory as NSString).appendingPathComponent("percent.xlsx")
        try filler.write(to: path)
        #expect(try QuestionnaireReader(catalog: catalog).read(path: path).respondent.answers["mn.participation"]?.value == .number(45.5))
        // Without the percentage format, 0.455 is read as it is.
        var plain = try QuestionnaireFiller(path: blank)
        try plain.set("Répondant", "B4", .inline("ruche"))
        try plain.set("Répondant", "B5", .inline("Direction"))
        try plain.set("Règles", "E6", .number(0.455))
        try plain.write(to: path)
        #expect(try QuestionnaireReader(catalog: catalog).read(path: path).respondent.answers["mn.participation"]?.value == .number(0.455))
    }

    @Test func percentFormatsAreRecognised() throws {
        let styles = try XMLTreeNode.parse(Data("""
            <styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="&quot;%&quot; 0"/><numFmt numFmtId="166" formatCode="General"/></numFmts>
            <cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="10"/></cellXfs></styleSheet>
            """.utf8))
        #expect(XlsxReader.percentStyles(styles) == [1, 2, 5])
    }

    @Test func emptyDateIsTheImportDay() throws {
        var filler = try QuestionnaireFiller(path: blank)
        try filler.set("Répondant", "B4", .inline("ruche"))
        try filler.set("Répondant", "B5", .inline("Direction"))
        let path = (directory as NSString).appendingPathComponent("nodate.xlsx")
        try filler.write(to: path)
        let read = try QuestionnaireReader(catalog: catalog).read(path: path, today: "2026-01-15")
        #expect(read.date == "2026-01-15")
        #expect(read.respondent.answers.isEmpty)
    }

    func issues(_ path: String) -> [ValidationIssue] {
        do {
            _ = try QuestionnaireReader(catalog: catalog).read(path: path)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func untrustworthyCellsAreRefusedWithSheetAndCell() throws {
        var filler = try QuestionnaireFiller(path: blank)
        try filler.set("Répondant", "B4", .inline("ruche"))
        try filler.set("Règles", "A5", .inline("mn.autre"))
        try filler.set("Règles", "E6", .inline("beaucoup"))
        try filler.set("Salariés", "E5", .number(7))
        try filler.set("Salariés", "E6", .shared("Peut-être"))
        let path = (directory as NSString).appendingPathComponent("bad.xlsx")
        try filler.write(to: path)
        let found = issues(path)
        #expect(found.map(\.field) == ["Règles!A5", "Règles!E6", "Salariés!E5", "Salariés!E6", "Répondant!B5"])
        #expect(found.map(\.rule) == [.questionnaireAltered, .invalidValue, .levelOutsideScale, .labelNotInList, .missingField])
        #expect(found[3].message(in: .fr) == "\(path): Salariés!E6: « Peut-être » n'est pas dans la liste (Oui, Non) [règle label-not-in-list]")
        #expect(found[0].message(in: .en).contains("id 'mn.autre' instead of 'mn.regles-ecrites'"))
    }

    @Test func aWorkbookForAnotherGridVersionOrContentIsRefused() throws {
        var other = try QuestionnaireFiller(path: blank)
        try other.set("_pratiques", "B3", .inline("2.0.0"))
        let otherPath = (directory as NSString).appendingPathComponent("other.xlsx")
        try other.write(to: otherPath)
        #expect(issues(otherPath).map(\.field) == ["_pratiques!B3"])
        #expect(issues(otherPath).first?.rule == .unknownReferentielVersion)
        #expect(issues(otherPath).first?.message(in: .fr).contains("version 2.0.0, inconnu ici (versions connues : 1.0.0)") == true)

        var changed = try QuestionnaireFiller(path: blank)
        try changed.set("_pratiques", "B4", .inline(String(repeating: "0", count: 64)))
        let changedPath = (directory as NSString).appendingPathComponent("changed.xlsx")
        try changed.write(to: changedPath)
        #expect(issues(changedPath).map(\.field) == ["_pratiques!B4"])

        var renamed = try QuestionnaireFiller(path: blank)
        renamed.setText("xl/workbook.xml", try #require(renamed.text("xl/workbook.xml")).replacingOccurrences(of: "name=\"_pratiques\"", with: "name=\"Autre\""))
        let renamedPath = (directory as NSString).appendingPathComponent("renamed.xlsx")
        try renamed.write(to: renamedPath)
        #expect(issues(renamedPath).first?.rule == .notAQuestionnaire)

        let text = (directory as NSString).appendingPathComponent("text.xlsx")
        try "pas un classeur".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(issues(text).first?.rule == .notAQuestionnaire)
    }

    @Test func questionnairesOfOneOrganisationAndDateMakeOneAssessment() throws {
        let awa = try QuestionnaireReader(catalog: catalog).read(path: try filled())
        var paul = awa
        paul.respondent = Respondent(role: .direction, name: "Paul", answers: [Answer(criterionID: "mn.regles-ecrites", value: .level(1))])
        let batch = FilledQuestionnaire.batch([awa, paul])
        #expect(batch.assessments.count == 1)
        let assessment = try #require(batch.assessments.first?.item)
        #expect(assessment.label == "2025-03-01")
        #expect(assessment.respondents.map(\.role) == [.benevole, .direction])
        #expect(assessment.status == .draft, "Paul left criteria unanswered")
        #expect(batch.assessments.first?.organisationField == "Répondant!B4")
        #expect(FilledQuestionnaire.batch([awa]).assessments.first?.item.status == .complete)
        let added = FilledQuestionnaire.batch([awa, paul], intoAssessment: 12)
        #expect(added.assessments.isEmpty)
        #expect(added.respondentAdditions.map(\.item.assessmentID) == [12, 12])
        #expect(added.answerCount == 6)
    }

    /// Where LibreOffice is, when it is installed.
    static let soffice: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"]
        return directories.lazy.map { ($0 as NSString).appendingPathComponent("soffice") }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(.enabled(if: soffice != nil, "soffice (LibreOffice) absent: the re-save test is skipped"))
    func reSavedByLibreOfficeStillImports() throws {
        let path = try filled("libreoffice.xlsx")
        let output = (directory as NSString).appendingPathComponent("resaved")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.soffice))
        process.arguments = ["-env:UserInstallation=file://\(directory)/lo-profile", "--headless", "--norestore",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let resaved = (output as NSString).appendingPathComponent("libreoffice.xlsx")
        #expect(FileManager.default.fileExists(atPath: resaved))
        // LibreOffice rewrote the file: not the bytes we wrote, the same answers.
        #expect(try Data(contentsOf: URL(fileURLWithPath: resaved)) != Data(contentsOf: URL(fileURLWithPath: path)))
        expectAwa(try QuestionnaireReader(catalog: catalog).read(path: resaved))
    }
}
