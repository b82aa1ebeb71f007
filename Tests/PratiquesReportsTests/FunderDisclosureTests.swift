import Testing
import PratiquesCore
@testable import PratiquesReports

/// The funder's figures against the subtraction attack of issue 11: with the figures the funder
/// workbook used to publish (the accompanist's statistics, every group of K or more), an
/// organisation present at one session only is recovered exactly; with ``FunderStatistics``
/// every figure of a dimension rests on one set of organisations, so nothing is left to subtract.
/// The attack on the written workbook, with every pair of figures, is `scripts/attack_funder.py`.
@Suite struct FunderDisclosureTests {
    /// « d » (Dépôt Delta) answered at T0 only, level 3: score 75 on mn.regles.
    @Test func theOldFiguresGiveBackTheScoreOfAnOrganisationPresentOnce() throws {
        let grid = try #require(CohortFixtures.report().comparison.grids.first)
        let t0 = grid.statistics[0][0], t1 = grid.statistics[1][0], change = grid.progress[0][0]
        // all three were published under the old rule (n ≥ 5): T0 n 6 mean 50, T1 n 5 mean 60, paired n 5 +15
        #expect(t0.n == 6 && t1.n == 5 && change.n == 5)
        // T0 sum − (T1 sum − paired change sum) = the T0 score of the one organisation not paired
        let recovered = Double(t0.n) * t0.mean! - (Double(t1.n) * t1.mean! - Double(change.n) * change.meanChange!)
        let d = try #require(grid.organisations.firstIndex(of: "d"))
        #expect(abs(recovered - grid.score(organisation: d, session: 0, dimension: 0)!) < 1e-9)
        #expect(recovered == 75)
    }

    @Test func theNewFiguresRestOnOneSetAndAreWholePoints() throws {
        let workbook = try FunderWorkbook(report: CohortFixtures.report())
        let grid = try #require(workbook.statistics.grids.first)
        let t0 = try #require(grid.figures[0][0].value), t1 = try #require(grid.figures[1][0].value)
        let change = try #require(grid.changes[0][0].value)
        #expect(t0.n == 5 && t1.n == 5 && change.n == 5)
        #expect(t0.mean == 45 && t1.mean == 60 && change.meanChange == 15)
        // the same subtraction leaves nothing: the change is the difference of the means
        let left: Double = 5 * 45 - (5 * 60 - 5 * 15)
        #expect(left == 0)
        // 5 < 2K: no order statistic
        #expect(t0.median == nil && t0.firstQuartile == nil && t0.thirdQuartile == nil)
    }

    /// A seeded cohort of 60 organisations on the mini grid over three sessions, some present
    /// once or twice (a few: the old figures then isolate them), some without employees (mn.salaries « non applicable »): every published
    /// group is the panel or K apart from it, the same at every session, whole points, quartiles
    /// only from 2K; and the old figures on the same cohort leak.
    @Test(arguments: [3, 5, 8]) func everyPublishedGroupIsThePanelOrKApart(k: Int) throws {
        let report = Self.generatedReport(seed: 2026, organisations: 60)
        let comparison = try #require(report.comparison.grids.first)
        let rule = try DisclosureRule(minimumGroup: k)
        let statistics = FunderStatistics(comparison: report.comparison, rule: rule)
        let grid = try #require(statistics.grids.first)
        let panel = CohortPanel(comparison)
        #expect(panel.members.count >= 2 * k && panel.leftOut > 0)
        #expect(grid.panelSize.value == panel.members.count)
        var shownDimensions = 0
        for dimension in 0..<grid.dimensionCount {
            let group = panel.dimensions[dimension].members.count
            let figures = grid.figures.map { $0[dimension] }
            guard let first = figures.first?.value else {
                #expect(figures.allSatisfy { $0.value == nil } && grid.changes.allSatisfy { $0[dimension].value == nil })
                #expect(group < k || panel.members.count - group < k)
                continue
            }
            shownDimensions += 1
            #expect(group == panel.members.count || panel.members.count - group >= k, "dimension \(dimension): \(group) of \(panel.members.count)")
            for figure in figures.compactMap(\.value) {
                #expect(figure.n == first.n && figure.n == group)
                #expect(figure.mean == figure.mean?.rounded())
                #expect((figure.median != nil) == (group >= 2 * k))
                #expect(figure.median == figure.median?.rounded() && figure.firstQuartile == figure.firstQuartile?.rounded())
            }
            for change in grid.changes.compactMap({ $0[dimension].value }) {
                #expect(change.n == group && change.meanChange == change.meanChange?.rounded())
                #expect(change.progressed.map { abs(($0 * 100).rounded() - $0 * 100) < 1e-9 } ?? true)
            }
        }
        #expect(shownDimensions >= 2)
        for (index, criterion) in grid.criteria.enumerated() {
            let members = panel.criteria[index].members.count
            let dimensionMembers = panel.dimensions[panel.criteria[index].dimension].members.count
            for (session, published) in criterion.distributions.enumerated() {
                guard let distribution = published.value else { continue }
                #expect(distribution.n == members && members >= k)
                #expect(members == panel.members.count || panel.members.count - members >= k)
                #expect(members == dimensionMembers || dimensionMembers - members >= k)
                #expect(!rule.isConcentrated(panel.criteria[index].levelCounts[session]))
            }
        }
        // The figures published before (the accompanist's, groups of K or more) on the same cohort:
        // some organisation's score comes back exactly by T1 sum − T0 sum − paired change sum.
        #expect(Self.oldRuleRecoveries(comparison, k: k) > 0)
    }

