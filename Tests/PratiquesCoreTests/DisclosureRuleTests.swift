import Testing
@testable import PratiquesCore

/// The disclosure rule's predicates, checked on values worked out by hand.
@Suite struct DisclosureRuleTests {
    @Test func kBelowThreeIsRefused() throws {
        for k in [Int.min, -1, 0, 1, 2] {
            #expect(throws: DisclosureRule.Failure.groupTooSmall(k)) { try DisclosureRule(minimumGroup: k) }
        }
        #expect(try DisclosureRule(minimumGroup: 3).minimumGroup == 3)
        #expect(try DisclosureRule().minimumGroup == 5)
    }

    @Test func nestedGroupsAreThePanelOrKFewer() throws {
        let rule = try DisclosureRule(minimumGroup: 5)
        // (part, whole): the panel itself; K fewer; fewer than K fewer (the difference would rest on 1–4)
        #expect(rule.allowsSubgroup(5, of: 5) && rule.allowsSubgroup(12, of: 12))
        #expect(rule.allowsSubgroup(5, of: 10) && rule.allowsSubgroup(7, of: 20))
        #expect(!rule.allowsSubgroup(9, of: 10) && !rule.allowsSubgroup(6, of: 10) && !rule.allowsSubgroup(5, of: 9))
        // a subgroup under K is never shown, even far from the panel
        #expect(!rule.allowsSubgroup(4, of: 30) && !rule.allowsGroup(4) && rule.allowsGroup(5))
    }

    @Test func quartilesFromTwiceK() throws {
        let five = try DisclosureRule(minimumGroup: 5)
        #expect(five.quartileGroup == 10 && !five.allowsQuartiles(9) && five.allowsQuartiles(10))
        let three = try DisclosureRule(minimumGroup: 3)
        #expect(!three.allowsQuartiles(5) && three.allowsQuartiles(6))
    }

    @Test func concentrationIsAllOrAllButOne() throws {
        let rule = try DisclosureRule()
        #expect(rule.isConcentrated([0, 0, 5, 0, 0]))   // everyone at level 2
        #expect(rule.isConcentrated([1, 0, 4, 0, 0]))   // all but one: that one knows the others' level
        #expect(!rule.isConcentrated([2, 0, 3, 0, 0]))
        #expect(!rule.isConcentrated([1, 1, 1, 1, 1]))
        #expect(rule.isConcentrated([]) && rule.isConcentrated([0, 0]))
    }

    @Test func roundingToWholePointsAndPercent() {
        // the leak of issue 11: 66.49 derived, 66.5 actual — whole points tell them apart no longer
        #expect(DisclosureRule.wholePoints(66.49) == 66 && DisclosureRule.wholePoints(66.5) == 67)
        #expect(DisclosureRule.wholePoints(-0.5) == -1 && DisclosureRule.wholePoints(-0.49) == 0)
        #expect(DisclosureRule.wholePercent(5.0 / 8) == 0.63 && DisclosureRule.wholePercent(1.0 / 3) == 0.33)
        #expect(DisclosureRule.wholePercent(1) == 1)
    }
}

/// The panel of a small cohort on the mini grid (see ``CohortAccumulatorTests``): a, b, c, f at
/// both sessions; d only at T1 and e only at T0 are left out of every figure.
@Suite struct CohortPanelTests {
    let referentiel = try! ReferentielLoader.load(path: Fixtures.miniPath).referentiel

    func score(level: Int, charte: Bool? = nil) -> AssessmentScore {
        var consensus = [Answer(criterionID: "mn.regles-ecrites", value: .level(level))]
        if let charte { consensus.append(Answer(criterionID: "mn.charte", value: .yesNo(charte))) }
        let assessment = Assessment(organisationSlug: "x", referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0)),
                                    date: "2024-01-01", label: "x", respondents: [], consensus: consensus)
        return ScoringEngine(referentiel: referentiel).score(assessment)
    }

    var grid: CohortGridComparison {
        var accumulator = CohortAccumulator(referentiel: referentiel, sessions: ["T0", "T1"])
        accumulator.add(organisation: "f", session: 0, score: score(level: 0))
        accumulator.add(organisation: "a", session: 0, score: score(level: 1, charte: false))
        accumulator.add(organisation: "b", session: 0, score: score(level: 2))
        accumulator.add(organisation: "c", session: 0, score: score(level: 4))
        accumulator.add(organisation: "e", session: 0, score: score(level: 3))
        accumulator.add(organisation: "a", session: 1, score: score(level: 3, charte: true))
        accumulator.add(organisation: "b", session: 1, score: score(level: 2))
        accumulator.add(organisation: "c", session: 1, score: score(level: 1))
        accumulator.add(organisation: "d", session: 1, score: score(level: 0))
        accumulator.add(organisation: "f", session: 1, score: score(level: 4))
        return accumulator.finish()
    }

    @Test func thePanelIsWhoAnsweredAtEverySession() {
        let grid = grid
        let panel = CohortPanel(grid)
        #expect(grid.organisations == ["a", "b", "c", "d", "e", "f"])
        #expect(panel.members.map { grid.organisations[$0] } == ["a", "b", "c", "f"])
        #expect(panel.leftOut == 2)
        // mn.regles on the panel: T0 25, 50, 100, 0 → 43.75; T1 75, 50, 25, 100 → 62.5 (the accompanist has e at T0 and d at T1: 5 each)
        let regles = panel.dimensions[0]
        #expect(regles.members == panel.members)
        #expect(regles.statistics[0].n == 4 && regles.statistics[0].mean == 43.75 && regles.statistics[1].mean == 62.5)
        #expect(grid.statistics[0][0].n == 5 && grid.statistics[1][0].n == 5)
        // paired on the same four: +50, 0, −75, +100 → 18.75 = 62.5 − 43.75; 2 up, 1 stable, 1 down
        let change = regles.progress[0]
        #expect(change.n == 4 && change.meanChange == 18.75 && change.progressed == 2 && change.stable == 1 && change.regressed == 1)
        // mn.salaries: « a » alone; the overall score on the whole panel
        #expect(panel.dimensions[1].members.map { grid.organisations[$0] } == ["a"])
        #expect(panel.dimensions[2].members == panel.members)
    }

    @Test func criteriaOnTheirGroupWithEachOrganisationsScore() throws {
        let grid = grid
        let panel = CohortPanel(grid)
        let written = try #require(panel.criteria.first { $0.criterionID == "mn.regles-ecrites" })
        #expect(written.dimension == 0 && written.members == panel.members)
        // levels T0 a 1, b 2, c 4, f 0; T1 a 3, b 2, c 1, f 4
        #expect(written.levelCounts == [[1, 1, 1, 0, 1], [0, 1, 1, 1, 1]])
        #expect(written.meanScores == [43.75, 62.5] && written.change.meanChange == 18.75)
        let charte = try #require(panel.criteria.firstIndex { $0.criterionID == "mn.charte" })
        #expect(panel.criteria[charte].members.map { grid.organisations[$0] } == ["a"])
        #expect(panel.criteria[charte].levelCounts == [[1, 0], [0, 1]])
        // each organisation's criterion score, read back in sorted order
        #expect(grid.criterionScore(organisation: 0, session: 1, criterion: charte) == 100)
        #expect(grid.criterionScore(organisation: 5, session: 1, criterion: 0) == 100)
        #expect(grid.criterionScore(organisation: 3, session: 0, criterion: 0) == nil)
        #expect(grid.criterionScore(organisation: 1, session: 0, criterion: charte) == nil)
    }
}
