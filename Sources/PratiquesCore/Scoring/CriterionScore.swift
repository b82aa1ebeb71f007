/// Where a criterion's value comes from.
public enum ValueSource: String, Sendable, Hashable, Codable {
    /// The value agreed by the group.
    case consensus
    /// The mean of the respondents' values.
    case respondents
}

/// The score of one criterion in one assessment.
public struct CriterionScore: Sendable, Hashable, Codable {
    public var criterionID: String
    public var dimensionID: String
    /// The criterion's value in level units (mean of respondents, or consensus); `nil` when
    /// unanswered or not applicable.
    public var value: Double?
    /// The highest value of the criterion's scale (1 for yes/no).
    public var maxValue: Double
    /// `value / maxValue * 100`.
    public var score: Double?
    public var isNotApplicable: Bool
    public var source: ValueSource?
    public var statistics: RespondentStatistics
    /// The target level, when one is set.
    public var targetLevel: Int?
    /// `min(100, score / targetScore * 100)`; 100 when the target is reached or is level 0.
    public var percentToTarget: Double?
    /// Target level minus value (positive: levels still to gain).
    public var gapToTarget: Double?
    /// Whether the criterion counts in scores (text criteria do not).
    public var isScored: Bool
}
