import Foundation
import GRDB
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

/// Cohorts in the store, and ``AssessmentStore/cohortScores(cohort:)``: which assessment
/// represents a member at a session.
@Suite struct CohortStoreTests {
    /// A catalog holding mini 1.0.0 and a 1.1.0 copy (same criteria), to test versions.
    static func catalog(in fixture: StoreFixture) throws -> ReferentielCatalog {
        let directory = fixture.directory.appendingPathComponent("grids/mini")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: StoreFixture.root.appendingPathComponent("Tests/Fixtures/referentiels/mini/1.0.0.yaml").path, encoding: .utf8)
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
    static func makeCohort() throws -> (StoreFixture, [Int64]) {
        let fixture = try StoreFixture()
        let catalog = try catalog(in: fixture)
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
        let path = try fixture.file("cohort.json", json)
        let batch = try ImportFileReader(catalog: catalog).read(path: path)
        let summary = try fixture.store.importBatch(batch, catalog: catalog)
        let store = fixture.store
        try store.createCohort(name: "c1", parcours: "Parcours")
        try store.addCohortSession(cohort: "c1", label: "T0", date: "2024-03-14", windowStart: "2024-01-01", windowEnd: "2024-12-31")
        try store.addCohortSession(cohort: "c1", label: "T1", date: "2025-03-18", windowStart: "2025-01-01", windowEnd: "2025-12-31")
        try store.addCohortMembers(cohort: "c1", organisations: ["a", "b", "c"])
        return (fixture, summary.assessmentIDs)
    }

    @Test func cohortIsStoredWithSessionsAndMembers() throws {
        let (fixture, _) = try Self.makeCohort()
        let cohort = try #require(try fixture.store.cohort(name: "c1"))
        #expect(cohort.parcours == "Parcours")
        #expect(cohort.sessions.map(\.label) == ["T0", "T1"])
        #expect(cohort.sessions[1].position == 1 && cohort.sessions[1].windowEnd == "2025-12-31")
        #expect(cohort.members == ["a", "b", "c"])
        #expect(try fixture.store.cohorts().map(\.name) == ["c1"])
    }

    @Test func latestInWindowExplicitLinkWinsNewestVersionCompared() throws {
        let (fixture, ids) = try Self.makeCohort()
        // b-2023 (index 4) is outside T0's window; linked explicitly it wins over b-2024.
        try fixture.store.linkCohortAssessments(cohort: "c1", session: "T0", assessmentIDs: [ids[4]])
        let scores = try fixture.store.cohortScores(cohort: "c1")
        // Versions chosen: a 1.0.0 at T0 and T1, b 1.0.0 at T0 and 1.1.0 at T1 → the grid is compared on 1.1.0,
        // the newest present; the 1.0.0 assessments go to notCompared. c has only a draft: nothing.
        #expect(scores.grids.count == 1)
        let grid = try #require(scores.grids.first)
        #expect(grid.referentiel.referentiel.version == SemanticVersion(1, 1, 0))
        #expect(grid.entries.map { "\($0.organisation)\($0.session):\($0.assessment.label)" } == ["b1:b-2025"])
        let skipped = scores.notCompared.map { "\($0.organisation)-\($0.session)-\($0.assessmentID!)" }.sorted()
        // a T0 → a-2024-late (index 1, latest in window), a T1 → a-2025 (index 2), b T0 → b-2023 (index 4, explicit)
        #expect(skipped == ["a-T0-\(ids[1])", "a-T1-\(ids[2])", "b-T0-\(ids[4])"].sorted())
    }

    @Test func sameVersionComparisonUsesLatestInWindow() throws {
        let (fixture, ids) = try Self.makeCohort()
        // Link b's 1.0.0 assessment of 2024 to T1: b now has 1.0.0 at T0 (b-2024, in window) and,
        // explicitly, at T1 — but b-2025 (1.1.0) is also in T1's window; the explicit link wins.
        try fixture.store.linkCohortAssessments(cohort: "c1", session: "T1", assessmentIDs: [ids[3]])
        let scores = try fixture.store.cohortScores(cohort: "c1")
        let grid = try #require(scores.grids.first)
        #expect(grid.referentiel.referentiel.version == SemanticVersion(1, 0, 0))
        #expect(grid.entries.map { "\($0.organisation)\($0.session):\($0.assessment.label)" } == ["a0:a-2024-late", "a1:a-2025", "b0:b-2024", "b1:b-2024"])
        let comparison = scores.comparison()
        // T0 mn.regles: a level 2 → 50, b level 3 → 75; median (50 + 75) / 2 = 62.5
        #expect(comparison.grids[0].statistics[0][0].median == 62.5)
        // paired T0 → T1: a 50 → 100 (+50), b 75 → 75 (0): mean 25
        #expect(comparison.grids[0].progress[0][0].meanChange == 25)
    }

    @Test func badInputIsLocatedAndChangesNothing() throws {
        let (fixture, ids) = try Self.makeCohort()
        let store = fixture.store
        func message(_ work: () throws -> Void) -> String {
            do { try work() } catch let error as StoreError { return error.text.fr } catch { return "\(error)" }
            return ""
        }
        #expect(message { try store.createCohort(name: "c1", parcours: "x") }.contains("existe déjà"))
        #expect(message { try store.addCohortSession(cohort: "c1", label: "T2", date: "2025-01-01") }.contains("doit suivre"))
        #expect(message { try store.addCohortSession(cohort: "c1", label: "T2", date: "2026-02-01") }.contains("chevauche"))
        #expect(message { try store.addCohortSession(cohort: "c1", label: "T2", date: "2026-13-01") }.contains("n'est pas une date"))
        #expect(message { try store.addCohortSession(cohort: "nope", label: "T2", date: "2027-01-01") }.contains("cohorte « nope » inconnue"))
        // one unknown organisation refuses the whole list
        try store.save(Organisation(slug: "d", name: "D", legalForm: .association))
        #expect(message { try store.addCohortMembers(cohort: "c1", organisations: ["d", "inconnue"]) }.contains("« inconnue »"))
        #expect(try store.cohort(name: "c1")!.members == ["a", "b", "c"])
        // links: unknown session, unknown assessment, non-member; nothing written
        #expect(message { try store.linkCohortAssessments(cohort: "c1", session: "T9", assessmentIDs: [ids[0]]) }.contains("session « T9 » inconnue"))
        #expect(message { try store.linkCohortAssessments(cohort: "c1", session: "T0", assessmentIDs: [ids[0], 9999]) }.contains("évaluation 9999 inconnue"))
        #expect(try store.cohortLinks(cohort: "c1").isEmpty)
        #expect(try store.cohort(name: "c1")!.sessions.count == 2)
    }
}
