import Foundation
import PratiquesCore
import PratiquesStore

/// The database and the grids behind a workspace and its copies, opened and read on first use.
///
/// The database is opened for the access the use case asks (``StoreAccess``): read-only for a
/// read, for writing (created only by the use cases that create data) otherwise. Once open for
/// writing, the same store serves the reads too.
final class Resources: @unchecked Sendable {
    let databasePath: String
    let referentielsDirectory: String?
    /// Told when opening the database created it or brought it up to date.
    let notices: (@Sendable (WorkspaceNotice) -> Void)?
    private let lock = NSLock()
    private var readStore: AssessmentStore?
    private var writeStore: AssessmentStore?
    private var readCatalog: ReferentielCatalog?

    init(databasePath: String, referentielsDirectory: String, notices: (@Sendable (WorkspaceNotice) -> Void)? = nil) {
        self.databasePath = databasePath
        self.referentielsDirectory = referentielsDirectory
        self.notices = notices
    }

    init(store: AssessmentStore, catalog: ReferentielCatalog) {
        databasePath = store.path
        referentielsDirectory = nil
        notices = nil
        writeStore = store
        readCatalog = catalog
    }

    /// The store opened for `access` (once for reading, once for writing).
    func store(_ access: StoreAccess) throws -> AssessmentStore {
        lock.lock(); defer { lock.unlock() }
        if let writeStore { return writeStore }
        if access == .read, let readStore { return readStore }
        let store: AssessmentStore
        do {
            store = try AssessmentStore(path: databasePath, access: access)
        } catch {
            throw WorkspaceError(error)
        }
        if access == .read && store.migrated.isEmpty { readStore = store } else { writeStore = store }
        if store.created {
            notices?(.databaseCreated(path: databasePath))
        } else if !store.migrated.isEmpty {
            notices?(.databaseUpgraded(path: databasePath, migrations: store.migrated))
        }
        return store
    }

    var catalog: ReferentielCatalog {
        lock.lock(); defer { lock.unlock() }
        if let readCatalog { return readCatalog }
        let catalog = ReferentielCatalog(directory: referentielsDirectory ?? "referentiels")
        readCatalog = catalog
        return catalog
    }
}
