import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// The group's consensus (the rules behind `pratiques assess consensus`).
@Suite struct ConsensusSessionTests {
    /// Two respondents: mn.regles-ecrites 0 and 4 (divergent), mn.charte yes and no (divergent),
    /// mn.participation 10 and 20 (levels 0 and 1: not divergent).
    static let json = """
        {"organisations": [{"id": "ruche", "name": "La Ruche", "legal_form": "association"}],
         "assessments": [{"organisation": "ruche", "referentiel": "mini", "version": "1.0.0", "date": "2025-03-01", "label": "2025", "status": "draft",
          "respondents": [
            {"role": "direction", "answers": [{"criterion": "mn.regles-ecrites", "level": 0}, {"criterion": "mn.charte", "yes": true},
                                              {"criterion": "mn.participation", "number": 10}]},
            {"role": "benevole", "answers": [{"criterion": "mn.regles-ecrites", "level": 4}, {"criterion": "mn.charte", "yes": false},
                                             {"criterion": "mn.participation", "number": 20}]}]}]}
        """

    @Test func theDivergentCriteriaWithoutConsensusAreDiscussed() throws {
        let fixture = try AppFixture()
        let id = try fixture.importJSON(Self.json).assessmentIDs[0]
        var session = try fixture.workspace.consensus(assessment: id)
        #expect(session.criteria.map(\.id) == ["mn.regles-ecrites", "mn.charte"])
        #expect(try fixture.workspace.consensus(assessment: id, all: true).criteria.count == 5)
        // (0 + 4) / 2 = 2 → 50; with the consensus 3 → 75 (the respondents' answers stay).
        #expect(session.score.criterion("mn.regles-ecrites")?.score == 50)
        try session.comment("après débat", for: "mn.regles-ecrites")
        try session.record(.level(3), for: "mn.regles-ecrites")
        #expect(session.recorded == 1)
        #expect(session.currentScore.criterion("mn.regles-ecrites")?.score == 75)
        #expect(session.divergentWithoutConsensus.map(\.id) == ["mn.charte"])
        let stored = try #require(try fixture.store.assessment(id: id))
        #expect(stored.consensus["mn.regles-ecrites"] == Answer(criterionID: "mn.regles-ecrites", value: .level(3), comment: "après débat"))
        #expect(stored.respondents.map { $0.answers["mn.regles-ecrites"]?.value } == [.level(0), .level(4)])
        // Next time, only what is left.
        #expect(try fixture.workspace.consensus(assessment: id).criteria.map(\.id) == ["mn.charte"])
        #expect(throws: WorkspaceError.unknownAssessment(404)) { try fixture.workspace.consensus(assessment: 404) }
    }
}
