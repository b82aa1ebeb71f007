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
///
/// Criteria that do not apply to the organisation's profile (`applies_to`) are not asked
/// (``criteria`` leaves them out, ``notApplying`` lists them) and do not count in the progress.
/// A fact criterion (`fact: true`) has one value for the whole assessment: the first value
/// given enters it, a different one from someone else is kept as a proposal to settle in
/// consensus (``AssessmentFact/entering(_:comment:by:)``), never averaged. The respondent's own
/// answer is kept as well, as given (it says they dealt with the criterion).
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
    /// The assessment's facts by criterion id (every respondent's, see ``AssessmentFact``).
    public private(set) var facts: [String: AssessmentFact]
    /// The organisation's profile; `nil` when unknown (every criterion applies).
    public let profile: OrganisationProfile?
    let store: AssessmentStore

    init(assessmentID: Int64, respondent: Respondent, createdAssessment: Bool, loaded: LoadedReferentiel, store: AssessmentStore) throws {
        self.assessmentID = assessmentID
        self.respondentID = respondent.id!
        self.role = respondent.role
        self.name = respondent.name
        self.createdAssessment = createdAssessment
        self.loaded = loaded
        self.store = store
        let assessment = try store.assessment(id: assessmentID)
        answers = assessment?.respondents.first { $0.id == respondent.id }?.answers ?? [:]
        let referentiel = loaded.referentiel
        facts = Dictionary(uniqueKeysWithValues: referentiel.criteria.filter(\.isFact).compactMap { criterion in
            assessment?.fact(for: criterion.id).map { (criterion.id, $0) }
        })
        profile = try assessment.flatMap { try store.organisation(slug: $0.organisationSlug) }?.profile
    }

    public var referentiel: Referentiel { loaded.referentiel }

    /// The criteria asked, in order: those that apply to the organisation's profile.
    public var criteria: [Criterion] { loaded.referentiel.criteria.filter(applies) }

    /// The criteria that do not apply to the organisation (« ne s'applique pas à votre structure »).
    public var notApplying: [Criterion] { loaded.referentiel.criteria.filter { !applies($0) } }

    /// Whether a criterion applies to the organisation (an unknown profile excludes nothing).
    public func applies(_ criterion: Criterion) -> Bool {
        guard let profile else { return true }
        return loaded.referentiel.applicability(of: criterion.id, for: profile).counts
    }

    /// The value shown as current: the fact's for a fact criterion (whoever entered it), else
    /// this respondent's answer.
    public func current(_ criterion: Criterion) -> Answer? {
        guard criterion.isFact, let fact = facts[criterion.id] else { return answers[criterion.id] }
        return Answer(criterionID: criterion.id, value: fact.value, comment: fact.comment, origin: fact.origin)
    }

    /// This respondent's key (who enters a fact or proposes another value).
    public var respondentKey: RespondentKey { RespondentKey(respondentID: respondentID, role: role, name: name) }

    /// Whether the criterion has a value that does not await confirmation (for a fact: this
    /// respondent gave or kept a value, and the fact does not await confirmation).
    public func isDone(_ criterion: Criterion) -> Bool {
        guard let answer = answers[criterion.id], answer.value != nil else { return false }
        if criterion.isFact, facts[criterion.id]?.origin != nil { return false }
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

    /// Writes one answer (or replaces it) with the position to resume at. On a fact criterion
    /// the value also goes to the fact (``saveFact(_:position:)``).
    public mutating func save(_ answer: Answer, position: String) throws {
        var answer = answer
        answer.comment = try TextDoor.check(answer.comment, as: .comment)
        if case .text(let text)? = answer.value { answer.value = .text(try TextDoor.check(text, as: .textAnswer)) }
        if referentiel.criterion(id: answer.criterionID)?.isFact == true { try saveFact(answer, position: position); return }
        try store.saveAnswer(answer, respondentID: respondentID, position: position)
        answers[answer.criterionID] = answer
    }

    /// A value (or comment) on a fact criterion: it enters the fact when it has none, confirms a
    /// carried one, else is kept as this respondent's proposal when it differs; a comment alone
    /// joins the fact's comment. The respondent's answer is written too, in the same transaction
    /// for the fact and the position. Returns the fact as stored.
    @discardableResult
    public mutating func saveFact(_ answer: Answer, position: String) throws -> AssessmentFact? {
        let key = respondentKey
        let criterionID = answer.criterionID
        let fact = try store.updateFact(assessmentID: assessmentID, criterionID: criterionID, position: (respondentID, position)) { stored in
            var fact = stored.fact(for: criterionID) ?? AssessmentFact(criterionID: criterionID, value: nil)
            let comment = answer.comment == fact.comment ? nil : answer.comment.flatMap { $0.isEmpty ? nil : $0 }
            guard let value = answer.value else {
                if let comment { fact.comment = fact.comment.map { $0.contains(comment) ? $0 : "\($0) / \(comment)" } ?? comment }
                return fact
            }
            if fact.origin != nil, fact.proposals.isEmpty {
                // A carried value: the first person to answer confirms or replaces it.
                fact.value = value
                fact.enteredBy = key
                fact.origin = nil
                if let comment { fact.comment = comment }
                return fact
            }
            return fact.entering(value, comment: comment, by: key)
        }
        facts[criterionID] = fact
        var own = answer
        own.origin = nil
        if answer.comment == fact?.comment { own.comment = answers[criterionID]?.comment }
        try store.saveAnswer(own, respondentID: respondentID, position: nil)
        answers[criterionID] = own
        return fact
    }

    /// Records the position to resume at (a criterion skipped or gone back to).
    public func move(to position: String) throws {
        try store.setFillPosition(position, respondentID: respondentID)
    }

    /// The criteria done in one dimension, and how many of its criteria apply.
    public func progress(in dimension: Dimension) -> (done: Int, total: Int) {
        let asked = dimension.criteria.filter(applies)
        return (asked.filter(isDone).count, asked.count)
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
        let score = ScoringEngine(referentiel: referentiel, sha256: loaded.sha256).score(assessment, targets: targets, profile: profile)
        return FillOutcome(respondents: assessment.respondents.count, score: score, furthest: score.furthestFromTarget(targets),
                           canComplete: missing.isEmpty && summary.status == .draft)
    }

    /// Marks the assessment complete: other respondents can no longer fill it.
    public func complete() throws {
        try store.setStatus(.complete, assessmentID: assessmentID)
    }
}
