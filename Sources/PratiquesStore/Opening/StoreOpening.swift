import Foundation
import GRDB

/// Opening the database file for a ``StoreAccess``: the checks that come before SQLite writes
/// anything into a file, then the connections.
///
/// 1. No file: created only for ``StoreAccess/create``, else ``StoreError/missingDatabase(path:)``.
/// 2. A folder, an empty file, a file without SQLite's header:
///    ``StoreError/notADatabase(path:_:)``.
/// 3. The schema, read through a read-only connection: no `grdb_migrations` table or not our
///    first migration is another application's database; a migration this version does not
///    know is ``StoreError/newerDatabase(path:migrations:)`` (never written into).
/// 4. Reads open a read-only pool; writes check the file can be written
///    (``StoreError/readOnlyDatabase(path:pendingMigrations:)``), open the pool in WAL mode and
///    run the migrations not applied yet.
enum StoreOpening {
    /// SQLite's file header (the first 16 bytes of every database file).
    static let header = Array("SQLite format 3\0".utf8)
    /// The migration every Pratiques database has applied (``StoreSchema``'s first).
    static let firstMigration = "v1-assessments"

    /// The open pool, whether the file was created, and the migrations applied (every one
    /// when it was created).
    static func open(path: String, access: StoreAccess) throws(StoreError) -> (pool: DatabasePool, created: Bool, migrated: [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            guard access == .create else { throw .missingDatabase(path: path) }
            return (try create(path), true, StoreSchema.migrator.migrations)
        }
        if isDirectory.boolValue { throw .notADatabase(path: path, .folder) }
        try checkHeader(path)
        let pending = try pendingMigrations(path)
        if access == .read && pending.isEmpty {
            return (try pool(path, readonly: true), false, [])
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard Foundation.access(path, W_OK) == 0, Foundation.access(folder.isEmpty ? "." : folder, W_OK | X_OK) == 0 else {
            throw .readOnlyDatabase(path: path, pendingMigrations: access == .read ? pending : [])
        }
        let pool = try pool(path, readonly: false)
        if !pending.isEmpty { try migrate(pool, path) }
        return (pool, false, pending)
    }

    /// The connections' configuration: foreign keys on, a busy timeout so two processes can
    /// share the file.
    static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(60)
        configuration.label = "pratiques"
        if !readonly {
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        return configuration
    }

    private static func pool(_ path: String, readonly: Bool) throws(StoreError) -> DatabasePool {
        do {
            return try DatabasePool(path: path, configuration: configuration(readonly: readonly))
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    private static func migrate(_ pool: DatabasePool, _ path: String) throws(StoreError) {
        do {
            try StoreSchema.migrator.migrate(pool)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A new database with the whole schema (its folder made when missing).
    private static func create(_ path: String) throws(StoreError) -> DatabasePool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let pool = try pool(path, readonly: false)
        try migrate(pool, path)
        return pool
    }

    /// Refuses an empty file and one that does not start with SQLite's header.
    private static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? nil
        guard let start, !start.isEmpty else { throw .notADatabase(path: path, .empty) }
        guard Array(start) == header else { throw .notADatabase(path: path, .notSQLite) }
    }

    /// The migrations this version knows and the file has not applied yet; refuses another
    /// application's database and a newer version's. Reads through a read-only connection.
    private static func pendingMigrations(_ path: String) throws(StoreError) -> [String] {
        let migrator = StoreSchema.migrator
        let result: Result<[String], StoreError>
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            defer { try? queue.close() }
            result = try queue.read { db -> Result<[String], StoreError> in
                guard try db.tableExists("grdb_migrations") else { return .failure(.notADatabase(path: path, .foreign)) }
                let applied = try migrator.appliedIdentifiers(db)
                guard applied.contains(firstMigration) else { return .failure(.notADatabase(path: path, .foreign)) }
                let known = migrator.migrations
                let unknown = applied.subtracting(known).sorted()
                if !unknown.isEmpty { return .failure(.newerDatabase(path: path, migrations: unknown)) }
                return .success(known.filter { !applied.contains($0) })
            }
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        return try result.get()
    }
}
