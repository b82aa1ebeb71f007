/// What an import wrote.
public struct ImportSummary: Sendable, Codable, Equatable {
    public var organisations = 0
    public var createdOrganisations = 0
    public var assessments = 0
    public var respondents = 0
    public var answers = 0
    public var targets = 0
    public var actions = 0
    /// Ids of the assessments written, in file order.
    public var assessmentIDs: [Int64] = []

    public init() {}
}
