import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesApp
@testable import PratiquesStore

/// A cohort whose sessions used different versions of a grid: older answers are carried onto
/// the newest version through the migrations, marked, and the criteria that cannot be compared
/// are listed (the shipped gouvernance démocratique 1.0.0 → 1.1.0 → 2.0.0).
@Suite struct CohortCarryTests {
    static let catalog = AppFixture.shippedGridsUntilGouvernance2

    static func makeCohort() throws -> AppFixture {
        let fixture = try AppFixture(catalog: catalog)
        func answers(_ pairs: [(String, Int)]) -> String {
            pairs.map { "{\"criterion\": \"\($0.0)\", \"level\": \($0.1)}" }.joined(separator: ", ")
        }
        let json = """
        {"pratiques": 1,
         "organisations": [{"id": "a", "name": "A", "legal_form": "association"}],
         "assessments": [
          {"organisation": "a", "referentiel": "gouvernance-democratique", "version": "1.0.0", "date": "2024-03-01", "label": "2024",
           "respondents": [{"role": "direction", "answers": [\(answers([("gd.regles-ecrites", 2), ("gd.preparation-ag", 1), ("gd.vie-instances", 4),
                                                                         ("gd.information-financiere", 3)]))]}]},
          {"organisation": "a", "referentiel": "gouvernance-democratique", "version": "2.0.0", "date": "2025-03-01", "label": "2025",
           "respondents": [{"role": "direction", "answers": [\(answers([("gd.regles-formalisees", 3), ("gd.qualite-deliberation", 3)]))]}]}
         ]}
        """
        try fixture.importJSON(json)
        let workspace = fixture.workspace
        try workspace.createCohort("c", parcours: "Parcours")
        try workspace.addSession(cohort: "c", label: "T0", date: Day("2024-03-14")!, windowStart: Day("2024-01-01"), windowEnd: Day("2024-12-31"))
        try workspace.addSession(cohort: "c", label: "T1", date: Day("2025-03-18")!, windowStart: Day("2025-01-01"), windowEnd: Day("2025-12-31"))
        try workspace.addMembers(cohort: "c", organisations: ["a"])
        return fixture
    }

    @Test func olderVersionIsCarriedOntoTheNewestAndMarked() throws {
        let fixture = try Self.makeCohort()
        let statistics = try fixture.workspace.cohortStatistics("c")
        let scores = statistics.scores
        #expect(scores.notCompared.isEmpty)
        let grid = try #require(scores.grids.first)
        #expect(grid.referentiel.referentiel.version == SemanticVersion(2, 0, 0))
        #expect(grid.entries.map(\.scored.summary.label) == ["2024", "2025"])
        let t0 = grid.entries[0].scored
        let carry = try #require(t0.carry)
        #expect(carry.path == [SemanticVersion(1, 0, 0), SemanticVersion(1, 1, 0), SemanticVersion(2, 0, 0)])
        #expect(grid.entries[1].scored.carry == nil)
        // split: gd.regles-ecrites 2 → both new criteria at level 2 (2 / 4 × 100 = 50)
        #expect(t0.score.criterion("gd.regles-formalisees")?.score == 50)
        #expect(t0.score.criterion("gd.regles-appropriees")?.score == 50)
        // merge by mean: (1 + 4) / 2 = 2.5, carried as level 3 (half up) → 75
        #expect(t0.score.criterion("gd.qualite-deliberation")?.value == 3)
        // not comparable: added in 1.1.0 (gd.concertation-strategie), dropped in 2.0.0 (gd.information-financiere)
        let listed = Set(carry.notComparable.map { "\($0.criterionID) \($0.reason.rawValue)" })
        #expect(listed.contains("gd.concertation-strategie added"))
        #expect(listed.contains("gd.information-financiere dropped"))

        let comparison = statistics.comparison
        #expect(comparison.carried.map { "\($0.organisation) \($0.session) \($0.pathText)" }
                == ["a T0 gouvernance-democratique 1.0.0 → 1.1.0 → 2.0.0"])
        let compared = comparison.grids[0]
        let regles = try #require(compared.dimensionIDs.firstIndex(of: "gd.regles"))
        // gd.regles at T0: (50 + 50) / 2 = 50; at T1: only gd.regles-formalisees, 3 / 4 → 75
        #expect(compared.statistics[0][regles].median == 50)
        #expect(compared.statistics[1][regles].median == 75)
        // paired T0 → T1 on gd.regles: 75 − 50 = +25, one organisation, progressed
        #expect(compared.progress[0][regles].meanChange == 25)
        #expect(compared.progress[0][regles].progressed == 1)
    }
}