    /// Scores recovered exactly from the accompanist's statistics (what the funder workbook used to
    /// publish): for each dimension and pair of sessions whose three groups have K or more, the
    /// organisations in one session's group but not paired, when they are fewer than K — a
    /// coalition of the others (K − 2 at most) adds its own scores and isolates the last one.
    static func oldRuleRecoveries(_ grid: CohortGridComparison, k: Int) -> Int {
        var recovered = 0
        for (pairIndex, pair) in grid.pairs.enumerated() {
            for dimension in 0..<grid.dimensionCount {
                let before = grid.statistics[pair.from][dimension], after = grid.statistics[pair.to][dimension]
                let change = grid.progress[pairIndex][dimension]
                guard before.n >= k, after.n >= k, change.n >= k, let m0 = before.mean, let m1 = after.mean, let delta = change.meanChange else { continue }
                // T1 sum − T0 sum − paired change sum = Σ unpaired at T1 − Σ unpaired at T0
                func signed(_ organisation: Int) -> Double? {
                    if let later = grid.score(organisation: organisation, session: pair.to, dimension: dimension),
                       grid.score(organisation: organisation, session: pair.from, dimension: dimension) == nil { return later }
                    if let earlier = grid.score(organisation: organisation, session: pair.from, dimension: dimension),
                       grid.score(organisation: organisation, session: pair.to, dimension: dimension) == nil { return -earlier }
                    return nil
                }
                let unpaired = grid.organisations.indices.compactMap { organisation in signed(organisation).map { (organisation, $0) } }
                guard !unpaired.isEmpty, unpaired.count < k else { continue }
                let derived = Double(after.n) * m1 - Double(before.n) * m0 - Double(change.n) * delta
                let (_, target) = unpaired[0]
                let coalition = unpaired.dropFirst().reduce(0) { $0 + $1.1 }
                if abs(derived - coalition - target) < 1e-6 { recovered += 1 }
            }
        }
        return recovered
    }

    /// The seeded cohort: levels around a drifting centre, attendance patterns with drop-outs.
    static func generatedReport(seed: UInt64, organisations count: Int) -> CohortReport {
        var random = SplitMix64(seed: seed)
        let mini = CohortFixtures.mini
        let engine = ScoringEngine(referentiel: mini.referentiel, sha256: mini.sha256)
        // Most at every session, one in eight missing T1; the last four present at T0 only, at T2
        // only, at T1 only, at T0 and T1.
        let lastFour: [[Int]] = [[0], [2], [1], [0, 1]]
        var accumulator = CohortAccumulator(referentiel: mini.referentiel, sha256: mini.sha256, sessions: ["T0", "T1", "T2"])
        var organisations: [Organisation] = []
        for number in 0..<count {
            let slug = "g\(number)"
            organisations.append(Organisation(slug: slug, name: "Générée \(number)", legalForm: .association, consentsToBeNamed: number % 2 == 0))
            let employees = random.next(6) != 0
            let centre = Int(random.next(3))
            let sessions = number >= count - 4 ? lastFour[number - (count - 4)] : random.next(8) == 0 ? [0, 2] : [0, 1, 2]
            for session in sessions {
                var answers = [Answer(criterionID: "mn.regles-ecrites", value: .level(min(4, centre + session + Int(random.next(2)))))]
                if random.next(3) != 0 { answers.append(Answer(criterionID: "mn.participation", value: .number(Double(random.next(80))))) }
                answers.append(Answer(criterionID: "mn.entretiens", value: employees ? .level(Int(random.next(5))) : .notApplicable))
                if employees { answers.append(Answer(criterionID: "mn.charte", value: .yesNo(random.next(2) == 0))) }
                let assessment = Assessment(organisationSlug: slug, referentiel: ReferentielReference(id: "mini", version: SemanticVersion(1, 0, 0), sha256: mini.sha256),
                                            date: ["2024-03-14", "2025-03-18", "2026-03-17"][session], label: "T\(session)", respondents: [], consensus: answers)
                accumulator.add(organisation: slug, session: session, score: engine.score(assessment))
            }
        }
        let cohort = Cohort(name: "generee", parcours: "Parcours généré",
                            sessions: [CohortSession(position: 0, label: "T0", date: "2024-03-14"), CohortSession(position: 1, label: "T1", date: "2025-03-18"),
                                       CohortSession(position: 2, label: "T2", date: "2026-03-17")],
                            members: organisations.map(\.slug).sorted())
        return CohortReport(comparison: CohortComparison(cohort: cohort, grids: [accumulator.finish()]), organisations: organisations,
                            generatedOn: "2026-11-24", language: .fr)
    }
}

/// A small seeded generator (SplitMix64), so that the generated cohort is the same on every run.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in 0..<bound.
    mutating func next(_ bound: UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) % bound
    }
}
