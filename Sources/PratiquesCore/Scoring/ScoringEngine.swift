/// Scores assessments of one référentiel version, exactly as `docs/scoring.md` states:
///
/// - a respondent's value: the level value; for yes/no, the good answer = 1 and the other = 0
///   (yes is good unless the grid says `yes_is: bad`); a number gets the level of its band;
///   « non applicable », text answers and numbers without bands (indicators) give no value;
/// - criterion value: for a fact criterion, the one value of the fact (``Assessment/fact(for:)``),
///   never averaged; otherwise the consensus when recorded, else the mean of the respondents'
///   values; « non applicable » when the fact or the consensus says so, or when nobody gave a
///   value and someone said « non applicable »;
/// - criterion score = value / max × 100, where max is the scale's highest value (1 for yes/no);
/// - a criterion that does not apply to the organisation's profile (`applies_to`) has no value
///   and no score, and is left out of the coverage; an unknown profile excludes nothing;
/// - dimension score = weighted mean of the scores of its answered, applicable criteria, with
///   coverage = answered / applicable beside it; N/A is excluded, never zero;
/// - overall = weighted mean of the dimensions that have a score.
public struct ScoringEngine: Sendable {
    /// Version of these rules, stored with any cached score.
    public static let rulesVersion = "1.1"

    public let referentiel: Referentiel
    public let reference: ReferentielReference
    private let plans: [CriterionPlan]

    /// What scoring needs of one criterion, computed once (a class: passed without copying the criterion).
    private final class CriterionPlan: Sendable {
        let criterion: Criterion
        let dimensionIndex: Int
        let dimensionID: String
        let maxValue: Double
        /// The dimension's and the criterion's conditions together.
        let appliesTo: AppliesTo?

        init(criterion: Criterion, dimensionIndex: Int, dimensionID: String, maxValue: Double, appliesTo: AppliesTo?) {
            self.criterion = criterion
            self.dimensionIndex = dimensionIndex
            self.dimensionID = dimensionID
            self.maxValue = maxValue
            self.appliesTo = appliesTo
        }
    }

    public init(referentiel: Referentiel, sha256: String? = nil) {
        self.referentiel = referentiel
        self.reference = ReferentielReference(id: referentiel.id, version: referentiel.version, sha256: sha256)
        var plans: [CriterionPlan] = []
        for (index, dimension) in referentiel.dimensions.enumerated() {
            for criterion in dimension.criteria {
                plans.append(CriterionPlan(criterion: criterion, dimensionIndex: index, dimensionID: dimension.id,
                                           maxValue: Self.maxValue(of: criterion, in: referentiel),
                                           appliesTo: referentiel.appliesTo(criterionID: criterion.id)))
            }
        }
        self.plans = plans
    }

    /// The highest value a criterion can take (its scale's maximum, 1 for yes/no, 0 when not scored).
    public static func maxValue(of criterion: Criterion, in referentiel: Referentiel) -> Double {
        guard criterion.isScored else { return 0 }
        switch criterion.kind {
        case .yesNo: return 1
        case .level, .number: return Double(criterion.scaleID.flatMap(referentiel.scale(id:))?.maxValue ?? 0)
        case .text: return 0
        }
    }

    /// A respondent's value for a criterion in level units; `nil` for N/A, text, an indicator
    /// or a value of the wrong kind.
    public static func value(of answer: AnswerValue, for criterion: Criterion) -> Double? {
        switch (answer, criterion.kind) {
        case (.level(let level), .level): return Double(level)
        case (.yesNo(let yes), .yesNo): return yes == (criterion.yesIs == .good) ? 1 : 0
        case (.number(let number), .number):
            guard let band = criterion.band(for: number) else { return nil }
            return Double(band.level)
        default: return nil
        }
    }

    /// Scores one assessment; `targets` maps criterion ids to target levels; `profile` says
    /// which criteria apply to the organisation (`nil`: unknown, every criterion applies).
    public func score(_ assessment: Assessment, targets: [String: Int] = [:], profile: OrganisationProfile? = nil) -> AssessmentScore {
        var criteria: [CriterionScore] = []
        criteria.reserveCapacity(plans.count)
        var sums = Array(repeating: (weighted: 0.0, weights: 0.0, applicable: 0, answered: 0, excluded: 0), count: referentiel.dimensions.count)
        for plan in plans {
            let applicability = plan.appliesTo.map { $0.evaluate(profile ?? .unknown) } ?? .applies
            let scored = scoreCriterion(plan, in: assessment, target: targets.isEmpty ? nil : targets[plan.criterion.id],
                                        applicability: applicability)
            if scored.isScored && !applicability.counts {
                sums[plan.dimensionIndex].excluded += 1
            } else if scored.isScored && !scored.isNotApplicable {
                sums[plan.dimensionIndex].applicable += 1
                if let score = scored.score {
                    sums[plan.dimensionIndex].answered += 1
                    sums[plan.dimensionIndex].weighted += score * plan.criterion.weight
                    sums[plan.dimensionIndex].weights += plan.criterion.weight
                }
            }
            criteria.append(scored)
        }
        var dimensions: [DimensionScore] = []
        var overallWeighted = 0.0, overallWeights = 0.0
        for (index, dimension) in referentiel.dimensions.enumerated() {
            let sum = sums[index]
            let score = sum.weights > 0 ? sum.weighted / sum.weights : nil
            if let score {
                overallWeighted += score * dimension.weight
                overallWeights += dimension.weight
            }
            dimensions.append(DimensionScore(dimensionID: dimension.id, weight: dimension.weight, score: score,
                                             applicable: sum.applicable, answered: sum.answered, doesNotApply: sum.excluded))
        }
        return AssessmentScore(referentiel: reference, scoringRules: Self.rulesVersion, criteria: criteria, dimensions: dimensions,
                               overall: overallWeights > 0 ? overallWeighted / overallWeights : nil,
                               applicable: dimensions.reduce(0) { $0 + $1.applicable },
                               answered: dimensions.reduce(0) { $0 + $1.answered })
    }

