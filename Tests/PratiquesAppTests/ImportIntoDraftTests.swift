import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// Respondents of filled questionnaires joining a stored draft: only a draft of the same
/// organisation and grid version takes them (the one draft check).
@Suite struct ImportIntoDraftTests {
    let fixture: AppFixture
    let mini = AppFixture.testGrids.latest("mini")!

    init() throws {
        fixture = try AppFixture()
        try fixture.workspace.saveOrganisation(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
    }

    func draft() throws -> Int64 {
        try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15") { _ in "2026-01-15" }
    }

    func addition(_ assessmentID: Int64, organisation: String = "ruche") -> ImportBatch {
        var batch = ImportBatch(path: "sam.xlsx")
        let respondent = Respondent(role: .usager, name: "Sam", answers: [Answer(criterionID: "mn.regles-ecrites", value: .level(2)),
                                                                         Answer(criterionID: "mn.charte", value: .yesNo(true))])
        batch.respondentAdditions = [.init(item: .init(assessmentID: assessmentID, organisationSlug: organisation,
                                                       referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)), respondent: respondent),
                                           location: SourceLocation(file: "sam.xlsx", line: 0, column: 0), organisationField: "Répondant!B4")]
        return batch
    }

    @Test func importedRespondentsJoinADraftAfterItsOwn() throws {
        let draft = try draft()
        _ = try fixture.store.addRespondent(assessmentID: draft, role: .direction, name: "Claire")
        let summary = try fixture.workspace.importBatch(addition(draft))
        #expect(summary.respondents == 1)
        #expect(summary.answers == 2)
        #expect(summary.assessments == 0)
        #expect(summary.assessmentIDs == [draft])
        let assessment = try #require(try fixture.store.assessment(id: draft))
        #expect(assessment.respondents.map(\.role) == [.direction, .usager])
        #expect(assessment.respondents[1].answers.count == 2)
    }

    @Test func respondentsAreNotAddedToACompleteOrAnotherAssessment() throws {
        try fixture.workspace.saveOrganisation(Organisation(slug: "autre", name: "Autre", legalForm: .scop))
        let draft = try draft()
        let before = try fixture.counts()
        let wrongOrganisation = #expect(throws: ImportRefusal.self) { try fixture.workspace.importBatch(addition(draft, organisation: "autre")) }
        #expect(wrongOrganisation?.issues.map(\.rule) == [.assessmentMismatch])
        #expect(wrongOrganisation?.issues.first?.field == "Répondant!B4")
        var otherVersion = addition(draft)
        otherVersion.respondentAdditions[0].item.referentiel = ReferentielReference(id: "mini", version: SemanticVersion(2, 0, 0))
        otherVersion.respondentAdditions[0].item.referentielField = "_pratiques!B3"
        let wrongVersion = #expect(throws: ImportRefusal.self) { try fixture.workspace.importBatch(otherVersion) }
        #expect(wrongVersion?.issues.first?.message(in: .fr)
                == "sam.xlsx: _pratiques!B3: l'évaluation \(draft) porte sur ruche et mini@1.0.0, pas sur ruche et mini@2.0.0 [règle assessment-mismatch]")
        try fixture.store.setStatus(.complete, assessmentID: draft)
        let complete = #expect(throws: ImportRefusal.self) { try fixture.workspace.importBatch(addition(draft)) }
        #expect(complete?.issues.first?.message(in: .en) == "sam.xlsx: assessment: assessment \(draft) is complete: no more respondents can be added [rule assessment-mismatch]")
        let unknown = #expect(throws: ImportRefusal.self) { try fixture.workspace.importBatch(addition(999)) }
        #expect(unknown?.issues.map(\.problem) == [.unknownAssessment(999)])
        #expect(unknown?.issues.first?.message(in: .en) == "sam.xlsx: assessment: unknown assessment 999 [rule unknown-assessment]")
        #expect(try fixture.counts() == before)
    }

    @Test func aStoredDraftOfTheSameLabelIsNamed() throws {
        let draft = try draft()
        var batch = ImportBatch(path: "sam.xlsx")
        batch.assessments = [.init(item: Assessment(organisationSlug: "ruche", referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)),
                                                    date: "2026-01-15", label: "2026-01-15", status: .draft, respondents: [Respondent(role: .usager)]),
                                   location: SourceLocation(file: "sam.xlsx", line: 0, column: 0), organisationField: "Répondant!B4")]
        let refusal = try #require(throws: ImportRefusal.self) { try fixture.workspace.importBatch(batch) }
        #expect(refusal.issues.map(\.rule) == [.duplicateAssessment])
        guard case .alreadyStored(_, _, _, let stored) = refusal.issues[0].problem else { Issue.record("\(refusal.issues)"); return }
        #expect(stored == draft)
    }
}
