import PratiquesCore
import PratiquesStore

/// Scores stored assessments on the version of their grid that scores are compared on: carried
/// along the chain when given on an older version, else on their own version when the grid's
/// versions cannot be chained.
struct Scorer {
    let store: AssessmentStore
    let grids: GridResolver

    /// `assessment` (stored as `summary`) scored with `targets` (level by criterion id).
    func score(_ summary: AssessmentSummary, _ assessment: Assessment, targets: [String: Int] = [:]) throws -> ScoredAssessment {
        let grid = try grids.grid(summary.referentiel.id)
        let givenOn = try grid.version(summary.referentiel.version) ?? store.referentiel(snapshotID: summary.snapshotID)
        guard let scoredOn = grid.scoredOn, let engine = grid.engine(for: scoredOn.referentiel.version) else {
            return try own(summary, assessment, givenOn: givenOn, grid: grid, targets: targets)
        }
        let carried = try grid.carry(assessment)
        return ScoredAssessment(summary: summary, assessment: assessment, referentiel: givenOn, scoredOn: scoredOn, answers: carried.assessment,
                                carry: carried.isCarried ? carried.report : nil, score: engine.score(carried.assessment, targets: targets))
    }

    /// `assessment` scored on the version it was given on.
    func own(_ summary: AssessmentSummary, _ assessment: Assessment, givenOn: LoadedReferentiel, grid: GridVersions,
             targets: [String: Int] = [:]) throws -> ScoredAssessment {
        let engine = grid.engine(for: givenOn.referentiel.version) ?? ScoringEngine(referentiel: givenOn.referentiel, sha256: givenOn.sha256)
        return ScoredAssessment(summary: summary, assessment: assessment, referentiel: givenOn, scoredOn: givenOn, answers: assessment,
                                carry: nil, score: engine.score(assessment, targets: targets))
    }

    /// Targets as scoring takes them: the level by criterion id (the last one set wins).
    static func levels(_ targets: [Target]) -> [String: Int] {
        Dictionary(targets.map { ($0.criterionID, $0.level) }, uniquingKeysWith: { _, last in last })
    }
}
