import Foundation
import Testing
@testable import PratiquesCore

/// Scoring rules checked against values computed by hand on the mini grid:
/// dimension « mn.regles » (weight 2): mn.regles-ecrites (level, weight 2), mn.participation
/// (number, bands 0/15/30/45/60 → levels 0..4); dimension « mn.salaries » (weight 1):
/// mn.entretiens (level, N/A allowed), mn.charte (yes/no), mn.remarques (text, not scored).
@Suite struct ScoringEngineTests {
    let referentiel = try! ReferentielLoader.load(path: Fixtures.miniPath).referentiel
    var engine: ScoringEngine { ScoringEngine(referentiel: referentiel) }

    func assessment(_ respondents: [Respondent], consensus: [Answer] = []) -> Assessment {
        Assessment(organisationSlug: "org", referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)),
                   date: "2024-01-01", label: "2024", respondents: respondents, consensus: consensus)
    }

    func answer(_ id: String, _ value: AnswerValue?) -> Answer { Answer(criterionID: id, value: value) }

    @Test func singleRespondentAllAnswered() throws {
        let score = engine.score(assessment([Respondent(role: .direction, answers: [
            answer("mn.regles-ecrites", .level(3)),   // 3/4*100 = 75
            answer("mn.participation", .number(50)),  // band min 45 → level 3 → 75
            answer("mn.entretiens", .level(1)),       // 1/4*100 = 25
            answer("mn.charte", .yesNo(true)),        // 100
            answer("mn.remarques", .text("ok")),      // not scored
        ])]))
        // mn.regles = (75*2 + 75*1) / 3 = 75
        #expect(score.dimension("mn.regles")?.score == 75)
        // mn.salaries = (25*1 + 100*1) / 2 = 62.5
        #expect(score.dimension("mn.salaries")?.score == 62.5)
        // overall = (75*2 + 62.5*1) / 3 = 212.5 / 3 = 70.8333…
        #expect(abs(score.overall! - 212.5 / 3) < 1e-9)
        #expect(score.applicable == 4)
        #expect(score.answered == 4)
        #expect(score.coverage == 1)
        #expect(score.criterion("mn.remarques")?.score == nil)
        #expect(score.criterion("mn.remarques")?.isScored == false)
    }

    @Test func notApplicableIsExcludedNeverZero() {
        let score = engine.score(assessment([Respondent(role: .benevole, answers: [
            answer("mn.entretiens", .notApplicable),
            answer("mn.charte", .yesNo(false)),       // 0
        ])]))
        // Only mn.charte counts in mn.salaries: 0, applicable 1, answered 1.
        let salaries = score.dimension("mn.salaries")!
        #expect(salaries.score == 0)
        #expect(salaries.applicable == 1)
        #expect(salaries.answered == 1)
        #expect(score.criterion("mn.entretiens")?.isNotApplicable == true)
        // mn.regles: nothing answered → no score, coverage 0/2; overall = mn.salaries only = 0.
        #expect(score.dimension("mn.regles")?.score == nil)
        #expect(score.dimension("mn.regles")?.coverage == 0)
        #expect(score.overall == 0)
        #expect(score.coverage == 1.0 / 3.0)
    }

    @Test func severalRespondentsAreAveragedWithStatistics() throws {
        let score = engine.score(assessment([
            Respondent(role: .direction, answers: [answer("mn.regles-ecrites", .level(4))]),
            Respondent(role: .salarie, answers: [answer("mn.regles-ecrites", .level(1))]),
            Respondent(role: .benevole, answers: [answer("mn.regles-ecrites", .level(2))]),
            Respondent(role: .usager, answers: [answer("mn.regles-ecrites", .notApplicable)]),
        ]))
        let criterion = try #require(score.criterion("mn.regles-ecrites"))
        let stats = criterion.statistics
        #expect(stats.n == 3)
        #expect(stats.notApplicable == 1)
        #expect(stats.mean == 7.0 / 3.0)      // (4+1+2)/3
        #expect(stats.median == 2)            // sorted 1,2,4
        #expect(stats.min == 1)
        #expect(stats.max == 4)
        #expect(stats.spread == 3)
        #expect(stats.isDivergent)            // spread 3 ≥ 2
        #expect(criterion.source == .respondents)
        #expect(abs(criterion.score! - (7.0 / 3.0) / 4 * 100) < 1e-9)  // 58.33…
    }

    @Test func evenCountMedianAndNoDivergenceUnderTwoLevels() {
        let score = engine.score(assessment([
            Respondent(role: .direction, answers: [answer("mn.regles-ecrites", .level(2))]),
            Respondent(role: .salarie, answers: [answer("mn.regles-ecrites", .level(3))]),
        ]))
        let stats = score.criterion("mn.regles-ecrites")!.statistics
        #expect(stats.median == 2.5)
        #expect(stats.spread == 1)
        #expect(!stats.isDivergent)
    }

    @Test func consensusCountsAndAnswersRemain() {
        let respondents = [
            Respondent(role: .direction, answers: [answer("mn.regles-ecrites", .level(4))]),
            Respondent(role: .salarie, answers: [answer("mn.regles-ecrites", .level(0))]),
        ]
        let withConsensus = engine.score(assessment(respondents, consensus: [answer("mn.regles-ecrites", .level(1))]))
        let criterion = withConsensus.criterion("mn.regles-ecrites")!
        #expect(criterion.score == 25)          // consensus 1 → 25, not the mean 2 → 50
        #expect(criterion.source == .consensus)
        #expect(criterion.statistics.n == 2)    // individual answers still there
        #expect(criterion.statistics.isDivergent)
        let naConsensus = engine.score(assessment(respondents, consensus: [answer("mn.regles-ecrites", .notApplicable)]))
        #expect(naConsensus.criterion("mn.regles-ecrites")?.isNotApplicable == true)
        #expect(naConsensus.dimension("mn.regles")?.applicable == 1)
    }

    @Test func numberBandsScoreByLevel() {
        let cases: [(Double, Double)] = [(0, 0), (14.9, 0), (15, 25), (29.99, 25), (30, 50), (45, 75), (59.9, 75), (60, 100), (100, 100)]
        for (input, expected) in cases {
            let score = engine.score(assessment([Respondent(role: .direction, answers: [answer("mn.participation", .number(input))])]))
            #expect(score.criterion("mn.participation")?.score == expected, "\(input)")
        }
    }

    @Test func percentToTargetAndGap() {
        let score = engine.score(assessment([Respondent(role: .direction, answers: [
            answer("mn.regles-ecrites", .level(2)), answer("mn.charte", .yesNo(true)),
        ])]), targets: ["mn.regles-ecrites": 4, "mn.charte": 1, "mn.entretiens": 3])
        let regles = score.criterion("mn.regles-ecrites")!
        #expect(regles.percentToTarget == 50)   // 50 / 100 * 100
        #expect(regles.gapToTarget == 2)        // 4 - 2
        #expect(score.criterion("mn.charte")?.percentToTarget == 100)
        #expect(score.criterion("mn.entretiens")?.percentToTarget == nil)  // unanswered
        let above = engine.score(assessment([Respondent(role: .direction, answers: [answer("mn.regles-ecrites", .level(4))])]),
                                 targets: ["mn.regles-ecrites": 3])
        #expect(above.criterion("mn.regles-ecrites")?.percentToTarget == 100)   // capped
        #expect(above.criterion("mn.regles-ecrites")?.gapToTarget == -1)
    }

    @Test func progressBetweenTwoAssessments() {
        let before = engine.score(assessment([Respondent(role: .direction, answers: [
            answer("mn.regles-ecrites", .level(1)), answer("mn.participation", .number(20)), answer("mn.charte", .yesNo(true)),
        ])]))
        let after = engine.score(assessment([Respondent(role: .direction, answers: [
            answer("mn.regles-ecrites", .level(3)), answer("mn.participation", .number(20)), answer("mn.charte", .yesNo(false)),
        ])]))
        let progress = ScoreProgress(from: before, to: after)
        #expect(progress.criteria.first { $0.id == "mn.regles-ecrites" }?.change == 50)   // 25 → 75
        #expect(progress.criteria.first { $0.id == "mn.participation" }?.change == 0)
        #expect(progress.criteria.first { $0.id == "mn.charte" }?.change == -100)
        // mn.regles: before (25*2 + 25)/3 = 25; after (75*2 + 25)/3 = 58.33…
        #expect(abs(progress.dimensions.first { $0.id == "mn.regles" }!.change! - (175.0 / 3 - 25)) < 1e-9)
        // overall before = (25*2 + 100)/3 = 50; after = (58.33…*2 + 0)/3 = 38.88…
        #expect(abs(progress.overall.change! - ((175.0 / 3 * 2) / 3 - 50)) < 1e-9)
        #expect(progress.improved.map(\.id) == ["mn.regles-ecrites"])
        #expect(progress.regressed.map(\.id) == ["mn.charte"])
    }

    @Test func emptyAssessmentHasNoScore() {
        let score = engine.score(assessment([]))
        #expect(score.overall == nil)
        #expect(score.answered == 0)
        #expect(score.applicable == 4)
        #expect(score.coverage == 0)
    }
}



@Suite struct RespondentStatisticsTests {
    @Test func statisticsByHand() {
        // 4, 0, 3, N/A, 1 → sorted 0, 1, 3, 4: n 4, mean 2, median (1+3)/2 = 2, spread 4.
        let stats = RespondentStatistics(values: [4, 0, 3, nil, 1], maxValue: 4)
        #expect(stats.n == 4)
        #expect(stats.notApplicable == 1)
        #expect(stats.mean == 2)
        #expect(stats.median == 2)
        #expect(stats.min == 0)
        #expect(stats.max == 4)
        #expect(stats.spread == 4)
        #expect(stats.isDivergent)
        let calm = RespondentStatistics(values: [2, 3, 2], maxValue: 4)
        #expect(calm.median == 2)
        #expect(calm.mean == 7.0 / 3)
        #expect(!calm.isDivergent)
        let none = RespondentStatistics(values: [nil, nil], maxValue: 4)
        #expect(none.n == 0 && none.notApplicable == 2 && none.mean == nil && !none.isDivergent)
        // Yes against no diverges on a yes/no criterion (max 1).
        #expect(RespondentStatistics(values: [1, 0], maxValue: 1).isDivergent)
    }
}
