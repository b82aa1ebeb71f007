/// Who a respondent is within one assessment: their role and name, and their store id when
/// they are stored. Names the person who entered a fact or proposed another value.
public struct RespondentKey: Sendable, Hashable, Codable {
    /// Store id of the respondent, when known.
    public var respondentID: Int64?
    public var role: RespondentRole
    public var name: String?

    public init(respondentID: Int64? = nil, role: RespondentRole, name: String? = nil) {
        self.respondentID = respondentID
        self.role = role
        self.name = name
    }

    /// Whether this key names `respondent`: by store id when both have one, else by role and name.
    public func names(_ respondent: Respondent) -> Bool {
        if let respondentID, let other = respondent.id { return respondentID == other }
        return role == respondent.role && name == respondent.name
    }
}

extension Respondent {
    /// This respondent's key.
    public var key: RespondentKey { RespondentKey(respondentID: id, role: role, name: name) }
}
