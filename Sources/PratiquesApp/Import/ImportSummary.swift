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

/// How an import behaves.
public struct ImportOptions: Sendable {
    /// Create organisations that the files name but the store does not know (named by their id,
    /// legal form « association », to be completed later).
    public var createMissingOrganisations = false
    /// The draft that filled questionnaires (`.xlsx`) add their respondents to, instead of
    /// making new assessments.
    public var intoAssessment: Int64?
    /// Called after each assessment is written (done, total), inside the transaction.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(createMissingOrganisations: Bool = false, intoAssessment: Int64? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.createMissingOrganisations = createMissingOrganisations
        self.intoAssessment = intoAssessment
        self.progress = progress
    }
}
