import Foundation
import GRDB
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

/// Facts and profiles as stored: written and read back with their authors and proposals, a
/// respondent appended later proposing a value, a profile kept.
@Suite struct FactStoreTests {
    let fixture: StoreFixture
    let mini = StoreFixture.mini

    init() throws {
        fixture = try StoreFixture()
        try fixture.store.save(Organisation(slug: "ruche", name: "La Ruche", legalForm: .association, sizeBand: SizeBand.none,
                                            hasGeneralAssembly: true, hasBoard: false))
    }

    @Test func aProfileIsKeptFieldByFieldUnknownStaysUnknown() throws {
        let stored = try #require(try fixture.store.organisation(slug: "ruche"))
        #expect(stored.hasGeneralAssembly == true && stored.hasBoard == false && stored.hasVolunteers == nil)
        #expect(stored.profile.hasEmployees == false)
    }

    @Test func factsAndProposalsAreReadBackAndAnAppendedRespondentProposes() throws {
        let draft = try fixture.store.createDraft(organisationSlug: "ruche", loaded: mini, date: "2026-01-15") { _ in "2026" }
        let claire = try fixture.store.addRespondent(assessmentID: draft, role: .direction, name: "Claire")
        let fact = try fixture.store.updateFact(assessmentID: draft, criterionID: "mn.participation", position: (claire, "mn.charte")) { stored in
            #expect(stored.facts.isEmpty)
            return AssessmentFact(criterionID: "mn.participation", value: nil)
                .entering(.number(35), comment: "compté en mars", by: RespondentKey(respondentID: claire, role: .direction, name: "Claire"))
        }
        #expect(fact?.enteredBy?.respondentID == claire && fact?.comment == "compté en mars")
        #expect(try fixture.store.fillPosition(respondentID: claire) == "mn.charte")
        // A respondent appended later (a questionnaire read into the draft) with another value proposes it.
        try fixture.store.transaction { transaction in
            try transaction.append(Respondent(role: .benevole, name: "Paul", answers: [Answer(criterionID: "mn.participation", value: .number(40))]),
                                   toAssessment: draft)
        }
        let stored = try #require(try fixture.store.assessment(id: draft)?.facts["mn.participation"])
        #expect(stored.value == .number(35))
        #expect(stored.proposals.map(\.value) == [.number(40)])
        #expect(stored.proposals.first?.respondent.name == "Paul" && stored.proposals.first?.respondent.respondentID != nil)
        // The bulk read gives the same facts.
        var bulk: AssessmentFact?
        try fixture.store.forEachAssessment { _, assessment in bulk = assessment.facts["mn.participation"] }
        #expect(bulk == stored)
        // Removing a fact removes its proposals with it.
        try fixture.store.updateFact(assessmentID: draft, criterionID: "mn.participation") { _ in nil }
        #expect(try fixture.store.assessment(id: draft)?.facts.isEmpty == true)
        #expect(try fixture.store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM assessment_fact_proposal") } == 0)
    }
}
