import PratiquesCore
import PratiquesStore

/// A group agreeing on values for one assessment, criterion by criterion.
///
/// The criteria to discuss are those where the respondents diverge and that have no consensus
/// yet, or every criterion. Each value agreed is recorded at once; it counts for the score, and
/// the respondents' own answers stay as they are.
public struct ConsensusSession: Sendable {
    public let summary: AssessmentSummary
    /// The version the assessment was given on.
    public let loaded: LoadedReferentiel
    /// The assessment, with the consensus recorded so far.
    public private(set) var assessment: Assessment
    /// The score when the session started (its statistics show each criterion's spread).
    public let score: AssessmentScore
    /// The criteria to visit, in grid order.
    public let criteria: [Criterion]
    /// Values recorded in this session.
    public private(set) var recorded = 0
    let store: AssessmentStore
    private let engine: ScoringEngine

    init(summary: AssessmentSummary, loaded: LoadedReferentiel, assessment: Assessment, all: Bool, store: AssessmentStore) {
        self.summary = summary
        self.loaded = loaded
        self.assessment = assessment
        self.store = store
        engine = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)
        score = engine.score(assessment)
        criteria = Self.criteria(assessment, score: score, referentiel: loaded.referentiel, all: all)
    }

    public var referentiel: Referentiel { loaded.referentiel }

    /// The criteria to visit: the divergent ones without a consensus, or every criterion.
    static func criteria(_ assessment: Assessment, score: AssessmentScore, referentiel: Referentiel, all: Bool) -> [Criterion] {
        if all { return referentiel.criteria }
        let divergent = Set(score.divergentCriteria.map(\.criterionID))
        return referentiel.criteria.filter { divergent.contains($0.id) && assessment.consensus[$0.id]?.value == nil }
    }

    /// Records the group's value for a criterion (keeping its comment).
    public mutating func record(_ value: AnswerValue, for criterionID: String) throws {
        let answer = Answer(criterionID: criterionID, value: value, comment: assessment.consensus[criterionID]?.comment)
        try store.setConsensus(answer, assessmentID: summary.id)
        assessment.consensus[criterionID] = answer
        recorded += 1
    }

    /// Records (or clears, when empty) the group's comment on a criterion, keeping its value.
    public mutating func comment(_ text: String, for criterionID: String) throws {
        var answer = assessment.consensus[criterionID] ?? Answer(criterionID: criterionID, value: nil)
        answer.comment = text.isEmpty ? nil : text
        try store.setConsensus(answer, assessmentID: summary.id)
        assessment.consensus[criterionID] = answer
    }

    /// The score with the consensus recorded so far.
    public var currentScore: AssessmentScore { engine.score(assessment) }

    /// The divergent criteria still without a consensus.
    public var divergentWithoutConsensus: [Criterion] {
        Self.criteria(assessment, score: currentScore, referentiel: referentiel, all: false)
    }
}

extension Workspace {
    /// A consensus session on an assessment: its divergent criteria without a consensus, or
    /// every criterion when `all`.
    public func consensus(assessment id: Int64, all: Bool = false) throws -> ConsensusSession {
        try withStore { store in
            let summary = try requireAssessment(id, store)
            let loaded = try store.referentiel(snapshotID: summary.snapshotID)
            return ConsensusSession(summary: summary, loaded: loaded, assessment: try store.assessment(summary), all: all, store: store)
        }
    }
}
