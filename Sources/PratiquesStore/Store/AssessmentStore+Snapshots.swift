import Foundation
import GRDB
import PratiquesCore

extension AssessmentStore {
    /// Stores a snapshot of a référentiel version (once) and returns its id.
    ///
    /// A version already stored with other content is refused while assessments use it: the
    /// file changed without a version bump.
    static func snapshotID(for loaded: LoadedReferentiel, _ db: Database) throws -> Int64 {
        let r = loaded.referentiel
        if let row = try Row.fetchOne(db, sql: "SELECT id, sha256 FROM referentiel_snapshot WHERE referentiel_id = ? AND version = ?",
                                      arguments: [r.id, r.version.description]) {
            let id: Int64 = row["id"]
            if row["sha256"] == loaded.sha256 { return id }
            let uses = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assessment WHERE snapshot_id = ?", arguments: [id]) ?? 0
            if uses > 0 {
                throw ChangedWithoutBumpError(referentielID: r.id, version: r.version, assessments: uses, path: loaded.path)
            }
            try db.execute(sql: "UPDATE referentiel_snapshot SET sha256 = ?, content = ?, canonical_json = ?, stored_at = ? WHERE id = ?",
                           arguments: [loaded.sha256, loaded.text, String(decoding: ContentHash.canonicalJSON(of: r), as: UTF8.self), now(), id])
            return id
        }
        try db.execute(sql: """
            INSERT INTO referentiel_snapshot (referentiel_id, version, sha256, content, canonical_json, stored_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [r.id, r.version.description, loaded.sha256, loaded.text,
                             String(decoding: ContentHash.canonicalJSON(of: r), as: UTF8.self), now()])
        return db.lastInsertedRowID
    }

    /// Stores a snapshot of `loaded` and of every older version of the same grid in `catalog`,
    /// so that the store alone can carry answers through the whole chain of versions.
    static func snapshotIDWithChain(for loaded: LoadedReferentiel, catalog: ReferentielCatalog, _ db: Database) throws -> Int64 {
        for older in catalog.versions(of: loaded.referentiel.id) where older.referentiel.version < loaded.referentiel.version {
            _ = try snapshotID(for: older, db)
        }
        return try snapshotID(for: loaded, db)
    }

    /// Stores a snapshot of `loaded` (see ``snapshotID(for:_:)``).
    @discardableResult
    public func storeSnapshot(_ loaded: LoadedReferentiel) throws -> Int64 {
        try writeTransaction { db in try Self.snapshotID(for: loaded, db) }
    }

    /// The référentiel version kept in the store under `snapshotID`, parsed from its stored text.
    public func referentiel(snapshotID: Int64) throws -> LoadedReferentiel {
        if let cached = snapshotCache.get(snapshotID) { return cached }
        guard let row = try pool.read({ db in try Row.fetchOne(db, sql: "SELECT * FROM referentiel_snapshot WHERE id = ?", arguments: [snapshotID]) })
        else { throw StoreError(fr: "instantané de référentiel \(snapshotID) absent", en: "référentiel snapshot \(snapshotID) missing") }
        let name = "snapshot:\(row["referentiel_id"] as String)@\(row["version"] as String)"
        let loaded = try ReferentielLoader.load(data: Data((row["content"] as String).utf8), path: name)
        snapshotCache.set(snapshotID, loaded)
        return loaded
    }

    /// Checks every stored snapshot against the files of `catalog`: the versions whose file
    /// changed without a version bump while assessments use them.
    public func changedWithoutBump(in catalog: ReferentielCatalog) throws -> [ChangedWithoutBumpError] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.referentiel_id, s.version, s.sha256, COUNT(a.id) AS uses FROM referentiel_snapshot s
                LEFT JOIN assessment a ON a.snapshot_id = s.id GROUP BY s.id
                """)
            return rows.compactMap { row in
                guard let version = SemanticVersion(row["version"] as String),
                      let file = catalog.find(row["referentiel_id"], version: version),
                      file.sha256 != row["sha256"] as String, (row["uses"] as Int) > 0 else { return nil }
                return ChangedWithoutBumpError(referentielID: row["referentiel_id"], version: version, assessments: row["uses"], path: file.path)
            }
        }
    }
}

/// A référentiel file whose content changed without a version bump while assessments use it.
public struct ChangedWithoutBumpError: LocalizedFailure, Sendable {
    public var referentielID: String
    public var version: SemanticVersion
    public var assessments: Int
    public var path: String

    public func message(in language: Language) -> String {
        language == .fr
            ? "\(path): le référentiel \(referentielID) version \(version) a changé sans changement de version, alors que \(assessments) évaluation(s) l'utilisent ; augmentez la version (correctif pour le libellé, mineure pour un ajout, majeure avec migration sinon) [règle changed-without-bump]"
            : "\(path): référentiel \(referentielID) version \(version) changed without a version bump while \(assessments) assessment(s) use it; bump the version (patch for wording, minor for additions, major with a migration otherwise) [rule changed-without-bump]"
    }
}
