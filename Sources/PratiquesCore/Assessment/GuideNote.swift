/// What the general assembly said when the guide of good practices was presented to it, for
/// one organisation and year: the meeting's day and the decisions (progress targets debated).
public struct GuideNote: Sendable, Hashable, Codable {
    public var organisationSlug: String
    public var year: Int
    /// `YYYY-MM-DD`, when known.
    public var meetingDate: String?
    public var decisions: String?

    public init(organisationSlug: String, year: Int, meetingDate: String? = nil, decisions: String? = nil) {
        self.organisationSlug = organisationSlug
        self.year = year
        self.meetingDate = meetingDate
        self.decisions = decisions
    }
}
