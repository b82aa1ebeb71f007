/// The score of one dimension.
public struct DimensionScore: Sendable, Hashable, Codable {
    public var dimensionID: String
    public var weight: Double
    /// Weighted mean of the answered, applicable criteria; `nil` when none is answered.
    public var score: Double?
    /// Scored criteria not marked « non applicable ».
    public var applicable: Int
    /// Applicable criteria with a value.
    public var answered: Int
    /// Scored criteria that do not apply to the organisation (`applies_to`), left out of the
    /// score and of `applicable`.
    public var doesNotApply: Int = 0
    /// `answered / applicable`, `nil` when nothing is applicable.
    public var coverage: Double? { applicable == 0 ? nil : Double(answered) / Double(applicable) }
}

/// The scores of one assessment: per criterion, per dimension and overall.
public struct AssessmentScore: Sendable, Hashable, Codable {
    public var referentiel: ReferentielReference
    /// The version of the scoring rules that produced these numbers.
    public var scoringRules: String
    public var criteria: [CriterionScore]
    public var dimensions: [DimensionScore]
    /// Weighted mean of the dimensions that have a score.
    public var overall: Double?
    public var applicable: Int
    public var answered: Int
    public var coverage: Double? { applicable == 0 ? nil : Double(answered) / Double(applicable) }

    public func criterion(_ id: String) -> CriterionScore? { criteria.first { $0.criterionID == id } }
    public func dimension(_ id: String) -> DimensionScore? { dimensions.first { $0.dimensionID == id } }

    /// Criteria whose respondents diverge by two levels or more.
    public var divergentCriteria: [CriterionScore] { criteria.filter(\.statistics.isDivergent) }
}
