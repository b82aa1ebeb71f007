import PratiquesCore

/// What a use case did besides its result that the person must be told: a front end shows it
/// (the command line on standard error) through the handler given to the ``Workspace``.
public enum WorkspaceNotice: Sendable, Hashable {
    /// There was no database at the path: the use case created it.
    case databaseCreated(path: String)
    /// An earlier version of Pratiques made the database: these migrations brought it up to date.
    case databaseUpgraded(path: String, migrations: [String])

    /// The notice in both languages.
    public var text: Bilingual {
        switch self {
        case .databaseCreated(let path): return NoticeMessage.databaseCreated(["path": path])
        case .databaseUpgraded(let path, let migrations): return NoticeMessage.databaseUpgraded(["path": path, "migrations": migrations.joined(separator: ", ")])
        }
    }
}
