import Foundation
import GRDB
@testable import PratiquesCore
@testable import PratiquesStore

/// A fresh store on a temporary file, the mini grid catalog, and helpers to write and count rows.
struct StoreFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = ReferentielCatalog(directory: root.appendingPathComponent("Tests/Fixtures/referentiels").path)
    static var mini: LoadedReferentiel { catalog.latest("mini")! }
    static func importPath(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/imports/\(name)").path }

    let directory: URL
    let store: AssessmentStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pratiques-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try AssessmentStore(path: directory.appendingPathComponent("test.sqlite").path)
    }

    /// Writes a fixture file's organisations, assessments, targets and actions as they are, in
    /// one transaction (no checks: the application layer makes them).
    @discardableResult
    func write(_ name: String) throws -> [Int64] {
        let text = try String(contentsOfFile: Self.importPath(name), encoding: .utf8)
        let batch = name.hasSuffix(".csv") ? try AssessmentCSVParser(catalog: Self.catalog).parse(text: text, path: name)
                                           : try AssessmentJSONParser(catalog: Self.catalog).parse(text: text, path: name)
        return try write(batch)
    }

    @discardableResult
    func write(_ batch: ImportBatch) throws -> [Int64] {
        try store.transaction { transaction in
            for located in batch.organisations { try transaction.save(located.item) }
            var ids: [Int64] = []
            for located in batch.assessments {
                let organisationID = try transaction.organisationID(slug: located.item.organisationSlug)
                    ?? transaction.save(Organisation(slug: located.item.organisationSlug, name: located.item.organisationSlug, legalForm: .association))
                let snapshotID = try transaction.snapshotID(for: Self.mini)
                ids.append(try transaction.insert(located.item, organisationID: organisationID, snapshotID: snapshotID))
            }
            for located in batch.targets {
                try transaction.setTarget(located.item, organisationID: try transaction.organisationID(slug: located.item.organisationSlug)!)
            }
            for located in batch.actions {
                try transaction.add(located.item, organisationID: try transaction.organisationID(slug: located.item.organisationSlug)!)
            }
            return ids
        }
    }

    /// Writes `text` to a file in the fixture's directory.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Row counts of every table, to prove a refused write wrote nothing.
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
