import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

/// Drafts filled answer by answer, and respondents added to a draft by an import.
@Suite struct DraftTests {
    let fixture: StoreFixture
    let mini = StoreFixture.catalog.latest("mini")!

    init() throws {
        fixture = try StoreFixture()
        try fixture.store.save(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
    }

    @Test func draftsAreLabelledWithTheDayAndNeverCollide() throws {
        let first = try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15")
        let second = try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15")
        let third = try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15")
        #expect(try fixture.store.assessmentSummary(id: first)?.label == "2026-01-15")
        #expect(try fixture.store.assessmentSummary(id: second)?.label == "2026-01-15 (2)")
        #expect(try fixture.store.assessmentSummary(id: third)?.label == "2026-01-15 (3)")
        #expect(try fixture.store.assessmentSummary(id: first)?.status == .draft)
        #expect(try fixture.store.newestDraft(organisationSlug: "ruche", referentielID: "mini", version: SemanticVersion(1, 0, 0))?.id == third)
        try fixture.store.setStatus(.complete, assessmentID: third)
        #expect(try fixture.store.newestDraft(organisationSlug: "ruche", referentielID: "mini", version: SemanticVersion(1, 0, 0))?.id == second)
        #expect(throws: StoreError.self) { try fixture.store.createDraft(organisationSlug: "inconnue", loaded: mini, date: "2026-01-15") }
    }

    @Test func answersAreReplacedInPlaceWithTheirPosition() throws {
        let draft = try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15")
        let claire = try fixture.store.addRespondent(assessmentID: draft, role: .direction, name: "Claire")
        let paul = try fixture.store.addRespondent(assessmentID: draft, role: .benevole, name: nil)
        #expect(try fixture.store.fillPosition(respondentID: claire) == nil)
        try fixture.store.saveAnswer(Answer(criterionID: "mn.regles-ecrites", value: .level(1)), respondentID: claire, position: "mn.participation")
        try fixture.store.saveAnswer(Answer(criterionID: "mn.regles-ecrites", value: .level(3), comment: "revu"), respondentID: claire, position: "mn.participation")
        try fixture.store.saveAnswer(Answer(criterionID: "mn.charte", value: .yesNo(false)), respondentID: paul, position: "mn.remarques")
        #expect(try fixture.store.fillPosition(respondentID: claire) == "mn.participation")
        #expect(try fixture.store.fillPosition(respondentID: paul) == "mn.remarques")
        let assessment = try #require(try fixture.store.assessment(id: draft))
        #expect(assessment.respondents.map(\.name) == ["Claire", nil])
        #expect(assessment.respondents[0].answers == ["mn.regles-ecrites": Answer(criterionID: "mn.regles-ecrites", value: .level(3), comment: "revu")])
        #expect(assessment.respondents[1].answers["mn.charte"]?.value == .yesNo(false))
        #expect(try fixture.counts()["answer"] == 2)
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
        let draft = try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15")
        _ = try fixture.store.addRespondent(assessmentID: draft, role: .direction, name: "Claire")
        let summary = try fixture.store.importBatch(addition(draft), catalog: StoreFixture.catalog)
        #expect(summary.respondents == 1)
        #expect(summary.answers == 2)
        #expect(summary.assessments == 0)
        #expect(summary.assessmentIDs == [draft])
        let assessment = try #require(try fixture.store.assessment(id: draft))
        #expect(assessment.respondents.map(\.role) == [.direction, .usager])
        #expect(assessment.respondents[1].answers.count == 2)
    }

    @Test func respondentsAreNotAddedToACompleteOrAnotherAssessment() throws {
        try fixture.store.save(Organisation(slug: "autre", name: "Autre", legalForm: .scop))
        let draft = try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15")
        let before = try fixture.counts()
        let wrongOrganisation = #expect(throws: InputError.self) { try fixture.store.importBatch(addition(draft, organisation: "autre"), catalog: StoreFixture.catalog) }
        #expect(wrongOrganisation?.issues.map(\.rule) == [.assessmentMismatch])
        #expect(wrongOrganisation?.issues.first?.field == "Répondant!B4")
        var otherVersion = addition(draft)
        otherVersion.respondentAdditions[0].item.referentiel = ReferentielReference(id: "mini", version: SemanticVersion(2, 0, 0))
        otherVersion.respondentAdditions[0].item.referentielField = "_pratiques!B3"
        let wrongVersion = #expect(throws: InputError.self) { try fixture.store.importBatch(otherVersion, catalog: StoreFixture.catalog) }
        #expect(wrongVersion?.issues.first?.message(in: .fr)
                == "sam.xlsx: _pratiques!B3: l'évaluation \(draft) porte sur ruche et mini@1.0.0, pas sur ruche et mini@2.0.0 [règle assessment-mismatch]")
        try fixture.store.setStatus(.complete, assessmentID: draft)
        let complete = #expect(throws: InputError.self) { try fixture.store.importBatch(addition(draft), catalog: StoreFixture.catalog) }
        #expect(complete?.issues.first?.message(in: .en) == "sam.xlsx: assessment: assessment \(draft) is complete: no more respondents can be added [rule assessment-mismatch]")
        let unknown = #expect(throws: InputError.self) { try fixture.store.importBatch(addition(999), catalog: StoreFixture.catalog) }
        #expect(unknown?.issues.map(\.rule) == [.unknownAssessment])
        #expect(try fixture.counts() == before)
    }
}
