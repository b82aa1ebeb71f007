/// A cohort compared across its sessions: one ``CohortGridComparison`` per grid, and the
/// assessments left out with the reason.
public struct CohortComparison: Sendable {
    /// An assessment of a member that the comparison does not use.
    public struct NotCompared: Sendable, Hashable {
        public var organisation: String
        public var session: String
        public var referentiel: ReferentielReference
        public var assessmentID: Int64?
        public var reason: Bilingual

        public init(organisation: String, session: String, referentiel: ReferentielReference, assessmentID: Int64?, reason: Bilingual) {
            self.organisation = organisation
            self.session = session
            self.referentiel = referentiel
            self.assessmentID = assessmentID
            self.reason = reason
        }
    }

    public var cohort: Cohort
    public var grids: [CohortGridComparison]
    public var notCompared: [NotCompared]

    public init(cohort: Cohort, grids: [CohortGridComparison], notCompared: [NotCompared] = []) {
        self.cohort = cohort
        self.grids = grids
        self.notCompared = notCompared
    }
}
