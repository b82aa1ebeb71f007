import Foundation
import GRDB
import PratiquesCore

/// One grid version kept in the store, and how many assessments use it.
public struct StoredSnapshot: Sendable, Hashable {
    public var id: Int64
    public var referentielID: String
    public var version: SemanticVersion
    public var sha256: String
    public var assessments: Int
}

extension AssessmentStore {
    /// Stores a snapshot of a référentiel version (once) and returns its id.
    ///
    /// A version already stored with another content is refused while assessments use it
    /// (``StoreError/snapshotInUse(referentielID:version:assessments:)``); unused, it is replaced.
    static func snapshotID(for loaded: LoadedReferentiel, _ db: Database) throws -> Int64 {
        let r = loaded.referentiel
        if let row = try Row.fetchOne(db, sql: "SELECT id, sha256 FROM referentiel_snapshot WHERE referentiel_id = ? AND version = ?",
                                      arguments: [r.id, r.version.description]) {
            let id: Int64 = row["id"]
            if row["sha256"] == loaded.sha256 { return id }
            let uses = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assessment WHERE snapshot_id = ?", arguments: [id]) ?? 0
            if uses > 0 { throw StoreError.snapshotInUse(referentielID: r.id, version: r.version, assessments: uses) }
            try db.execute(sql: "UPDATE referentiel_snapshot SET sha256 = ?, content = ?, stored_at = ? WHERE id = ?",
                           arguments: [loaded.sha256, loaded.text, now(), id])
            return id
        }
        try db.execute(sql: "INSERT INTO referentiel_snapshot (referentiel_id, version, sha256, content, stored_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [r.id, r.version.description, loaded.sha256, loaded.text, now()])
        return db.lastInsertedRowID
    }

    /// Stores a snapshot of `loaded` (see ``StoreTransaction/snapshotID(for:older:)``).
    @discardableResult
    public func storeSnapshot(_ loaded: LoadedReferentiel) throws -> Int64 {
        try writeTransaction { db in try Self.snapshotID(for: loaded, db) }
    }

    /// The référentiel version kept in the store under `snapshotID`, parsed from its stored text
    /// (once per process and content).
    public func referentiel(snapshotID: Int64) throws -> LoadedReferentiel {
        guard let row = try pool.read({ db in try Row.fetchOne(db, sql: "SELECT * FROM referentiel_snapshot WHERE id = ?", arguments: [snapshotID]) })
        else { throw StoreError.missingSnapshot(snapshotID) }
        return try Self.loaded(row, cache: snapshotCache)
    }

    /// Every version of a grid the store keeps a snapshot of, oldest first.
    public func storedVersions(of referentielID: String) throws -> [LoadedReferentiel] {
        let rows = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM referentiel_snapshot WHERE referentiel_id = ?", arguments: [referentielID])
        }
        return try rows.map { try Self.loaded($0, cache: snapshotCache) }.sorted { $0.referentiel.version < $1.referentiel.version }
    }

    /// Every stored grid version with the number of assessments given on it, in the order they
    /// were first stored.
    public func snapshots() throws -> [StoredSnapshot] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.referentiel_id, s.version, s.sha256, COUNT(a.id) AS uses FROM referentiel_snapshot s
                LEFT JOIN assessment a ON a.snapshot_id = s.id GROUP BY s.id ORDER BY s.id
                """).compactMap { row in
                SemanticVersion(row["version"] as String).map {
                    StoredSnapshot(id: row["id"], referentielID: row["referentiel_id"], version: $0, sha256: row["sha256"], assessments: row["uses"])
                }
            }
        }
    }

    private static func loaded(_ row: Row, cache: SnapshotCache) throws -> LoadedReferentiel {
        let id: Int64 = row["id"]
        let sha256: String = row["sha256"]
        if let cached = cache.get(id, sha256: sha256) { return cached }
        let name = "snapshot:\(row["referentiel_id"] as String)@\(row["version"] as String)"
        let loaded = try ReferentielLoader.load(data: Data((row["content"] as String).utf8), path: name)
        cache.set(id, sha256: sha256, loaded)
        return loaded
    }
}
