import Foundation
import GRDB
import PratiquesCore

/// The SQLite store of organisations, référentiel snapshots, assessments, targets and actions.
///
/// A GRDB `DatabasePool` in WAL mode with foreign keys on and a busy timeout, so that two
/// processes can share one file. Every write that can fail partway runs in one transaction.
public final class AssessmentStore: Sendable {
    /// The open database.
    public let pool: DatabasePool
    /// The file's path.
    public let path: String
    /// Référentiels parsed from their stored snapshots, by snapshot id.
    let snapshotCache = SnapshotCache()

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(60)
        configuration.label = "pratiques"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(pool)
        } catch {
            throw StoreError.database(error, path: path)
        }
    }

    /// The database path: `explicit` (`--db`), else `$PRATIQUES_DB`, else `./pratiques.sqlite`.
    public static func resolvePath(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["PRATIQUES_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "pratiques.sqlite"
    }

    /// Runs `work` in one `BEGIN IMMEDIATE` transaction: all of it is written, or nothing.
    ///
    /// IMMEDIATE takes the write lock at once, so a second process waits (busy timeout) instead
    /// of failing when both read then write.
    func writeTransaction<T: Sendable>(_ work: @Sendable (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try work(db)
                return .commit
            }
            return result!
        }
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

/// A thread-safe cache of référentiels parsed from snapshots.
final class SnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int64: LoadedReferentiel] = [:]

    func get(_ id: Int64) -> LoadedReferentiel? {
        lock.lock(); defer { lock.unlock() }
        return entries[id]
    }

    func set(_ id: Int64, _ value: LoadedReferentiel) {
        lock.lock(); defer { lock.unlock() }
        entries[id] = value
    }
}
