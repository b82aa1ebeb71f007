import PratiquesCore

/// Everything the organisation progress workbook shows, gathered by the caller from the store.
public struct OrganisationReport: Sendable {
    /// One scored assessment.
    public struct Entry: Sendable {
        /// The assessment as given (its raw answers go to the *Données* sheet).
        public var assessment: Assessment
        /// The version it was given on.
        public var referentiel: LoadedReferentiel
        /// The score, on `scoredOn`.
        public var score: AssessmentScore
        /// Change since the previous assessment of the same grid (both on `scoredOn`).
        public var progress: ScoreProgress?
        /// The newest version of the grid, that `score` is expressed on.
        public var scoredOn: LoadedReferentiel
        /// The assessment's answers on `scoredOn` (carried when `carry` is set).
        public var answers: Assessment
        /// What carrying from `referentiel` to `scoredOn` did; `nil` when they are the same version.
        public var carry: CarryReport?

        public init(assessment: Assessment, referentiel: LoadedReferentiel, score: AssessmentScore, progress: ScoreProgress?,
                    scoredOn: LoadedReferentiel? = nil, answers: Assessment? = nil, carry: CarryReport? = nil) {
            self.assessment = assessment
            self.referentiel = referentiel
            self.score = score
            self.progress = progress
            self.scoredOn = scoredOn ?? referentiel
            self.answers = answers ?? assessment
            self.carry = carry
        }

        /// Whether the score comes from answers carried from an earlier version.
        public var isCarried: Bool { carry != nil }

        /// `v1.0.0 → 2.0.0*` for a carried entry, `v2.0.0` otherwise.
        public var versionText: String {
            carry.map { "v\($0.from.version) → \($0.to.version)*" } ?? "v\(referentiel.referentiel.version)"
        }
    }

    public var organisation: Organisation
    /// Oldest first.
    public var entries: [Entry]
    public var targets: [Target]
    public var actions: [PlannedAction]
    /// `YYYY-MM-DD`.
    public var generatedOn: String
    public var language: Language

    public init(organisation: Organisation, entries: [Entry], targets: [Target], actions: [PlannedAction],
                generatedOn: String, language: Language) {
        self.organisation = organisation
        self.entries = entries
        self.targets = targets
        self.actions = actions
        self.generatedOn = generatedOn
        self.language = language
    }

    /// The entries grouped by grid id, grids in order of first appearance.
    public var byGrid: [(id: String, entries: [Entry])] {
        var order: [String] = []
        var groups: [String: [Entry]] = [:]
        for entry in entries {
            let id = entry.referentiel.referentiel.id
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(entry)
        }
        return order.map { ($0, groups[$0]!) }
    }
}
