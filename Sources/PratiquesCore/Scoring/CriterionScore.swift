/// Where a criterion's value comes from.
public enum ValueSource: String, Sendable, Hashable, Codable {
    /// The value agreed by the group.
    case consensus
    /// The mean of the respondents' values.
    case respondents
    /// The one value of a fact criterion (``AssessmentFact``), never averaged.
    case fact
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
    /// Whether the criterion counts in scores (text criteria and indicators do not).
    public var isScored: Bool
    /// Whether it concerns the organisation (`applies_to`); a criterion that does not apply has
    /// no value and no score and is left out of the coverage.
    public var applicability: Applicability
    /// Whether it is a fact criterion (one value per assessment).
    public var isFact: Bool
    /// For a fact: whether other values than the one counted wait to be settled.
    public var factNeedsSettling: Bool
    /// For a `number` criterion: the one number that stands for the organisation (the fact,
    /// the consensus, or the answer everyone gave); `nil` when respondents gave different
    /// numbers and nothing settles them. Shown for indicators, which have no score.
    public var number: Double?
}
