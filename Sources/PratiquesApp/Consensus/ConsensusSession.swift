import PratiquesCore
import PratiquesStore

/// A group agreeing on values for one assessment, criterion by criterion.
///
/// The criteria to discuss are those where the respondents diverge and that have no consensus
/// yet, or every criterion, leaving out those that do not apply to the organisation's profile.
/// Each value agreed is recorded at once; it counts for the score, and the respondents' own
/// answers stay as they are. On a fact criterion (`fact: true`) the value agreed settles the
/// fact (``AssessmentFact/settled(with:comment:by:)``): its proposals are cleared.
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
    /// The organisation's profile (which criteria apply).
    public let profile: OrganisationProfile?
    let store: AssessmentStore
    private let engine: ScoringEngine

    init(summary: AssessmentSummary, loaded: LoadedReferentiel, assessment: Assessment, profile: OrganisationProfile?, all: Bool,
         store: AssessmentStore) {
        self.summary = summary
        self.loaded = loaded
        self.assessment = assessment
        self.profile = profile
        self.store = store
        engine = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)
        score = engine.score(assessment, profile: profile)
        criteria = Self.criteria(assessment, score: score, referentiel: loaded.referentiel, all: all)
    }

    public var referentiel: Referentiel { loaded.referentiel }

    /// The criteria to visit, among those that apply: the divergent ones without a consensus
    /// (facts with values to settle), or every criterion.
    static func criteria(_ assessment: Assessment, score: AssessmentScore, referentiel: Referentiel, all: Bool) -> [Criterion] {
        let applying = referentiel.criteria.filter { score.criterion($0.id)?.applicability.counts ?? true }
        if all { return applying }
        let divergent = Set(score.divergentCriteria.map(\.criterionID))
        return applying.filter { divergent.contains($0.id) && ($0.isFact || assessment.consensus[$0.id]?.value == nil) }
    }

    /// The value the group agreed on so far: the fact's value for a fact criterion, else the consensus.
    public func agreedValue(for criterion: Criterion) -> AnswerValue? {
        criterion.isFact ? assessment.fact(for: criterion.id)?.value : assessment.consensus[criterion.id]?.value
    }

    /// Records the group's value for a criterion (keeping its comment); on a fact criterion,
    /// settles the fact with it.
    public mutating func record(_ value: AnswerValue, for criterionID: String) throws {
        if referentiel.criterion(id: criterionID)?.isFact == true {
            let fact = try store.updateFact(assessmentID: summary.id, criterionID: criterionID) { stored in
                (stored.fact(for: criterionID) ?? AssessmentFact(criterionID: criterionID, value: nil)).settled(with: value, by: nil)
            }
            assessment.facts[criterionID] = fact
        } else {
            let answer = Answer(criterionID: criterionID, value: value, comment: assessment.consensus[criterionID]?.comment)
            try store.setConsensus(answer, assessmentID: summary.id)
            assessment.consensus[criterionID] = answer
        }
        recorded += 1
    }

    /// Records (or clears, when empty) the group's comment on a criterion, keeping its value.
    public mutating func comment(_ text: String, for criterionID: String) throws {
        let text = try TextDoor.check(text, as: .comment)
        if referentiel.criterion(id: criterionID)?.isFact == true {
            assessment.facts[criterionID] = try store.updateFact(assessmentID: summary.id, criterionID: criterionID) { stored in
                var fact = stored.fact(for: criterionID) ?? AssessmentFact(criterionID: criterionID, value: nil)
                fact.comment = text.isEmpty ? nil : text
                return fact
            }
            return
        }
        var answer = assessment.consensus[criterionID] ?? Answer(criterionID: criterionID, value: nil)
        answer.comment = text.isEmpty ? nil : text
        try store.setConsensus(answer, assessmentID: summary.id)
        assessment.consensus[criterionID] = answer
    }

    /// The score with the consensus recorded so far.
    public var currentScore: AssessmentScore { engine.score(assessment, profile: profile) }

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
            let profile = try store.organisation(slug: summary.organisationSlug)?.profile
            return ConsensusSession(summary: summary, loaded: loaded, assessment: try store.assessment(summary), profile: profile, all: all,
                                    store: store)
        }
    }
}
