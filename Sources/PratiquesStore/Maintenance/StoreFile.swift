import PratiquesCore
import Foundation
import GRDB

/// What a file on disk is, read without changing it: a Pratiques store this version can open,
/// one written by a newer version, another SQLite database, or no database at all.
///
/// `restore` reads the file it is given through this before anything is moved.
public enum StoreFileKind: Sendable, Hashable {
    /// A Pratiques store, with the figures of what it holds; `pendingMigrations` are the
    /// migrations of this version it has not run yet (an older store, brought up to date when opened).
    case store(StoreCounts, pendingMigrations: [String])
    /// A Pratiques store with migrations this version does not know.
    case newer(unknownMigrations: [String])
    /// A SQLite database without the Pratiques schema.
    case foreign
    /// Not a SQLite database, or a damaged one (`reason`: what SQLite said).
    case notADatabase(reason: String)
    /// No file at that path.
    case missing
}

public enum StoreFile {
    /// The migrations this version of Pratiques knows, in order.
    public static var knownMigrations: [String] { StoreSchema.migrator.migrations }

    /// Reads what the file at `path` is, read-only (the file, its `-wal` and `-shm` are not changed).
    public static func identify(_ path: String) -> StoreFileKind {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "pratiques-identify"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard problems == ["ok"] else { return .notADatabase(reason: problems.prefix(3).joined(separator: "; ")) }
                guard try db.tableExists("grdb_migrations"), try db.tableExists("organisation"), try db.tableExists("assessment") else {
                    return .foreign
                }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let known = knownMigrations
                let unknown = applied.filter { !known.contains($0) }
                if !unknown.isEmpty { return .newer(unknownMigrations: unknown) }
                return .store(try counts(db), pendingMigrations: known.filter { !applied.contains($0) })
            }
        } catch {
            return .notADatabase(reason: Self.reason(error))
        }
    }

    /// The figures of the store open in `db`.
    static func counts(_ db: Database) throws -> StoreCounts {
        func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
        let dates = try Row.fetchOne(db, sql: "SELECT MIN(date) AS first, MAX(date) AS last FROM assessment")
        return StoreCounts(organisations: try count("organisation"), assessments: try count("assessment"), respondents: try count("respondent"),
                           answers: try count("answer"), firstDate: dates?["first"], lastDate: dates?["last"])
    }

    /// SQLite's words for `error`, without GRDB's decoration.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
