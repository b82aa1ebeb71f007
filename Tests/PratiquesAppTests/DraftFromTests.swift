import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// A new draft, empty or pre-filled from an earlier assessment (the rules behind `assess new`).
@Suite struct DraftFromTests {
    static let document = """
        {"organisations": [{"id": "coop", "name": "Coop", "legal_form": "scop"}, {"id": "autre", "name": "Autre", "legal_form": "scop"}],
         "assessments": [
          {"organisation": "coop", "referentiel": "gouvernance-democratique", "version": "1.0.0", "date": "2024-03-01", "label": "2024",
           "respondents": [{"role": "direction", "name": "Léa", "answers": [{"criterion": "gd.regles-ecrites", "level": 3, "comment": "règlement voté"}]}],
           "consensus": [{"criterion": "gd.preparation-ag", "level": 2}]},
          {"organisation": "coop", "referentiel": "environnement", "version": "1.0.0", "date": "2024-03-01", "label": "2024",
           "respondents": [{"role": "salarie", "answers": [{"criterion": "env.part-mobilite-douce", "number": 35}]}]}]}
        """

    func stored() throws -> AppFixture {
        let fixture = try AppFixture(catalog: AppFixture.shippedGridsBeforeProfiles)
        try fixture.importJSON(Self.document)
        return fixture
    }

    @Test func answersAreCarriedOntoTheNewestVersionWithTheirOrigin() throws {
        let fixture = try stored()
        let source = try #require(try fixture.workspace.assessments(organisation: "coop").first { $0.referentiel.id == "gouvernance-democratique" })
        let draft = try fixture.workspace.createDraft(organisation: "coop", referentiel: "gouvernance-democratique", from: source.id, date: Day("2027-03-16"),
                                                     label: "2027")
        #expect(draft.assessment.referentiel.version == SemanticVersion(2, 0, 0) && draft.assessment.status == .draft)
        #expect(draft.carried?.report.pathText == "1.0.0 → 1.1.0 → 2.0.0")
        let lea = try #require(draft.assessment.respondents.first)
        #expect(lea.name == "Léa" && lea.id != nil)
        // split: both successors, each marked with its origin, awaiting confirmation.
        let split = try #require(lea.answers["gd.regles-appropriees"])
        #expect(split.value == .level(3) && split.comment == "règlement voté" && split.awaitsConfirmation)
        #expect(split.origin == "gouvernance-democratique@1.0.0 gd.regles-ecrites → gd.regles-appropriees (split)")
        #expect(draft.assessment.consensus["gd.qualite-deliberation"]?.value == .level(2))
        #expect(draft.unanswered.contains("gd.concertation-strategie"))
        // The earlier assessment is unchanged.
        #expect(try fixture.store.assessment(source).respondents[0].answers.values.allSatisfy { $0.origin == nil })
    }

    @Test func anAssessmentOnTheSameVersionIsAProposalToo() throws {
        let fixture = try stored()
        let source = try #require(try fixture.workspace.assessments(organisation: "coop").first { $0.referentiel.id == "environnement" })
        let draft = try fixture.workspace.createDraft(organisation: "coop", referentiel: "environnement", from: source.id)
        #expect(draft.carried?.report.isCarried == false)
        #expect(draft.assessment.label == "brouillon \(Day.today())" && draft.assessment.date == Day.today().description)
        #expect(draft.assessment.respondents[0].answers["env.part-mobilite-douce"]?.origin
                == "environnement@1.0.0 env.part-mobilite-douce (2024)")
    }

    @Test func anotherOrganisationsAssessmentOrATakenLabelIsRefused() throws {
        let fixture = try stored()
        let source = try #require(try fixture.workspace.assessments(organisation: "coop").first)
        let before = try fixture.counts()
        #expect(throws: WorkspaceError.sourceOfAnother(assessment: source, organisation: "autre", referentiel: source.referentiel.id)) {
            try fixture.workspace.createDraft(organisation: "autre", referentiel: source.referentiel.id, from: source.id)
        }
        #expect(throws: WorkspaceError.unknownAssessment(999)) { try fixture.workspace.createDraft(organisation: "coop", referentiel: "environnement", from: 999) }
        #expect(throws: WorkspaceError.referentielNotFound("nope")) { try fixture.workspace.createDraft(organisation: "coop", referentiel: "nope") }
        #expect(try fixture.counts() == before)
        let empty = try fixture.workspace.createDraft(organisation: "coop", referentiel: "environnement", label: "2025")
        #expect(empty.carried == nil && empty.assessment.respondents.isEmpty)
        let taken = #expect(throws: WorkspaceError.self) { try fixture.workspace.createDraft(organisation: "coop", referentiel: "environnement", label: "2025") }
        #expect(taken?.message(in: .fr) == "une évaluation « 2025 » de coop sur environnement@1.0.0 existe déjà")
    }
}
