/// How an import behaves.
public struct ImportOptions: Sendable {
    /// Create organisations that the files name but the store does not know (named by their id,
    /// legal form « association », to be completed later).
    public var createMissingOrganisations = false
    /// The draft that filled questionnaires (`.xlsx`) add their respondents to, instead of
    /// making new assessments.
    public var intoAssessment: Int64?
    /// Update stored organisations that the files declare differently (`--update-org`); their
    /// consent to be named is never changed by an import.
    public var updateOrganisations = false
    /// Called after each assessment is written (done, total), inside the transaction.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(createMissingOrganisations: Bool = false, intoAssessment: Int64? = nil, updateOrganisations: Bool = false,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.createMissingOrganisations = createMissingOrganisations
        self.updateOrganisations = updateOrganisations
        self.intoAssessment = intoAssessment
        self.progress = progress
    }
}
