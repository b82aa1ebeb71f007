/// What a store holds, in a few figures: printed after a backup or a restore, so that a person
/// can see at a glance that the copy is the store they meant.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var organisations: Int
    public var assessments: Int
    public var respondents: Int
    public var answers: Int
    /// The first and last assessment dates (`YYYY-MM-DD`), when there are assessments.
    public var firstDate: String?
    public var lastDate: String?

    public init(organisations: Int, assessments: Int, respondents: Int, answers: Int, firstDate: String?, lastDate: String?) {
        self.organisations = organisations
        self.assessments = assessments
        self.respondents = respondents
        self.answers = answers
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}
