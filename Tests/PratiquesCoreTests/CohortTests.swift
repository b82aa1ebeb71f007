import Foundation
import Testing
@testable import PratiquesCore

/// Cohort statistics checked against values computed by hand.
@Suite struct DistributionStatisticsTests {
    @Test func evenCountInterpolatesQuartiles() {
        let statistics = DistributionStatistics([80, 10, 40, 20])
        // sorted 10, 20, 40, 80; mean = 150 / 4 = 37.5
        #expect(statistics.n == 4)
        #expect(statistics.mean == 37.5)
        // median: h = 3 × 0.5 = 1.5 → 20 + 0.5 × (40 − 20) = 30
        #expect(statistics.median == 30)
        // Q1: h = 3 × 0.25 = 0.75 → 10 + 0.75 × (20 − 10) = 17.5
        #expect(statistics.firstQuartile == 17.5)
        // Q3: h = 3 × 0.75 = 2.25 → 40 + 0.25 × (80 − 40) = 50
        #expect(statistics.thirdQuartile == 50)
        #expect(statistics.minimum == 10)
        #expect(statistics.maximum == 80)
        #expect(statistics.interquartileRange == 32.5)
    }

    @Test func oddCountHitsOrderStatistics() {
        let statistics = DistributionStatistics([5, 3, 1, 4, 2])
        // h = 4 × p: Q1 at index 1 (2), median at index 2 (3), Q3 at index 3 (4), as QUARTILE.INC
        #expect(statistics.firstQuartile == 2)
        #expect(statistics.median == 3)
        #expect(statistics.thirdQuartile == 4)
        #expect(statistics.mean == 3)
    }

    @Test func singleAndEmpty() {
        let one = DistributionStatistics([7])
        #expect(one.n == 1 && one.median == 7 && one.firstQuartile == 7 && one.thirdQuartile == 7 && one.minimum == 7)
        let none = DistributionStatistics([Double]())
        #expect(none.n == 0 && none.mean == nil && none.median == nil && none.firstQuartile == nil && none.maximum == nil)
        // NaN values are ignored: same as [1, 3]
        let withNaN = DistributionStatistics([1, .nan, 3])
        #expect(withNaN.n == 2 && withNaN.median == 2)
    }

    @Test func pairedProgressCountsByThreshold() {
        // changes +50, +0.5, −0.99, −75 with threshold 1: progressed 1, stable 2, regressed 1
        let progress = PairedProgress(changes: [50, 0.5, -0.99, -75], stableThreshold: 1)
        #expect(progress.n == 4)
        #expect(progress.progressed == 1 && progress.stable == 2 && progress.regressed == 1)
        // mean = (50 + 0.5 − 0.99 − 75) / 4 = −25.49 / 4 = −6.3725
        #expect(abs(progress.meanChange! - (-6.3725)) < 1e-9)
        #expect(progress.shares!.stable == 0.5)
        #expect(PairedProgress(changes: [], stableThreshold: 1).meanChange == nil)
    }

    @Test func sessionWindowsAndDays() {
        let session = CohortSession(position: 0, label: "T0", date: "2024-03-14")
        // 182 days before 2024-03-14: 14 days of March, 29 of February (leap year), 31 of January → 74 days back to 2023-12-31,
        // then 108 more: December 31, November 30, October 31 = 92 → 2023-09-30, 16 more → 2023-09-14
        #expect(session.windowStart == "2023-09-14")
        // 182 days after: 17 to 2024-03-31, 30 + 31 + 30 + 31 + 31 = 153 → 2024-08-31 (170), 12 more → 2024-09-12
        #expect(session.windowEnd == "2024-09-12")
        #expect(session.contains(day: "2024-09-12") && !session.contains(day: "2024-09-13"))
        #expect(!Day.isValid("2023-02-29") && Day.isValid("2024-02-29"))
        let next = CohortSession(position: 1, label: "T1", date: "2025-03-18")
        #expect(!session.overlaps(next))
        #expect(session.overlaps(CohortSession(position: 1, label: "T1", date: "2024-09-01")))
    }
}

