/// The scores of a cohort's members at its sessions, grid by grid: what the comparison, the
/// cohort workbook and the funder workbook are computed from.
public struct CohortScores: Sendable {
    /// The chosen assessments of one grid, all scored on one version.
    public struct Grid: Sendable {
        /// The version the grid is compared on.
        public var referentiel: LoadedReferentiel
        /// Each chosen assessment with the position of the session it stands for, ordered by
        /// organisation, then session.
        public var entries: [(session: Int, scored: ScoredAssessment)]

        public init(referentiel: LoadedReferentiel, entries: [(session: Int, scored: ScoredAssessment)]) {
            self.referentiel = referentiel
            self.entries = entries
        }
    }

    public var cohort: Cohort
    /// By grid id.
    public var grids: [Grid]
    public var notCompared: [CohortComparison.NotCompared]

    public init(cohort: Cohort, grids: [Grid], notCompared: [CohortComparison.NotCompared]) {
        self.cohort = cohort
        self.grids = grids
        self.notCompared = notCompared
    }

    /// The comparison of the sessions, grid by grid.
    public func comparison(stableThreshold: Double = 1) -> CohortComparison {
        let labels = cohort.sessions.map(\.label)
        let compared = grids.map { grid in
            var accumulator = CohortAccumulator(referentiel: grid.referentiel.referentiel, sha256: grid.referentiel.sha256, sessions: labels,
                                                stableThreshold: stableThreshold)
            for entry in grid.entries {
                accumulator.add(organisation: entry.scored.summary.organisationSlug, session: entry.session, score: entry.scored.score)
            }
            return accumulator.finish()
        }
        let carried = grids.flatMap { grid in
            grid.entries.compactMap { entry in
                entry.scored.carry.map {
                    CohortComparison.Carried(organisation: entry.scored.summary.organisationSlug, session: labels[entry.session],
                                             assessmentID: entry.scored.summary.id, report: $0)
                }
            }
        }
        return CohortComparison(cohort: cohort, grids: compared, notCompared: notCompared, carried: carried)
    }
}
