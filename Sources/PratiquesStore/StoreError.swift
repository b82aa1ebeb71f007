import PratiquesCore

/// Why the store refused an operation: a case the caller matches to say it in its own words.
///
/// The store knows no wording and no command: the application layer turns each case into a
/// message, and each front end adds its hints (a command to run, a page to open).
public enum StoreError: Error, Sendable, Hashable {
    /// The database file cannot be opened or brought up to date.
    case cannotOpen(path: String, reason: String)
    /// No file at the path, and the use case does not create databases.
    case missingDatabase(path: String)
    /// The file is not a Pratiques database.
    case notADatabase(path: String, NotADatabase)
    /// The database holds migrations this version does not know: a newer version of Pratiques
    /// made it. It is not written into.
    case newerDatabase(path: String, migrations: [String])
    /// The use case writes (or a read must first bring an older database up to date:
    /// `pendingMigrations`), but the file or its folder may not be written.
    case readOnlyDatabase(path: String, pendingMigrations: [String])
    case unknownOrganisation(String)
    case unknownAssessment(Int64)
    case unknownAction(Int64)
    /// No respondent has this id.
    case unknownRespondent(Int64)
    case unknownCohort(String)
    case unknownSession(cohort: String, label: String)
    case cohortExists(String)
    /// An assessment of the same organisation, grid version and label is already stored.
    case duplicateAssessment(existingID: Int64, status: AssessmentStatus)
    /// This grid version is stored with another content, and assessments use it: the file
    /// changed without a version bump.
    case snapshotInUse(referentielID: String, version: SemanticVersion, assessments: Int)
    /// No stored grid version has this id.
    case missingSnapshot(Int64)
    /// No file at this path.
    case missingFile(String)
    /// The file is not a Pratiques store (another database, or not a database: `reason`).
    case notAStore(path: String, reason: String?)
    /// The file is a Pratiques store written by a newer version (migrations this one does not know).
    case newerStore(path: String, unknownMigrations: [String])
    /// A file could not be written (a backup, a restored store).
    case cannotWrite(path: String, reason: String)
    /// The copy just written fails SQLite's integrity check.
    case backupDamaged(String)
}

/// Why a file is not a Pratiques database.
public enum NotADatabase: Sendable, Hashable {
    /// A folder.
    case folder
    /// An empty file.
    case empty
    /// A file that is not an SQLite database.
    case notSQLite
    /// An SQLite database without Pratiques' schema (another application's).
    case foreign
}