/// The comparison of a small cohort on the mini grid. Each organisation's answer is a
/// consensus level on mn.regles-ecrites (score = level × 25) and, for « a », yes/no on
/// mn.charte (100 / 0); mn.participation and mn.entretiens stay unanswered, so
/// mn.regles = the mn.regles-ecrites score, mn.salaries = the mn.charte score, and
/// overall = (2 × regles + 1 × salaries) / 3 when both exist.
@Suite struct CohortAccumulatorTests {
    let referentiel = try! ReferentielLoader.load(path: Fixtures.miniPath).referentiel

    func score(level: Int?, charte: Bool? = nil, respondents: [Int] = []) -> AssessmentScore {
        var consensus: [Answer] = []
        if let level { consensus.append(Answer(criterionID: "mn.regles-ecrites", value: .level(level))) }
        if let charte { consensus.append(Answer(criterionID: "mn.charte", value: .yesNo(charte))) }
        let people = respondents.map { Respondent(role: .salarie, answers: [Answer(criterionID: "mn.regles-ecrites", value: .level($0))]) }
        let assessment = Assessment(organisationSlug: "x", referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)),
                                    date: "2024-01-01", label: "x", respondents: people, consensus: consensus)
        return ScoringEngine(referentiel: referentiel).score(assessment)
    }

    var comparison: CohortGridComparison {
        var accumulator = CohortAccumulator(referentiel: referentiel, sessions: ["T0", "T1"])
        // Added out of order: the comparison sorts organisations by slug.
        accumulator.add(organisation: "d", session: 1, score: score(level: 0))
        accumulator.add(organisation: "c", session: 0, score: score(level: 4))
        accumulator.add(organisation: "a", session: 0, score: score(level: 1, charte: false))
        accumulator.add(organisation: "b", session: 0, score: score(level: 2))
        accumulator.add(organisation: "a", session: 1, score: score(level: 3, charte: true))
        accumulator.add(organisation: "b", session: 1, score: score(level: 2))
        accumulator.add(organisation: "c", session: 1, score: score(level: 1))
        return accumulator.finish()
    }

    @Test func statisticsPerSessionAndDimension() throws {
        let grid = comparison
        #expect(grid.organisations == ["a", "b", "c", "d"])
        #expect(grid.dimensionIDs == ["mn.regles", "mn.salaries"])
        // T0 mn.regles: 25, 50, 100 → mean 175 / 3; median 50; Q1 h = 0.5 → 25 + 0.5 × 25 = 37.5; Q3 h = 1.5 → 50 + 0.5 × 50 = 75
        let t0 = grid.statistics[0][0]
        #expect(t0.n == 3)
        #expect(abs(t0.mean! - 175.0 / 3) < 1e-9)
        #expect(t0.median == 50 && t0.firstQuartile == 37.5 && t0.thirdQuartile == 75 && t0.minimum == 25 && t0.maximum == 100)
        // T1 mn.regles: 0, 25, 50, 75 → mean 37.5; median h = 1.5 → 37.5; Q1 h = 0.75 → 18.75; Q3 h = 2.25 → 56.25
        let t1 = grid.statistics[1][0]
        #expect(t1.n == 4 && t1.mean == 37.5 && t1.median == 37.5 && t1.firstQuartile == 18.75 && t1.thirdQuartile == 56.25)
        // mn.salaries: only « a » (0 then 100)
        #expect(grid.statistics[0][1].n == 1 && grid.statistics[0][1].median == 0)
        #expect(grid.statistics[1][1].median == 100)
        // overall of « a »: T0 (2 × 25 + 0) / 3 = 16.67; T1 (2 × 75 + 100) / 3 = 83.33
        #expect(abs(grid.score(organisation: 0, session: 0, dimension: grid.overallIndex)! - 50.0 / 3) < 1e-9)
        #expect(abs(grid.score(organisation: 0, session: 1, dimension: grid.overallIndex)! - 250.0 / 3) < 1e-9)
        // « d » is absent at T0
        #expect(!grid.isPresent(organisation: 3, session: 0) && grid.isPresent(organisation: 3, session: 1))
    }

    @Test func pairedProgressUsesOrganisationsAtBothSessions() {
        let grid = comparison
        #expect(grid.pairs == [SessionPair(from: 0, to: 1)])
        // a +50, b 0, c −75 (d only at T1): n 3, mean −25 / 3, one each way
        let regles = grid.progress[0][0]
        #expect(regles.n == 3)
        #expect(abs(regles.meanChange! - (-25.0 / 3)) < 1e-9)
        #expect(regles.progressed == 1 && regles.stable == 1 && regles.regressed == 1)
        #expect(grid.progress[0][1].n == 1 && grid.progress[0][1].meanChange == 100)
    }

    @Test func levelDistributionAndCriterionRanking() throws {
        let grid = comparison
        let regles = try #require(grid.criteria.first { $0.criterionID == "mn.regles-ecrites" })
        // T0 levels a 1, b 2, c 4; T1 a 3, b 2, c 1, d 0
        #expect(regles.levelCounts[0] == [0, 1, 1, 0, 1])
        #expect(regles.levelCounts[1] == [1, 1, 1, 1, 0])
        #expect(regles.n(session: 1) == 4)
        // mean scores: T0 175 / 3, T1 150 / 4 = 37.5
        #expect(regles.meanScores[1] == 37.5)
        let charte = try #require(grid.criteria.first { $0.criterionID == "mn.charte" })
        #expect(charte.maxLevel == 1 && charte.levelCounts[0] == [1, 0] && charte.levelCounts[1] == [0, 1])
        // text criterion mn.remarques is not a scored criterion
        #expect(!grid.criteria.contains { $0.criterionID == "mn.remarques" })
        // charte +100 (n 1) ranks above regles-ecrites −25 / 3 (n 3); participation and entretiens have no pair
        #expect(grid.mostProgressed().map(\.criterionID) == ["mn.charte", "mn.regles-ecrites"])
        #expect(grid.leastProgressed(1).map(\.criterionID) == ["mn.regles-ecrites"])
    }

    @Test func gapToMedian() {
        let grid = comparison
        // T0 median of mn.regles is 50: b 50 → 0, c 100 → +50, a 25 → −25
        #expect(grid.gapToMedian(organisation: 1, session: 0, dimension: 0) == 0)
        #expect(grid.gapToMedian(organisation: 2, session: 0, dimension: 0) == 50)
        #expect(grid.gapToMedian(organisation: 0, session: 0, dimension: 0) == -25)
        #expect(grid.gapToMedian(organisation: 3, session: 0, dimension: 0) == nil)
    }

    @Test func levelOfAMeanRoundsHalvesUp() throws {
        var accumulator = CohortAccumulator(referentiel: referentiel, sessions: ["T0"])
        // respondents 2 and 3 → value 2.5 → level 3; respondents 1 and 2 and 2 → 5 / 3 = 1.67 → level 2
        accumulator.add(organisation: "e", session: 0, score: score(level: nil, respondents: [2, 3]))
        accumulator.add(organisation: "f", session: 0, score: score(level: nil, respondents: [1, 2, 2]))
        let regles = try #require(accumulator.finish().criteria.first { $0.criterionID == "mn.regles-ecrites" })
        #expect(regles.levelCounts[0] == [0, 0, 1, 1, 0])
    }

    @Test func aSecondScoreReplacesTheFirst() {
        var accumulator = CohortAccumulator(referentiel: referentiel, sessions: ["T0"])
        accumulator.add(organisation: "a", session: 0, score: score(level: 4))
        accumulator.add(organisation: "a", session: 0, score: score(level: 2))
        let grid = accumulator.finish()
        #expect(grid.statistics[0][0].n == 1 && grid.statistics[0][0].mean == 50)
        #expect(grid.criteria[0].levelCounts[0] == [0, 0, 1, 0, 0])
    }
}
