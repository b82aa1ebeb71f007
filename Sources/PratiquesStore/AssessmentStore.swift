import Foundation
import GRDB
import PratiquesCore

/// The SQLite store of organisations, référentiel snapshots, assessments, targets, actions
/// and cohorts: records and queries, nothing else.
///
/// A GRDB `DatabasePool` in WAL mode with foreign keys on and a busy timeout, so that two
/// processes can share one file; read-only for the use cases that only read (see
/// ``StoreAccess``). Every write that can fail partway runs in one transaction. The store
/// checks only what the schema guarantees (an unknown organisation, a label already taken…)
/// and says so with a ``StoreError`` case; the rules, the wording and the scores belong to the
/// layers above.
public final class AssessmentStore: Sendable {
    /// The open database.
    let pool: DatabasePool
    /// The file's path.
    public let path: String
    /// Référentiels parsed from their stored snapshots, by snapshot id and content.
    let snapshotCache = SnapshotCache()

    /// Whether this store created its file when it opened it.
    public let created: Bool
    /// The migrations applied when it was opened: every one when it created the file, those an
    /// older version had not applied when it brought the file up to date, else none.
    public let migrated: [String]

    /// Opens (creating if needed) the database at `path` and brings its schema up to date:
    /// ``StoreAccess/create``.
    public convenience init(path: String) throws(StoreError) {
        try self.init(path: path, access: .create)
    }

    /// Opens the database at `path` for `access`: refuses a missing file unless it may create
    /// one, a file that is not a Pratiques database, and one a newer version made; reads open
    /// read-only connections (see ``StoreAccess``).
    public init(path: String, access: StoreAccess) throws(StoreError) {
        self.path = path
        (pool, created, migrated) = try StoreOpening.open(path: path, access: access)
    }

    /// Writes what the write-ahead log holds into the database file, and empties the log.
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// Closes the database; the store cannot be used afterwards.
    public func close() throws {
        try pool.close()
    }

    /// Runs `work` in one `BEGIN IMMEDIATE` transaction: all of it is written, or nothing.
    ///
    /// IMMEDIATE takes the write lock at once, so a second process waits (busy timeout) instead
    /// of failing when both read then write.
    ///
    /// The caller's ``AuditContext`` is carried into `work` (GRDB may run it on its own thread).
    func writeTransaction<T: Sendable>(_ work: @Sendable (Database) throws -> T) throws -> T {
        let context = AuditContext.current
        return try pool.writeWithoutTransaction { db in
            var result: T?
            try AuditContext.$current.withValue(context) {
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    return .commit
                }
            }
            return result!
        }
    }

    static func now() -> String {
        Date().formatted(.iso8601)
    }
}

/// A thread-safe cache of référentiels parsed from snapshots.
final class SnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int64: (sha256: String, loaded: LoadedReferentiel)] = [:]

    /// The snapshot `id` parsed, if it was parsed while its stored hash was `sha256`.
    func get(_ id: Int64, sha256: String) -> LoadedReferentiel? {
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries[id], entry.sha256 == sha256 else { return nil }
        return entry.loaded
    }

    func set(_ id: Int64, sha256: String, _ loaded: LoadedReferentiel) {
        lock.lock(); defer { lock.unlock() }
        entries[id] = (sha256, loaded)
    }
}
