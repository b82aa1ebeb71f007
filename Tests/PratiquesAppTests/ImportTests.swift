import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesApp
@testable import PratiquesStore

/// Imports through the use case: every kind of value stored as given, formats detected, round trips.
@Suite struct ImportTests {
    @Test func jsonImportWritesEverything() throws {
        let fixture = try AppFixture()
        let summary = try fixture.importFiles(AppFixture.importPath("ruche.json"))
        #expect(summary.assessments == 2)
        #expect(summary.respondents == 3)
        #expect(summary.answers == 10)
        #expect(try fixture.counts().filter { $0.value > 0 } == ["organisation": 1, "referentiel_snapshot": 1, "assessment": 2, "respondent": 3, "answer": 10,
                                                                 "consensus_answer": 1, "target": 1, "planned_action": 1])
        let organisation = try #require(try fixture.store.organisation(slug: "ruche"))
        #expect(organisation.name == "La Ruche")
        #expect(organisation.consentsToBeNamed)
        let first = try #require(try fixture.store.assessment(id: summary.assessmentIDs[0]))
        #expect(first.respondents.map(\.role) == [.direction, .benevole])
        let claire = first.respondents[0]
        #expect(claire.name == "Claire")
        #expect(claire.answers["mn.regles-ecrites"]?.value == .level(1))
        #expect(claire.answers["mn.regles-ecrites"]?.comment == "=SUM(A1)")
        #expect(claire.answers["mn.participation"]?.value == .number(32.5))
        #expect(claire.answers["mn.entretiens"]?.value == .notApplicable)
        #expect(claire.answers["mn.charte"]?.value == .yesNo(true))
        #expect(first.respondents[1].answers["mn.charte"]?.value == .yesNo(false))
        #expect(first.respondents[1].answers["mn.remarques"]?.value == .text("rien"))
        let second = try #require(try fixture.store.assessment(id: summary.assessmentIDs[1]))
        #expect(second.consensus["mn.regles-ecrites"]?.value == .level(2))
    }

    @Test func frenchCSVIsDetectedAndRead() throws {
        let fixture = try AppFixture()
        try fixture.importFiles(AppFixture.importPath("ruche.json"))
        let summary = try fixture.importFiles(AppFixture.importPath("ruche-2025.csv"))
        #expect(summary.assessments == 1)
        let assessment = try #require(try fixture.store.assessment(id: summary.assessmentIDs[0]))
        #expect(assessment.label == "2025")
        #expect(assessment.date == "2025-03-10")
        let direction = assessment.respondents[0]
        #expect(direction.role == .direction)
        #expect(direction.answers["mn.regles-ecrites"]?.value == .level(3))                  // label « Établi »
        #expect(direction.answers["mn.regles-ecrites"]?.comment == "Revu en CA; voir le PV\ndu 3 mars")
        #expect(direction.answers["mn.participation"]?.value == .number(42.5))              // decimal comma
        #expect(direction.answers["mn.entretiens"]?.value == .notApplicable)
        #expect(direction.answers["mn.entretiens"]?.comment == "pas de salarié")
        let benevole = assessment.respondents[1]
        #expect(benevole.role == .benevole)
        #expect(benevole.answers["mn.regles-ecrites"]?.comment == "Je n'ai \"jamais\" vu le règlement")
        #expect(benevole.answers["mn.charte"]?.value == .yesNo(false))
        #expect(benevole.answers["mn.remarques"]?.value == .text("=1+1"))
    }

    @Test func csvWithCommaSeparatorAndLFIsDetected() throws {
        let fixture = try AppFixture()
        let path = try fixture.file("comma.csv", """
            organisation,referentiel,version,date,label,respondent,role,criterion,answer,comment
            ruche,mini,1.0.0,2025-01-01,2025,a,salarie,mn.regles-ecrites,2,
            ruche,mini,1.0.0,2025-01-01,2025,a,salarie,mn.participation,"12,5",

            """)
        let summary = try fixture.importFiles(path, createOrg: true)
        #expect(summary.createdOrganisations == 1)
        let assessment = try #require(try fixture.store.assessment(id: summary.assessmentIDs[0]))
        #expect(assessment.respondents[0].answers["mn.participation"]?.value == .number(12.5))
    }

    @Test func jsonRoundTripGivesTheSameData() throws {
        let first = try AppFixture()
        try first.importFiles(AppFixture.importPath("ruche.json"))
        try first.importFiles(AppFixture.importPath("ruche-2025.csv"))
        let exported = try first.workspace.exportDocument()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let text = String(decoding: try encoder.encode(exported), as: UTF8.self)
        let second = try AppFixture()
        try second.importFiles(try second.file("export.json", text))
        #expect(try second.counts() == first.counts())
        let again = String(decoding: try encoder.encode(try second.workspace.exportDocument()), as: UTF8.self)
        #expect(again == text)
        // The export holds the raw answers as given, comments included.
        #expect(text.contains("\"comment\" : \"=SUM(A1)\""))
        #expect(text.contains("\"number\" : 42.5"))
        #expect(text.contains("\"not_applicable\" : true"))
    }

    @Test func aFileReceivedAsDataIsReadLikeAFile() throws {
        let fixture = try AppFixture()
        let data = try Data(contentsOf: URL(fileURLWithPath: AppFixture.importPath("ruche-2025.csv")))
        let batch = try ImportFileReader(catalog: AppFixture.testGrids).read(data: data, name: "envoi.csv")
        #expect(batch.assessments.map(\.location.file) == ["envoi.csv"])
        let summary = try fixture.workspace.importBatch(batch, options: ImportOptions(createMissingOrganisations: true))
        #expect(summary.assessments == 1 && summary.createdOrganisations == 1)
        let refused = try #require(throws: InputError.self) { try ImportFileReader(catalog: AppFixture.testGrids).read(data: Data(" \n".utf8), name: "vide.json") }
        #expect(refused.message(in: .fr) == "vide.json:1:1: fichier vide [règle empty-file]")
    }
}
