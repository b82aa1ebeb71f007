import Foundation
import Testing
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// The workspace itself: what it opens and when, where its files are, what it refuses in words.
@Suite struct WorkspaceTests {
    @Test func theDatabaseIsOpenedOnlyByUseCasesThatNeedIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-lazy-\(UUID().uuidString)/p.sqlite").path
        let workspace = Workspace(databasePath: path, referentielsDirectory: AppFixture.root.appendingPathComponent("Tests/Fixtures/referentiels").path)
        #expect(workspace.catalog.ids == ["mini"])
        #expect(try workspace.referentiel("mini").referentiel.version == SemanticVersion(1, 0, 0))
        #expect(!FileManager.default.fileExists(atPath: path))
        // A read never creates the database; a use case that creates data does.
        #expect(throws: WorkspaceError.missingDatabase(path: path)) { try workspace.organisations() }
        #expect(!FileManager.default.fileExists(atPath: path))
        // Copies share the open database; the language is the copy's own.
        let english = workspace.speaking(.en)
        #expect(english.language == .en && workspace.language == .fr)
        try english.saveOrganisation(Organisation(slug: "a", name: "A", legalForm: .association))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try workspace.organisations().map(\.slug) == ["a"])
        let refused = #expect(throws: WorkspaceError.self) {
            try Workspace(databasePath: "/proc/nope/p.sqlite", referentielsDirectory: "x").saveOrganisation(Organisation(slug: "a", name: "A", legalForm: .association))
        }
        #expect(refused?.message(in: .fr).hasPrefix("base de données /proc/nope/p.sqlite : ") == true)
    }

    @Test func pathsComeFromTheFrontEndElseTheEnvironment() {
        #expect(Workspace.databasePath(explicit: "x.sqlite", environment: ["PRATIQUES_DB": "y.sqlite"]) == "x.sqlite")
        #expect(Workspace.databasePath(explicit: nil, environment: ["PRATIQUES_DB": "y.sqlite"]) == "y.sqlite")
        #expect(Workspace.databasePath(explicit: "", environment: [:]) == "pratiques.sqlite")
        #expect(Workspace.referentielsDirectory(explicit: nil, environment: ["PRATIQUES_REFERENTIELS": "g"]) == "g")
        #expect(Workspace.referentielsDirectory(explicit: nil, environment: [:]) == "referentiels")
    }

    @Test func referentielsAreFoundOrNamedWithTheKnownOnes() throws {
        let workspace = Workspace(databasePath: "unused.sqlite", referentielsDirectory: AppFixture.root.appendingPathComponent("referentiels").path)
        let directory = try #require(workspace.referentielsDirectory)
        let missing = #expect(throws: WorkspaceError.self) { try workspace.referentiel("nope", version: SemanticVersion(1, 0, 0)) }
        #expect(missing?.message(in: .fr).hasPrefix("référentiel « nope » version 1.0.0 introuvable dans \(directory) (connus : ancrage-territorial, environnement,") == true)
        let diff = try workspace.referentielDiff("gouvernance-democratique", from: SemanticVersion(2, 0, 0), to: SemanticVersion(1, 0, 0))
        #expect(diff.from == SemanticVersion(1, 0, 0) && diff.to == SemanticVersion(2, 0, 0))
        #expect(throws: WorkspaceError.versionNotInDirectory(id: "gouvernance-democratique", version: "9.0.0", directory: directory,
                                                             known: ["1.0.0", "1.1.0", "2.0.0", "3.0.0"])) {
            try workspace.referentielDiff("gouvernance-democratique", from: SemanticVersion(1, 0, 0), to: SemanticVersion(9, 0, 0))
        }
        #expect(WorkspaceError.versionNotInDirectory(id: "x", version: "1.0.0", directory: "d", known: []).message(in: .en)
                == "x version 1.0.0 not found in d (known versions: none)")
    }

    @Test func validationReportsEveryFileAndTheRulesBetweenVersions() throws {
        let grids = AppFixture.root.appendingPathComponent("referentiels/gouvernance-democratique").path
        let validation = Workspace.validateReferentiels([grids, "/nonexistent"])
        #expect(validation.results.map(\.path.lastPathComponentOfPath) == ["1.0.0.yaml", "1.1.0.yaml", "2.0.0.yaml", "3.0.0.yaml", "nonexistent"])
        #expect(!validation.isValid)
        #expect(validation.chains.map(\.id) == ["gouvernance-democratique"])
        #expect(Workspace.validateReferentiels([grids]).isValid)
    }
}

private extension String {
    var lastPathComponentOfPath: String { (self as NSString).lastPathComponent }
}
