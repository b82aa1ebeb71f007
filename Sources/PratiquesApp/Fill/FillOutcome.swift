import PratiquesCore

/// Where a filled assessment stands.
public struct FillOutcome: Sendable {
    /// Respondents of the assessment.
    public var respondents: Int
    /// With every respondent's answers and the organisation's targets.
    public var score: AssessmentScore
    /// The three criteria furthest from their target.
    public var furthest: [TargetGap]
    /// This respondent has answered everything and the assessment is still a draft.
    public var canComplete: Bool
}
