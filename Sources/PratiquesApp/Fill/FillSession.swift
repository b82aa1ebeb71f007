import PratiquesCore
import PratiquesStore

/// One respondent filling a draft, answer by answer: the state a front end shows and the
/// writes it makes.
///
/// Every answer (and every comment) is written at once in its own transaction, with the
/// criterion to show next, so that stopping at any moment loses nothing. A criterion is *done*
/// when it has a value that does not await confirmation. Going forward moves to the next
/// criterion not done (``next(after:)``); resuming starts at the first criterion not done at or
/// after where the respondent stopped, else at the first one not done from the start (the
/// skipped ones: ``startIndex()``).
public struct FillSession: Sendable {
    public let assessmentID: Int64
    public let respondentID: Int64
    public let role: RespondentRole
    public let name: String?
    /// Whether the draft was created for this fill.
    public let createdAssessment: Bool
    /// The version the draft is on.
    public let loaded: LoadedReferentiel
    /// This respondent's answers by criterion id.
    public private(set) var answers: [String: Answer]
    let store: AssessmentStore

    init(assessmentID: Int64, respondent: Respondent, createdAssessment: Bool, loaded: LoadedReferentiel, store: AssessmentStore) throws {
        self.assessmentID = assessmentID
        self.respondentID = respondent.id!
        self.role = respondent.role
        self.name = respondent.name
        self.createdAssessment = createdAssessment
        self.loaded = loaded
        self.store = store
        answers = try store.assessment(id: assessmentID)?.respondents.first { $0.id == respondent.id }?.answers ?? [:]
    }

    public var referentiel: Referentiel { loaded.referentiel }

    /// The criteria in the order they are asked.
    public var criteria: [Criterion] { loaded.referentiel.criteria }

    /// Whether the criterion has a value that does not await confirmation.
    public func isDone(_ criterion: Criterion) -> Bool {
        guard let answer = answers[criterion.id], answer.value != nil else { return false }
        return !answer.awaitsConfirmation
    }

    /// Where to resume (see the type's documentation); `nil` when every criterion is done.
    public func startIndex() throws -> Int? {
        let position = try store.fillPosition(respondentID: respondentID)
        let from = position.flatMap { id in criteria.firstIndex { $0.id == id } } ?? 0
        if let index = criteria[from...].firstIndex(where: { !isDone($0) }) { return index }
        return criteria.firstIndex { !isDone($0) }
    }

    /// Going forward from `index`: the next criterion not done (`criteria.count` past the last
    /// one), and the position to record (the last criterion when there is none left).
    public func next(after index: Int) -> (index: Int, position: String) {
        let forward = criteria.indices.first { $0 > index && !isDone(criteria[$0]) } ?? criteria.count
        return (forward, forward < criteria.count ? criteria[forward].id : criteria[criteria.count - 1].id)
    }

    /// Writes one answer (or replaces it) with the position to resume at.
    public mutating func save(_ answer: Answer, position: String) throws {
        try store.saveAnswer(answer, respondentID: respondentID, position: position)
        answers[answer.criterionID] = answer
    }

    /// Records the position to resume at (a criterion skipped or gone back to).
    public func move(to position: String) throws {
        try store.setFillPosition(position, respondentID: respondentID)
    }

    /// The criteria done in one dimension, and how many it has.
    public func progress(in dimension: Dimension) -> (done: Int, total: Int) {
        (dimension.criteria.filter(isDone).count, dimension.criteria.count)
    }

    /// Criteria done in the whole grid.
    public var doneCount: Int { criteria.filter(isDone).count }

    /// Criteria not done yet.
    public var missing: [Criterion] { criteria.filter { !isDone($0) } }

    /// The assessment as it stands (every respondent): scores, the criteria furthest from their
    /// target, and whether it may now be marked complete.
    public func outcome() throws -> FillOutcome? {
        guard let summary = try store.assessmentSummary(id: assessmentID) else { return nil }
        let assessment = try store.assessment(summary)
        let targets = Scorer.levels(try store.targets(organisationSlug: summary.organisationSlug, referentielID: referentiel.id))
        let score = ScoringEngine(referentiel: referentiel, sha256: loaded.sha256).score(assessment, targets: targets)
        return FillOutcome(respondents: assessment.respondents.count, score: score, furthest: score.furthestFromTarget(targets),
                           canComplete: missing.isEmpty && summary.status == .draft)
    }

    /// Marks the assessment complete: other respondents can no longer fill it.
    public func complete() throws {
        try store.setStatus(.complete, assessmentID: assessmentID)
    }
}
