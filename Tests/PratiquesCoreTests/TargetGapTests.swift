import Foundation
import Testing
@testable import PratiquesCore

/// The criteria furthest from their target, on the mini grid (values by hand).
@Suite struct TargetGapTests {
    let referentiel = try! ReferentielLoader.load(path: Fixtures.miniPath).referentiel

    @Test func largestGapFirstTiesInGridOrder() {
        let assessment = Assessment(organisationSlug: "org", referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)),
                                    date: "2024-01-01", label: "2024", respondents: [Respondent(role: .direction, answers: [
                                        Answer(criterionID: "mn.regles-ecrites", value: .level(1)),   // target 4 (top): gap 3
                                        Answer(criterionID: "mn.participation", value: .number(20)),  // band 15 → level 1; target 2: gap 1
                                        Answer(criterionID: "mn.entretiens", value: .level(3)),       // target 3 recorded: no gap
                                        Answer(criterionID: "mn.charte", value: .yesNo(false)),       // 0, top 1: gap 1
                                        Answer(criterionID: "mn.remarques", value: .text("x")),       // not scored
                                    ])])
        let targets = ["mn.participation": 2, "mn.entretiens": 3]
        let score = ScoringEngine(referentiel: referentiel).score(assessment, targets: targets)
        #expect(score.furthestFromTarget(targets) == [TargetGap(criterionID: "mn.regles-ecrites", value: 1, target: 4),
                                                      TargetGap(criterionID: "mn.participation", value: 1, target: 2),
                                                      TargetGap(criterionID: "mn.charte", value: 0, target: 1)])
        #expect(score.furthestFromTarget(targets, count: 1).map(\.criterionID) == ["mn.regles-ecrites"])
    }
}
