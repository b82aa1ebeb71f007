import Foundation
import Testing
@testable import PratiquesCore
@testable import PratiquesStore

/// What the store refuses, as cases a caller can match; a refused write changes nothing.
@Suite struct StoreRefusalTests {
    @Test func anAssessmentStoredTwiceNamesTheStoredOne() throws {
        let fixture = try StoreFixture()
        let ids = try fixture.write("ruche.json")
        let before = try fixture.counts()
        var again = try AssessmentJSONParser(catalog: StoreFixture.catalog).parse(text: try String(contentsOfFile: StoreFixture.importPath("ruche.json"), encoding: .utf8),
                                                                                   path: "ruche.json")
        again.organisations = []
        #expect(throws: StoreError.duplicateAssessment(existingID: ids[0], status: .complete)) { try fixture.write(again) }
        #expect(try fixture.counts() == before)
    }

    @Test func aStoredVersionWithAnotherContentIsRefusedWhileAssessmentsUseIt() throws {
        let fixture = try StoreFixture()
        let changedText = StoreFixture.mini.text.replacingOccurrences(of: "Aucune règle écrite.", with: "Pas la moindre règle écrite.")
        let changed = try ReferentielLoader.load(data: Data(changedText.utf8), path: "mini/1.0.0.yaml")
        // Unused, a snapshot is replaced by the new content of its version.
        let id = try fixture.store.storeSnapshot(StoreFixture.mini)
        #expect(try fixture.store.storeSnapshot(changed) == id)
        #expect(try fixture.store.snapshots().map(\.sha256) == [changed.sha256])
        #expect(try fixture.store.storeSnapshot(StoreFixture.mini) == id)
        try fixture.write("ruche.json")
        #expect(throws: StoreError.snapshotInUse(referentielID: "mini", version: SemanticVersion(1, 0, 0), assessments: 2)) {
            try fixture.store.storeSnapshot(changed)
        }
        #expect(try fixture.store.snapshots().map(\.assessments) == [2])
        #expect(try fixture.store.referentiel(snapshotID: id).sha256 == StoreFixture.mini.sha256)
        #expect(throws: StoreError.missingSnapshot(99)) { try fixture.store.referentiel(snapshotID: 99) }
    }

    @Test func plansAndCohortsNameWhatIsUnknown() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        #expect(throws: StoreError.unknownOrganisation("nope")) {
            try store.setTarget(Target(organisationSlug: "nope", referentielID: "mini", criterionID: "mn.charte", level: 1))
        }
        #expect(throws: StoreError.unknownOrganisation("nope")) { try store.addAction(PlannedAction(organisationSlug: "nope", title: "x")) }
        #expect(throws: StoreError.unknownAction(7)) { try store.setActionStatus(id: 7, .done) }
        try store.createCohort(name: "c", parcours: "P")
        #expect(throws: StoreError.cohortExists("c")) { try store.createCohort(name: "c", parcours: "P") }
        #expect(throws: StoreError.unknownCohort("x")) { try store.addCohortMembers(cohort: "x", organisations: []) }
        #expect(throws: StoreError.unknownSession(cohort: "c", label: "T0")) { try store.linkCohortAssessments(cohort: "c", session: "T0", assessmentIDs: [1]) }
        let unopened = #expect(throws: StoreError.self) { _ = try AssessmentStore(path: "/proc/nope/p.sqlite") }
        guard case .cannotOpen(let path, _)? = unopened else { Issue.record("expected cannotOpen, got \(String(describing: unopened))"); return }
        #expect(path == "/proc/nope/p.sqlite")
    }
}
