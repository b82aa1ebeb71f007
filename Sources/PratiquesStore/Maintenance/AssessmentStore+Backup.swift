import PratiquesCore
import Foundation
import GRDB

extension AssessmentStore {
    /// The figures of what the store holds now.
    public func counts() throws -> StoreCounts {
        try pool.read { db in try StoreFile.counts(db) }
    }

    /// Copies the store to `path` while other connections and processes go on reading and
    /// writing (SQLite's online backup, from one read transaction: the copy is a state the store
    /// was in), checks the copy (`PRAGMA integrity_check`) and returns its figures.
    ///
    /// The copy is written beside `path` under a temporary name and moved into place once
    /// checked: a failed backup leaves no half file, and never replaces an earlier good one.
    public func backup(to path: String) throws -> StoreCounts {
        let temporary = Self.temporaryPath(beside: path)
        defer { Self.removeDatabaseFiles(temporary) }
        do {
            let copy = try DatabaseQueue(path: temporary)
            try pool.backup(to: copy)
            let counts = try copy.read { db -> StoreCounts in
                let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard problems == ["ok"] else { throw StoreError.backupDamaged(problems.joined(separator: "; ")) }
                return try StoreFile.counts(db)
            }
            try copy.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
            return counts
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotWrite(path: path, reason: StoreFile.reason(error))
        }
    }

    /// A hidden temporary name in the folder of `path`.
    static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
    }

    /// Removes a database file and its `-wal`, `-shm` and `-journal` companions, if present.
    static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
