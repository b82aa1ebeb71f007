import Foundation
import PratiquesCore
import PratiquesStore

/// What people do with Pratiques, for every front end: one database, the grid files, and the
/// language of the workbooks it writes.
///
/// Its methods are the use cases (import files, fill one answer, record a consensus, score an
/// organisation's history, compare a cohort, write a workbook…): a command-line front end and a
/// web front end call the same ones. No method reads or writes the terminal. A workspace is a
/// value: copies share the database and the grids, which are opened and read once, on first
/// use, so a command that needs neither touches neither; it can be handed to concurrent tasks.
///
/// Errors are ``WorkspaceError`` cases (matchable, worded in French and English without any
/// front end's vocabulary), ``ImportRefusal`` for imports, or the located errors of the layers
/// below (`InputError`, `VersionChainError`): all `LocalizedFailure`s.
public struct Workspace: Sendable {
    /// The language of the workbooks and of the texts that are not messages (labels of levels…).
    public var language: Language
    let resources: Resources

    /// A workspace on the database at `databasePath` and the grids under `referentielsDirectory`,
    /// both opened on first use. `notices` is told what the person must know besides a use
    /// case's result (the database created or brought up to date: ``WorkspaceNotice``).
    public init(databasePath: String, referentielsDirectory: String, language: Language = .fr,
                notices: (@Sendable (WorkspaceNotice) -> Void)? = nil) {
        self.language = language
        resources = Resources(databasePath: databasePath, referentielsDirectory: referentielsDirectory, notices: notices)
    }

    /// A workspace on an open store and grids already read.
    public init(store: AssessmentStore, catalog: ReferentielCatalog, language: Language = .fr) {
        self.language = language
        resources = Resources(store: store, catalog: catalog)
    }

    /// The same workspace, writing in `language`.
    public func speaking(_ language: Language) -> Workspace {
        var copy = self
        copy.language = language
        return copy
    }

    /// The database file.
    public var databasePath: String { resources.databasePath }

    /// The directory the grids are read from, when they come from one.
    public var referentielsDirectory: String? { resources.referentielsDirectory }

    /// Every version of every grid file (read once).
    public var catalog: ReferentielCatalog { resources.catalog }

    /// Runs a use case on the store, opened for `access`: each use case says whether it reads,
    /// writes, or creates data from nothing (the only ones that may create the database; see
    /// `StoreAccess`). The store's refusals that the use case did not word itself become
    /// ``WorkspaceError`` cases.
    func withStore<T>(_ access: StoreAccess = .write, _ work: (AssessmentStore) throws -> T) throws -> T {
        let store = try resources.store(access)
        do {
            return try work(store)
        } catch let error as StoreError {
            throw WorkspaceError(error)
        }
    }
}
