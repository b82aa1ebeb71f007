import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

/// Cohorts in the store: sessions, members and explicit links, as written.
@Suite struct CohortStoreTests {
    @Test func cohortIsStoredWithSessionsMembersAndLinks() throws {
        let fixture = try StoreFixture()
        let ids = try fixture.write("ruche.json")
        let store = fixture.store
        try store.save(Organisation(slug: "autre", name: "Autre", legalForm: .scop))
        try store.createCohort(name: "c1", parcours: "Parcours")
        try store.addCohortSession(cohort: "c1", CohortSession(position: 0, label: "T0", date: "2024-03-14", windowStart: "2024-01-01", windowEnd: "2024-12-31"))
        try store.addCohortSession(cohort: "c1", CohortSession(position: 1, label: "T1", date: "2025-03-18"))
        try store.addCohortMembers(cohort: "c1", organisations: ["ruche", "autre", "ruche"])
        try store.linkCohortAssessments(cohort: "c1", session: "T1", assessmentIDs: [ids[1], ids[0], ids[1]])
        let cohort = try #require(try store.cohort(name: "c1"))
        #expect(cohort.parcours == "Parcours")
        #expect(cohort.sessions.map(\.label) == ["T0", "T1"])
        #expect(cohort.sessions[1].position == 1 && cohort.sessions[1].windowStart == "2024-09-17" && cohort.sessions[1].windowEnd == "2025-09-16")
        #expect(cohort.members == ["autre", "ruche"])
        #expect(try store.cohorts().map(\.name) == ["c1"])
        #expect(try store.cohortLinks(cohort: "c1") == ["T1": [ids[0], ids[1]]])
    }

    @Test func oneUnknownOrganisationOrAssessmentWritesNothing() throws {
        let fixture = try StoreFixture()
        let ids = try fixture.write("ruche.json")
        let store = fixture.store
        try store.createCohort(name: "c1", parcours: "Parcours")
        try store.addCohortSession(cohort: "c1", CohortSession(position: 0, label: "T0", date: "2024-03-14"))
        #expect(throws: StoreError.unknownOrganisation("inconnue")) { try store.addCohortMembers(cohort: "c1", organisations: ["ruche", "inconnue"]) }
        #expect(try store.cohort(name: "c1")?.members == [])
        #expect(throws: StoreError.unknownAssessment(9999)) { try store.linkCohortAssessments(cohort: "c1", session: "T0", assessmentIDs: [ids[0], 9999]) }
        #expect(try store.cohortLinks(cohort: "c1").isEmpty)
    }
}
