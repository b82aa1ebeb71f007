import Foundation
import GRDB
@testable import PratiquesCore
@testable import PratiquesStore

/// A fresh store on a temporary file, the mini grid catalog, and helpers to count rows.
struct StoreFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = ReferentielCatalog(directory: root.appendingPathComponent("Tests/Fixtures/referentiels").path)
    /// The shipped grids as they were while gouvernance démocratique 2.0.0 was its newest version
    /// (3.0.0 left out): the tests that carry onto the newest version compute their figures on 2.0.0.
    static let shippedGridsUntilGouvernance2 = ReferentielCatalog(entries: ReferentielCatalog(directory: root.appendingPathComponent("referentiels").path)
        .entries.filter { $0.referentiel.id != "gouvernance-democratique" || $0.referentiel.version.major < 3 })
    static func importPath(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/imports/\(name)").path }

    let directory: URL
    let store: AssessmentStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try AssessmentStore(path: directory.appendingPathComponent("test.sqlite").path)
    }

    /// Writes `text` to a file in the fixture's directory.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Reads a file and imports it.
    @discardableResult
    func importFile(_ path: String, createOrg: Bool = false) throws -> ImportSummary {
        let batch = try ImportFileReader(catalog: Self.catalog).read(path: path)
        return try store.importBatch(batch, catalog: Self.catalog, options: ImportOptions(createMissingOrganisations: createOrg))
    }

    /// Row counts of every table, to prove a refused import wrote nothing.
    func counts() throws -> [String: Int] {
        try store.pool.read { db in
            var result: [String: Int] = [:]
            for table in ["organisation", "referentiel_snapshot", "assessment", "respondent", "answer", "consensus_answer", "target", "planned_action"] {
                result[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return result
        }
    }
}
