/// What a use case does with the database, which decides how its file is opened.
///
/// Only use cases that create data from nothing may create a database: a path with a typo
/// must not leave an empty database behind a read. Every access refuses a file that is not a
/// Pratiques database (empty, not SQLite, another application's) and one that a newer version
/// of Pratiques made (migrations this version does not know).
public enum StoreAccess: Sendable, Hashable {
    /// Reads only. The file must exist; it is opened read-only, without the write lock and
    /// without running migrations, so a read works on a read-only file and while another
    /// process writes. (A database made by an older version is brought up to date first,
    /// which needs writing, once.)
    case read
    /// Reads and writes a database that exists, brought up to date when an older version made it.
    case write
    /// Writes, creating the database (and its folder) when there is no file at the path.
    case create
}
