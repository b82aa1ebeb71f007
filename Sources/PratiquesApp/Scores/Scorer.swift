import PratiquesCore
import PratiquesStore

/// Scores stored assessments on the version of their grid that scores are compared on: carried
/// along the chain when given on an older version, else on their own version when the grid's
/// versions cannot be chained. Every score uses the organisation's profile, so that criteria
/// that do not apply to it (`applies_to`) count for nothing.
struct Scorer {
    let store: AssessmentStore
    let grids: GridResolver
    /// Every organisation's profile, read once (scoring may run inside a bulk read, where the
    /// store cannot be read again).
    let profiles: [String: OrganisationProfile]

    init(store: AssessmentStore, grids: GridResolver) throws {
        self.store = store
        self.grids = grids
        profiles = Dictionary(try store.organisations().map { ($0.slug, $0.profile) }, uniquingKeysWith: { _, last in last })
    }

    /// `assessment` (stored as `summary`) scored with `targets` (level by criterion id).
    func score(_ summary: AssessmentSummary, _ assessment: Assessment, targets: [String: Int] = [:]) throws -> ScoredAssessment {
        let grid = try grids.grid(summary.referentiel.id)
        let givenOn = try grid.version(summary.referentiel.version) ?? store.referentiel(snapshotID: summary.snapshotID)
        guard let scoredOn = grid.scoredOn, let engine = grid.engine(for: scoredOn.referentiel.version) else {
            return try own(summary, assessment, givenOn: givenOn, grid: grid, targets: targets)
        }
        let carried = try grid.carry(assessment)
        let profile = profiles[summary.organisationSlug]
        return ScoredAssessment(summary: summary, assessment: assessment, referentiel: givenOn, scoredOn: scoredOn, answers: carried.assessment,
                                carry: carried.isCarried ? carried.report : nil, score: engine.score(carried.assessment, targets: targets, profile: profile))
    }

    /// `assessment` scored on the version it was given on.
    func own(_ summary: AssessmentSummary, _ assessment: Assessment, givenOn: LoadedReferentiel, grid: GridVersions,
             targets: [String: Int] = [:]) throws -> ScoredAssessment {
        let engine = grid.engine(for: givenOn.referentiel.version) ?? ScoringEngine(referentiel: givenOn.referentiel, sha256: givenOn.sha256)
        return ScoredAssessment(summary: summary, assessment: assessment, referentiel: givenOn, scoredOn: givenOn, answers: assessment,
                                carry: nil, score: engine.score(assessment, targets: targets, profile: profiles[summary.organisationSlug]))
    }


    /// Targets as scoring takes them: the level by criterion id (the last one set wins).
    static func levels(_ targets: [Target]) -> [String: Int] {
        Dictionary(targets.map { ($0.criterionID, $0.level) }, uniquingKeysWith: { _, last in last })
    }
}
