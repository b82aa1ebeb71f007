import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// A cohort's statistics through the use case: which assessment represents a member at a
/// session, on which version each grid is compared, and the refusals of the cohort's set-up.
@Suite struct CohortStatisticsTests {
    /// A catalog holding mini 1.0.0 and a 1.1.0 copy (same criteria), to test versions.
    static func catalog(in fixture: AppFixture) throws -> ReferentielCatalog {
        let directory = fixture.directory.appendingPathComponent("grids/mini")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: AppFixture.root.appendingPathComponent("Tests/Fixtures/referentiels/mini/1.0.0.yaml").path, encoding: .utf8)
        try text.write(to: directory.appendingPathComponent("1.0.0.yaml"), atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "version: 1.0.0", with: "version: 1.1.0")
            .write(to: directory.appendingPathComponent("1.1.0.yaml"), atomically: true, encoding: .utf8)
        return ReferentielCatalog(directory: fixture.directory.appendingPathComponent("grids").path)
    }

    static func assessment(_ organisation: String, _ version: String, _ date: String, _ label: String, level: Int, status: String = "complete") -> String {
        """
        {"organisation": "\(organisation)", "referentiel": "mini", "version": "\(version)", "date": "\(date)", "label": "\(label)", "status": "\(status)",
         "respondents": [{"role": "direction", "answers": [{"criterion": "mn.regles-ecrites", "level": \(level)}]}]}
        """
    }

    /// Organisations a, b, c; sessions T0 (2024) and T1 (2025).
    static func makeCohort() throws -> (AppFixture, [Int64]) {
        var fixture = try AppFixture()
        fixture.workspace = fixture.with(try catalog(in: fixture))
        let assessments = [
            assessment("a", "1.0.0", "2024-02-01", "a-2024-early", level: 1),
            assessment("a", "1.0.0", "2024-06-01", "a-2024-late", level: 2),    // latest in the T0 window
            assessment("a", "1.0.0", "2025-03-01", "a-2025", level: 4),
            assessment("b", "1.0.0", "2024-03-01", "b-2024", level: 3),
            assessment("b", "1.0.0", "2023-06-01", "b-2023", level: 0),         // outside every window: linked explicitly to T0
            assessment("b", "1.1.0", "2025-03-01", "b-2025", level: 4),         // newer version
            assessment("c", "1.0.0", "2025-09-01", "c-2025-draft", level: 2, status: "draft"),
        ]
        let json = """
        {"pratiques": 1,
         "organisations": [{"id": "a", "name": "A", "legal_form": "association"}, {"id": "b", "name": "B", "legal_form": "scop"},
                           {"id": "c", "name": "C", "legal_form": "scic"}],
         "assessments": [\(assessments.joined(separator: ",\n"))]}
        """
        let summary = try fixture.importJSON(json)
        let workspace = fixture.workspace
        try workspace.createCohort("c1", parcours: "Parcours")
        try workspace.addSession(cohort: "c1", label: "T0", date: Day("2024-03-14")!, windowStart: Day("2024-01-01"), windowEnd: Day("2024-12-31"))
        try workspace.addSession(cohort: "c1", label: "T1", date: Day("2025-03-18")!, windowStart: Day("2025-01-01"), windowEnd: Day("2025-12-31"))
        try workspace.addMembers(cohort: "c1", organisations: ["a", "b", "c"])
        return (fixture, summary.assessmentIDs)
    }

    @Test func latestInWindowExplicitLinkWinsNewestVersionCompared() throws {
        let (fixture, ids) = try Self.makeCohort()
        // b-2023 (index 4) is outside T0's window; linked explicitly it wins over b-2024.
        try fixture.workspace.link(cohort: "c1", session: "T0", assessments: [ids[4]])
        let statistics = try fixture.workspace.cohortStatistics("c1")
        let scores = statistics.scores
        // Versions chosen: a 1.0.0 at T0 and T1, b 1.0.0 at T0 and 1.1.0 at T1 → the grid is compared on 1.1.0,
        // the newest known; the 1.0.0 assessments are carried onto it (a minor version: every criterion as is).
        // c has only a draft: nothing.
        #expect(scores.grids.count == 1)
        let grid = try #require(scores.grids.first)
        #expect(grid.referentiel.referentiel.version == SemanticVersion(1, 1, 0))
        // a T0 → a-2024-late (latest in window), a T1 → a-2025, b T0 → b-2023 (explicit), b T1 → b-2025
        #expect(grid.entries.map { "\($0.scored.summary.organisationSlug)\($0.session):\($0.scored.summary.label)" } == ["a0:a-2024-late", "a1:a-2025", "b0:b-2023", "b1:b-2025"])
        #expect(grid.entries.map { $0.scored.carry != nil } == [true, true, true, false])
        #expect(scores.notCompared.isEmpty)
        // Carrying through a minor version keeps the values: a T0 level 2 → 50, b T0 level 0 → 0, a T1 4 → 100, b T1 4 → 100
        #expect(grid.entries.map { $0.scored.score.criterion("mn.regles-ecrites")?.score } == [50, 100, 0, 100])
        #expect(statistics.comparison.carried.map { "\($0.organisation)-\($0.session)-\($0.assessmentID!)" }
                == ["a-T0-\(ids[1])", "a-T1-\(ids[2])", "b-T0-\(ids[4])"])
    }

    @Test func sameVersionComparisonUsesLatestInWindow() throws {
        let (fixture, ids) = try Self.makeCohort()
        // Link b's 1.0.0 assessment of 2024 to T1: b now has 1.0.0 at T0 (b-2024, in window) and,
        // explicitly, at T1 — but b-2025 (1.1.0) is also in T1's window; the explicit link wins.
        try fixture.workspace.link(cohort: "c1", session: "T1", assessments: [ids[3]])
        let statistics = try fixture.workspace.cohortStatistics("c1")
        let scores = statistics.scores
        let grid = try #require(scores.grids.first)
        // Every chosen assessment is on 1.0.0; the store also knows 1.1.0 (b-2025), the version compared.
        #expect(grid.referentiel.referentiel.version == SemanticVersion(1, 1, 0))
        #expect(grid.entries.map { "\($0.scored.summary.organisationSlug)\($0.session):\($0.scored.summary.label)" } == ["a0:a-2024-late", "a1:a-2025", "b0:b-2024", "b1:b-2024"])
        let comparison = statistics.comparison
        // T0 mn.regles: a level 2 → 50, b level 3 → 75; median (50 + 75) / 2 = 62.5
        #expect(comparison.grids[0].statistics[0][0].median == 62.5)
        // paired T0 → T1: a 50 → 100 (+50), b 75 → 75 (0): mean 25
        #expect(comparison.grids[0].progress[0][0].meanChange == 25)
    }

    @Test func badInputIsRefusedInWordsAndChangesNothing() throws {
        let (fixture, ids) = try Self.makeCohort()
        let workspace = fixture.workspace
        func message(_ work: () throws -> Void) -> String {
            do { try work() } catch let error as WorkspaceError { return error.message(in: .fr) } catch { return "\(error)" }
            return ""
        }
        let before = try fixture.counts()
        #expect(message { try workspace.createCohort("c1", parcours: "x") } == "cohorte « c1 » : elle existe déjà")
        #expect(message { try workspace.addSession(cohort: "c1", label: "T2", date: Day("2025-01-01")!) }
                == "cohorte « c1 », session « T2 » : la date 2025-01-01 doit suivre celle de la session T1 (2025-03-18)")
        #expect(message { try workspace.addSession(cohort: "c1", label: "T2", date: Day("2026-02-01")!) }
                == "cohorte « c1 », session « T2 » : la fenêtre 2025-08-03 → 2026-08-02 chevauche celle de T1 (2025-01-01 → 2025-12-31)")
        #expect(message { try workspace.addSession(cohort: "c1", label: "T1", date: Day("2027-02-01")!) } == "cohorte « c1 », session « T1 » : cette session existe déjà")
        #expect(message { try workspace.addSession(cohort: "c1", label: "T2", date: Day("2027-02-01")!, windowStart: Day("2027-03-01")) }
                == "cohorte « c1 », session « T2 » : la fenêtre 2027-03-01 → 2027-08-02 doit contenir la date 2027-02-01")
        #expect(message { try workspace.addSession(cohort: "nope", label: "T2", date: Day("2027-01-01")!) } == "cohorte « nope » inconnue")
        // one unknown organisation refuses the whole list
        try workspace.saveOrganisation(Organisation(slug: "d", name: "D", legalForm: .association))
        #expect(message { try workspace.addMembers(cohort: "c1", organisations: ["d", "inconnue"]) } == "cohorte « c1 » : organisation « inconnue » inconnue")
        #expect(try fixture.store.cohort(name: "c1")!.members == ["a", "b", "c"])
        // links: unknown session, unknown assessment, non-member; nothing written
        #expect(message { try workspace.link(cohort: "c1", session: "T9", assessments: [ids[0]]) } == "cohorte « c1 » : session « T9 » inconnue (sessions : T0, T1)")
        #expect(message { try workspace.link(cohort: "c1", session: "T0", assessments: [ids[0], 9999]) }
                == "cohorte « c1 », session « T0 » : évaluation 9999 inconnue")
        try fixture.importJSON("""
            {"organisations": [{"id": "z", "name": "Z", "legal_form": "association"}],
             "assessments": [\(Self.assessment("z", "1.0.0", "2024-05-01", "z-2024", level: 1))]}
            """, name: "z.json")
        let outsider = try #require(try workspace.assessments(organisation: "z").first?.id)
        #expect(message { try workspace.link(cohort: "c1", session: "T0", assessments: [ids[0], outsider]) }
                == "cohorte « c1 », session « T0 » : l'évaluation \(outsider) est celle de « z », qui n'est pas membre")
        #expect(try fixture.store.cohortLinks(cohort: "c1").isEmpty)
        #expect(try fixture.store.cohort(name: "c1")!.sessions.count == 2)
        #expect(try fixture.counts().filter { $0.key.hasPrefix("cohort") } == before.filter { $0.key.hasPrefix("cohort") })
    }
}
