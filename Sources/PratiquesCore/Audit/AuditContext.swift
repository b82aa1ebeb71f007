/// Who is writing, and from what, for the audit trail: set by a front end around the use cases
/// it calls (`AuditContext.$current.withValue(…) { … }`), read by the store when it writes.
///
/// A task-local value, so that concurrent web requests each carry their own. A respondent
/// saving answers needs none: the store records the respondent's id itself, never a name.
public struct AuditContext: Sendable, Hashable {
    /// Who acts when known: a web coordinator's account, never a respondent's name.
    public var actor: String?
    /// What the write comes from when it is not typed (a file's name for an import).
    public var source: String?

    public init(actor: String? = nil, source: String? = nil) {
        self.actor = actor
        self.source = source
    }

    /// The context of the current task (empty by default).
    @TaskLocal public static var current = AuditContext()
}
