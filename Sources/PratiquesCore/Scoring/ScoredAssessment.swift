/// One assessment scored on the version of its grid that scores are compared on: the one
/// type for "an assessment and its score" in the score history, the organisation workbook and
/// the cohort statistics.
///
/// An assessment given on an older version is first carried along the chain of migrations
/// (``carry`` says how, and which criteria cannot be compared); ``answers`` are then the
/// carried answers and ``score`` is computed from them. ``progress`` compares it with the
/// organisation's previous assessment of the same grid, when there is one.
public struct ScoredAssessment: Sendable {
    public var summary: AssessmentSummary
    /// The assessment as given (its raw answers).
    public var assessment: Assessment
    /// The version it was given on.
    public var referentiel: LoadedReferentiel
    /// The version ``score`` is expressed on (the newest of the grid's chain).
    public var scoredOn: LoadedReferentiel
    /// The answers on ``scoredOn``: carried when ``carry`` is set, else those of ``assessment``.
    public var answers: Assessment
    /// What carrying from ``referentiel`` to ``scoredOn`` did; `nil` when they are the same version.
    public var carry: CarryReport?
    public var score: AssessmentScore
    /// Change since the previous assessment of the same grid, both on ``scoredOn``.
    public var progress: ScoreProgress?
    /// The label of the assessment ``progress`` starts from.
    public var previousLabel: String?

    public init(summary: AssessmentSummary, assessment: Assessment, referentiel: LoadedReferentiel, scoredOn: LoadedReferentiel,
                answers: Assessment, carry: CarryReport?, score: AssessmentScore, progress: ScoreProgress? = nil, previousLabel: String? = nil) {
        self.summary = summary
        self.assessment = assessment
        self.referentiel = referentiel
        self.scoredOn = scoredOn
        self.answers = answers
        self.carry = carry
        self.score = score
        self.progress = progress
        self.previousLabel = previousLabel
    }

    /// A scored assessment that is not in a store (built in memory): its summary is made from
    /// the assessment (snapshot id 0).
    public init(assessment: Assessment, referentiel: LoadedReferentiel, score: AssessmentScore, progress: ScoreProgress?,
                scoredOn: LoadedReferentiel? = nil, answers: Assessment? = nil, carry: CarryReport? = nil) {
        let summary = AssessmentSummary(id: assessment.id ?? 0, organisationSlug: assessment.organisationSlug, referentiel: assessment.referentiel,
                                        snapshotID: 0, date: assessment.date, label: assessment.label, status: assessment.status,
                                        respondentCount: assessment.respondents.count)
        self.init(summary: summary, assessment: assessment, referentiel: referentiel, scoredOn: scoredOn ?? referentiel,
                  answers: answers ?? assessment, carry: carry, score: score, progress: progress)
    }

    /// Whether the score comes from answers carried from an earlier version.
    public var isCarried: Bool { carry != nil }

    /// `v1.0.0 → 2.0.0*` for a carried assessment, `v2.0.0` otherwise.
    public var versionText: String {
        carry.map { "v\($0.from.version) → \($0.to.version)*" } ?? "v\(referentiel.referentiel.version)"
    }
}

/// As exchanged (`pratiques score --json`): the summary, the score, the change since the
/// previous assessment, and what carrying did.
extension ScoredAssessment: Encodable {
    private enum CodingKeys: String, CodingKey {
        case summary, score, progress, previousLabel, carried, carry
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summary, forKey: .summary)
        try container.encode(score, forKey: .score)
        try container.encodeIfPresent(progress, forKey: .progress)
        try container.encodeIfPresent(previousLabel, forKey: .previousLabel)
        try container.encode(isCarried, forKey: .carried)
        try container.encodeIfPresent(carry, forKey: .carry)
    }
}

extension ScoredAssessment {
    /// The same scores without the raw and carried answers they were computed from: what
    /// cohort statistics keep for each of thousands of chosen assessments (the answers are the
    /// largest part of an assessment in memory, and the statistics read only the scores).
    public func keepingScoresOnly() -> ScoredAssessment {
        var slim = self
        for assessment in [\ScoredAssessment.assessment, \ScoredAssessment.answers] {
            slim[keyPath: assessment].respondents = []
            slim[keyPath: assessment].consensus = [:]
            slim[keyPath: assessment].facts = [:]
        }
        return slim
    }
}
