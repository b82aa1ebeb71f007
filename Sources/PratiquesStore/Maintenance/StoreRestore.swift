import PratiquesCore
import Foundation
import GRDB

/// What `restore` did: the figures of the restored store, and where the store it replaced was
/// put aside (`nil` when there was none).
public struct RestoreOutcome: Sendable, Hashable {
    public var counts: StoreCounts
    public var pendingMigrations: [String]
    public var setAside: String?
}

extension StoreFile {
    /// Replaces the store at `target` with a copy of the store at `source`.
    ///
    /// `source` must be a Pratiques store of this version or an older one, undamaged; anything
    /// else is refused before `target` is touched. The current store is kept aside as
    /// `TARGET.avant-restauration` (with the time when that name is taken) after its write-ahead
    /// log is folded in, and is put back if the copy fails. Other programs must not be using
    /// `target` while it is restored.
    public static func restore(from source: String, to target: String) throws -> RestoreOutcome {
        switch identify(source) {
        case .store: break
        case .newer(let unknown): throw StoreError.newerStore(path: source, unknownMigrations: unknown)
        case .foreign: throw StoreError.notAStore(path: source, reason: nil)
        case .notADatabase(let reason): throw StoreError.notAStore(path: source, reason: reason)
        case .missing: throw StoreError.missingFile(source)
        }
        if URL(fileURLWithPath: source).standardizedFileURL == URL(fileURLWithPath: target).standardizedFileURL {
            throw StoreError.notAStore(path: source, reason: "restore onto itself")
        }
        let temporary = AssessmentStore.temporaryPath(beside: target)
        defer { AssessmentStore.removeDatabaseFiles(temporary) }
        do {
            var readOnly = Configuration()
            readOnly.readonly = true
            let from = try DatabaseQueue(path: source, configuration: readOnly)
            let copy = try DatabaseQueue(path: temporary)
            try from.backup(to: copy)
            try from.close()
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try copy.close()
        } catch {
            throw StoreError.cannotWrite(path: target, reason: reason(error))
        }
        let aside = try setAside(target)
        do {
            try FileManager.default.moveItem(atPath: temporary, toPath: target)
        } catch {
            if let aside { try? FileManager.default.moveItem(atPath: aside, toPath: target) }
            throw StoreError.cannotWrite(path: target, reason: reason(error))
        }
        guard case .store(let counts, let pending) = identify(target) else {
            throw StoreError.notAStore(path: target, reason: "copy unreadable")
        }
        return RestoreOutcome(counts: counts, pendingMigrations: pending, setAside: aside)
    }

    /// Moves the store at `path` (its log folded in first) to `path.avant-restauration`; `nil`
    /// when there is no file there.
    static func setAside(_ path: String) throws -> String? {
        let files = FileManager.default
        guard files.fileExists(atPath: path) else { return nil }
        if case .store = identify(path), let queue = try? DatabaseQueue(path: path) {
            _ = try? queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try? queue.close()
        }
        var aside = path + ".avant-restauration"
        if files.fileExists(atPath: aside) {
            let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "-")
            aside = path + ".avant-restauration-" + stamp
        }
        do {
            try files.moveItem(atPath: path, toPath: aside)
            for suffix in ["-wal", "-shm"] where files.fileExists(atPath: path + suffix) {
                try files.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
        } catch {
            throw StoreError.cannotWrite(path: aside, reason: reason(error))
        }
        return aside
    }
}