    private func scoreCriterion(_ plan: CriterionPlan, in assessment: Assessment, target: Int?, applicability: Applicability) -> CriterionScore {
        let criterion = plan.criterion
        let criterionID = criterion.id
        var value: Double?
        var isNotApplicable = false
        var source: ValueSource?
        var statistics: RespondentStatistics
        var fact: AssessmentFact?
        if criterion.isFact {
            fact = assessment.fact(for: criterionID)
            let values = fact?.allValues ?? []
            statistics = RespondentStatistics(values: values.map { Self.value(of: $0, for: criterion) }, maxValue: plan.maxValue)
            statistics.isDivergent = fact?.needsSettling ?? false
            if let factValue = fact?.value {
                source = .fact
                if factValue == .notApplicable { isNotApplicable = true } else { value = Self.value(of: factValue, for: criterion) }
            }
        } else {
            statistics = respondentStatistics(plan, in: assessment)
            if !assessment.consensus.isEmpty, let consensus = assessment.consensus[criterionID], let consensusValue = consensus.value {
                source = .consensus
                if consensusValue == .notApplicable {
                    isNotApplicable = true
                } else {
                    value = Self.value(of: consensusValue, for: criterion)
                }
            } else if let mean = statistics.mean {
                value = mean
                source = .respondents
            } else if statistics.notApplicable > 0 {
                isNotApplicable = true
                source = .respondents
            }
        }
        let number = criterion.kind == .number ? Self.number(of: criterion, in: assessment, fact: fact) : nil
        let counts = applicability.counts
        let isScored = criterion.isScored && plan.maxValue > 0
        if !counts {
            value = nil
            isNotApplicable = false
            source = nil
        }
        let score = isScored ? value.map { $0 / plan.maxValue * 100 } : nil
        var percentToTarget: Double?
        var gap: Double?
        if let target, isScored {
            let targetScore = Double(target) / plan.maxValue * 100
            if let score {
                percentToTarget = targetScore <= 0 ? 100 : min(100, score / targetScore * 100)
                gap = value.map { Double(target) - $0 }
            }
        }
        return CriterionScore(criterionID: criterionID, dimensionID: plan.dimensionID,
                              value: isScored ? value : nil, maxValue: plan.maxValue, score: score,
                              isNotApplicable: isNotApplicable, source: source, statistics: statistics,
                              targetLevel: target, percentToTarget: percentToTarget, gapToTarget: gap, isScored: isScored,
                              applicability: applicability, isFact: criterion.isFact, factNeedsSettling: fact?.needsSettling ?? false,
                              number: number)
    }

    /// The statistics of the respondents' own values for one criterion.
    private func respondentStatistics(_ plan: CriterionPlan, in assessment: Assessment) -> RespondentStatistics {
        let criterionID = plan.criterion.id
        let respondents = assessment.respondents
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(respondents.count, 1)) { buffer in
            var count = 0, notApplicable = 0
            for respondent in respondents {
                guard let answer = respondent.answers[criterionID], let value = answer.value else { continue }
                if case .notApplicable = value {
                    notApplicable += 1
                } else if let number = Self.value(of: value, for: plan.criterion) {
                    buffer[count] = number
                    count += 1
                }
            }
            return RespondentStatistics(sorting: buffer, count: count, notApplicable: notApplicable, maxValue: plan.maxValue)
        }
    }

    /// The one number of a `number` criterion: the fact's, the consensus's, or the number every
    /// respondent gave.
    static func number(of criterion: Criterion, in assessment: Assessment, fact: AssessmentFact?) -> Double? {
        if criterion.isFact {
            if case .number(let number)? = fact?.value { return number }
            return nil
        }
        if let consensus = assessment.consensus[criterion.id]?.value {
            if case .number(let number) = consensus { return number }
            return nil
        }
        var found: Double?
        for respondent in assessment.respondents {
            guard case .number(let number)? = respondent.answers[criterion.id]?.value else { continue }
            if let found, found != number { return nil }
            found = number
        }
        return found
    }
}
