import Foundation
import GRDB
@testable import PratiquesApp
@testable import PratiquesCore
@testable import PratiquesStore

/// A workspace on a fresh store in a temporary directory, on the test grids (`mini`) or the
/// shipped ones, with helpers to import files and count rows.
struct AppFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let testGrids = ReferentielCatalog(directory: root.appendingPathComponent("Tests/Fixtures/referentiels").path)
    static let shippedGrids = ReferentielCatalog(directory: root.appendingPathComponent("referentiels").path)
    /// The shipped grids as they were while gouvernance démocratique 2.0.0 was its newest version
    /// (3.0.0 left out): the tests that carry onto the newest version compute their figures on 2.0.0.
    static let shippedGridsUntilGouvernance2 = ReferentielCatalog(entries: shippedGrids.entries
        .filter { $0.referentiel.id != "gouvernance-democratique" || $0.referentiel.version.major < 3 })
    /// The shipped grids before the versions with profiles and facts (gouvernance démocratique up
    /// to 2.0.0, the others at 1.x): the tests of carried drafts compute their answers on these.
    static let shippedGridsBeforeProfiles = ReferentielCatalog(entries: shippedGridsUntilGouvernance2.entries
        .filter { $0.referentiel.id == "gouvernance-democratique" || $0.referentiel.version.major < 2 })
    static func importPath(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/imports/\(name)").path }

    let directory: URL
    let store: AssessmentStore
    var workspace: Workspace

    init(catalog: ReferentielCatalog = AppFixture.testGrids) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try AssessmentStore(path: directory.appendingPathComponent("test.sqlite").path)
        workspace = Workspace(store: store, catalog: catalog)
    }

    /// The same store with other grid files.
    func with(_ catalog: ReferentielCatalog) -> Workspace { Workspace(store: store, catalog: catalog) }

    /// Writes `text` to a file in the fixture's directory.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Imports files through the use case.
    @discardableResult
    func importFiles(_ paths: String..., createOrg: Bool = false) throws -> ImportSummary {
        try workspace.importFiles(paths, options: ImportOptions(createMissingOrganisations: createOrg))
    }

    /// Imports an exchange document given as text.
    @discardableResult
    func importJSON(_ text: String, name: String = "import.json") throws -> ImportSummary {
        try workspace.importFiles([try file(name, text)])
    }

    /// Row counts of every table, to prove a refused use case wrote nothing.
    func counts() throws -> [String: Int] {
        try store.pool.read { db in
            var result: [String: Int] = [:]
            for table in ["organisation", "referentiel_snapshot", "assessment", "respondent", "answer", "consensus_answer", "target", "planned_action",
                          "cohort", "cohort_session", "cohort_member", "cohort_session_assessment", "fill_position"] {
                result[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return result
        }
    }
}

/// The located issues of a refused import, whether the files were refused (``InputError``) or
/// their content against the store (``ImportRefusal``).
func refusedIssues(_ work: () throws -> Void) -> [ValidationIssue] {
    do {
        try work()
    } catch let error as InputError {
        return error.issues
    } catch let refusal as ImportRefusal {
        return refusal.issues.map(\.validationIssue)
    } catch {
        Issue.record("unexpected \(error)")
    }
    return []
}

import Testing
