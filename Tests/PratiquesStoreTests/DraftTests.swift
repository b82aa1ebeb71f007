import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

/// Drafts filled answer by answer.
@Suite struct DraftTests {
    let fixture: StoreFixture
    let mini = StoreFixture.mini

    init() throws {
        fixture = try StoreFixture()
        try fixture.store.save(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association))
    }

    func create(_ date: String) throws -> Int64 {
        try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: date) { $0 == 1 ? date : "\(date) (\($0))" }
    }

    @Test func draftsTakeTheFirstFreeLabel() throws {
        let first = try create("2026-01-15")
        let second = try create("2026-01-15")
        let third = try create("2026-01-15")
        #expect(try fixture.store.assessmentSummary(id: first)?.label == "2026-01-15")
        #expect(try fixture.store.assessmentSummary(id: second)?.label == "2026-01-15 (2)")
        #expect(try fixture.store.assessmentSummary(id: third)?.label == "2026-01-15 (3)")
        #expect(try fixture.store.assessmentSummary(id: first)?.status == .draft)
        #expect(try fixture.store.newestDraft(organisationSlug: "ruche", referentielID: "mini", version: SemanticVersion(1, 0, 0))?.id == third)
        try fixture.store.setStatus(.complete, assessmentID: third)
        #expect(try fixture.store.newestDraft(organisationSlug: "ruche", referentielID: "mini", version: SemanticVersion(1, 0, 0))?.id == second)
        #expect(throws: StoreError.unknownOrganisation("inconnue")) {
            try fixture.store.createDraft(organisationSlug: "inconnue", loaded: mini, date: "2026-01-15") { _ in "x" }
        }
        #expect(throws: StoreError.unknownAssessment(999)) { try fixture.store.setStatus(.complete, assessmentID: 999) }
    }

    @Test func answersAreReplacedInPlaceWithTheirPosition() throws {
        let draft = try create("2026-01-15")
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

    @Test func theConsensusIsReplacedInPlace() throws {
        let draft = try create("2026-01-15")
        try fixture.store.setConsensus(Answer(criterionID: "mn.charte", value: .yesNo(true), comment: "voté"), assessmentID: draft)
        try fixture.store.setConsensus(Answer(criterionID: "mn.charte", value: .yesNo(false), comment: "revoté"), assessmentID: draft)
        #expect(try fixture.store.assessment(id: draft)?.consensus == ["mn.charte": Answer(criterionID: "mn.charte", value: .yesNo(false), comment: "revoté")])
        #expect(try fixture.counts()["consensus_answer"] == 1)
    }
}
