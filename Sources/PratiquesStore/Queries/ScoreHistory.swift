import PratiquesCore

/// One assessment with its scores and its change since the organisation's previous assessment
/// on the same référentiel version.
public struct ScoredAssessment: Sendable, Codable {
    public var summary: AssessmentSummary
    public var score: AssessmentScore
    /// Change since the previous assessment of the same grid version, when there is one.
    public var progress: ScoreProgress?
    /// The label of the assessment `progress` starts from.
    public var previousLabel: String?
}

extension AssessmentStore {
    /// Every assessment of an organisation, oldest first, scored with its targets, with its
    /// change since the previous assessment of the same grid version.
    public func scoreHistory(organisationSlug: String, referentielID: String? = nil) throws -> [ScoredAssessment] {
        let summaries = try assessmentSummaries(organisationSlug: organisationSlug).filter { referentielID == nil || $0.referentiel.id == referentielID }
        let targets = try self.targets(organisationSlug: organisationSlug)
        var previous: [String: ScoredAssessment] = [:]
        var history: [ScoredAssessment] = []
        for summary in summaries {
            let loaded = try referentiel(snapshotID: summary.snapshotID)
            let engine = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)
            let goals = Dictionary(targets.filter { $0.referentielID == summary.referentiel.id }.map { ($0.criterionID, $0.level) },
                                   uniquingKeysWith: { _, last in last })
            let score = engine.score(try assessment(summary), targets: goals)
            let key = summary.referentiel.description
            let before = previous[key]
            let scored = ScoredAssessment(summary: summary, score: score,
                                          progress: before.map { ScoreProgress(from: $0.score, to: score) },
                                          previousLabel: before?.summary.label)
            previous[key] = scored
            history.append(scored)
        }
        return history
    }
}
