/// One entry of the audit trail: when, what kind of write, what it touched, and who when known.
///
/// The trail holds no personal data of its own: a respondent is referred to by id, and their
/// role and name are looked up when the trail is read, so that erasing a person erases them
/// from the trail too.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64
    /// ISO 8601 time of the write (UTC).
    public var at: String
    public var operation: AuditOperation
    /// The organisation concerned, by slug, when there is one and it is still stored.
    public var organisationSlug: String?
    public var assessmentID: Int64?
    /// What was touched within it: a criterion id, an action id, a status, a file name…
    public var subject: String?
    /// The respondent who wrote, when a respondent did.
    public var respondent: AuditRespondent?
    /// Who else acted, when known (a web coordinator's account).
    public var actor: String?

    public init(id: Int64, at: String, operation: AuditOperation, organisationSlug: String?, assessmentID: Int64?,
                subject: String?, respondent: AuditRespondent?, actor: String?) {
        self.id = id
        self.at = at
        self.operation = operation
        self.organisationSlug = organisationSlug
        self.assessmentID = assessmentID
        self.subject = subject
        self.respondent = respondent
        self.actor = actor
    }
}

/// A respondent as the trail shows them: looked up at reading time, so an erased name is gone.
public struct AuditRespondent: Sendable, Hashable, Codable {
    public var id: Int64
    /// `nil` when the respondent has since been deleted.
    public var role: RespondentRole?
    /// `nil` when never given or erased.
    public var name: String?

    public init(id: Int64, role: RespondentRole?, name: String?) {
        self.id = id
        self.role = role
        self.name = name
    }
}
