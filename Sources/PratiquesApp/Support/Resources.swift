import Foundation
import PratiquesCore
import PratiquesStore

/// The database and the grids behind a workspace and its copies, opened and read on first use.
final class Resources: @unchecked Sendable {
    let databasePath: String
    let referentielsDirectory: String?
    private let lock = NSLock()
    private var openedStore: AssessmentStore?
    private var readCatalog: ReferentielCatalog?

    init(databasePath: String, referentielsDirectory: String) {
        self.databasePath = databasePath
        self.referentielsDirectory = referentielsDirectory
    }

    init(store: AssessmentStore, catalog: ReferentielCatalog) {
        databasePath = store.path
        referentielsDirectory = nil
        openedStore = store
        readCatalog = catalog
    }

    func store() throws -> AssessmentStore {
        lock.lock(); defer { lock.unlock() }
        if let openedStore { return openedStore }
        do {
            let store = try AssessmentStore(path: databasePath)
            openedStore = store
            return store
        } catch {
            throw WorkspaceError(error)
        }
    }

    var catalog: ReferentielCatalog {
        lock.lock(); defer { lock.unlock() }
        if let readCatalog { return readCatalog }
        let catalog = ReferentielCatalog(directory: referentielsDirectory ?? "referentiels")
        readCatalog = catalog
        return catalog
    }
}
