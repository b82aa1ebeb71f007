import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// A grid file changed without a version bump while stored assessments use that version: every
/// use case that resolves the grid refuses, in one place; the others go on.
@Suite struct ChangedGridTests {
    @Test func everyUseCaseThatResolvesTheGridRefuses() throws {
        let fixture = try AppFixture()
        try fixture.importFiles(AppFixture.importPath("ruche.json"))
        try fixture.workspace.createCohort("c", parcours: "P")
        try fixture.workspace.addSession(cohort: "c", label: "T0", date: Day("2023-03-01")!)
        try fixture.workspace.addMembers(cohort: "c", organisations: ["ruche"])
        let mini = try #require(AppFixture.testGrids.latest("mini"))
        let changed = try ReferentielLoader.load(data: Data(mini.text.replacingOccurrences(of: "Aucune règle écrite.", with: "Rien d'écrit.").utf8),
                                                 path: "grids/mini/1.0.0.yaml")
        let workspace = fixture.with(ReferentielCatalog(entries: [changed]))
        let expected = WorkspaceError.changedWithoutBump(ChangedGrid(referentielID: "mini", version: SemanticVersion(1, 0, 0), assessments: 2,
                                                                     path: "grids/mini/1.0.0.yaml"))
        let before = try fixture.counts()
        #expect(throws: expected) { try workspace.scoreHistory(organisation: "ruche") }
        #expect(throws: expected) { try workspace.organisationReport("ruche") }
        #expect(throws: expected) { try workspace.cohortStatistics("c") }
        #expect(throws: expected) { try workspace.createDraft(organisation: "ruche", referentiel: "mini") }
        #expect(throws: expected) { try workspace.startFill(organisation: "ruche", referentiel: "mini", role: .direction) }
        #expect(try fixture.counts() == before)
        #expect(expected.message(in: .en) == "grids/mini/1.0.0.yaml: référentiel mini version 1.0.0 changed without a version bump while 2 assessment(s) use it; bump the version (patch for wording, minor for additions, major with a migration otherwise) [rule changed-without-bump]")
        // Showing what was given (on its stored snapshot) needs no grid file.
        let id = try #require(try fixture.workspace.assessments(organisation: "ruche").first?.id)
        #expect(try workspace.assessmentDetail(id).referentiel.sha256 == mini.sha256)
    }
}
