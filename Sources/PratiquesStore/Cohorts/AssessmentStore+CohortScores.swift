import GRDB
import PratiquesCore

/// The scores of a cohort's members at its sessions, grid by grid, as ``AssessmentStore/cohortScores(cohort:catalog:)``
/// selects them.
public struct CohortScores: Sendable {
    /// One member's assessment chosen for one session.
    public struct Entry: Sendable {
        public var organisation: String
        /// Position of the session in the cohort.
        public var session: Int
        public var assessment: AssessmentSummary
        /// The score on the grid's compared version (carried there when given on an older one).
        public var score: AssessmentScore
        /// What carrying did, when the assessment was given on an older version; `nil` otherwise.
        public var carry: CarryReport?
    }

    /// The entries of one grid, all on one version.
    public struct Grid: Sendable {
        public var referentiel: LoadedReferentiel
        /// Ordered by organisation, then session.
        public var entries: [Entry]
    }

    public var cohort: Cohort
    /// Grids by id.
    public var grids: [Grid]
    public var notCompared: [CohortComparison.NotCompared]

    /// The comparison of the sessions, grid by grid.
    public func comparison(stableThreshold: Double = 1) -> CohortComparison {
        let labels = cohort.sessions.map(\.label)
        let compared = grids.map { grid in
            var accumulator = CohortAccumulator(referentiel: grid.referentiel.referentiel, sha256: grid.referentiel.sha256, sessions: labels,
                                                stableThreshold: stableThreshold)
            for entry in grid.entries { accumulator.add(organisation: entry.organisation, session: entry.session, score: entry.score) }
            return accumulator.finish()
        }
        let carried = grids.flatMap { grid in
            grid.entries.compactMap { entry in
                entry.carry.map {
                    CohortComparison.Carried(organisation: entry.organisation, session: labels[entry.session], assessmentID: entry.assessment.id, report: $0)
                }
            }
        }
        return CohortComparison(cohort: cohort, grids: compared, notCompared: notCompared, carried: carried)
    }
}

extension AssessmentStore {
    /// Which assessment represents each member at each session, and its score: the one place
    /// where a cohort's scores are produced.
    ///
    /// Per member, session and grid (référentiel id): an assessment linked explicitly to the
    /// session wins (the latest by date if several); otherwise the latest complete assessment
    /// dated within the session's window. Each grid is compared on its newest version known to
    /// the store or to `catalog`: assessments given on an older version are carried onto it
    /// through the chain of migrations (``CohortScores/Entry/carry`` says how, and which criteria
    /// cannot be compared). The chain is that of the store and `catalog`, else of the store alone
    /// (as for the score history). When the versions cannot be chained (a major version without its
    /// migration), the grid is compared on the newest version present among the chosen
    /// assessments and the others are listed in ``CohortScores/notCompared``.
    public func cohortScores(cohort name: String, catalog: ReferentielCatalog? = nil) throws -> CohortScores {
        let cohort = try requireCohort(name: name)
        let links = try cohortLinks(cohort: name)
        let selection = CohortSelection(cohort: cohort, links: links, summaries: try assessmentSummaries())
        var grids: [CohortScores.Grid] = []
        var notCompared: [CohortComparison.NotCompared] = []
        for selectedGrid in selection.grids {
            let gridID = selectedGrid.referentielID
            let selected = selectedGrid.chosen.map { (key: CohortKey(organisation: $0.organisation, session: $0.session, grid: gridID), summary: $0.summary) }
            if let chain = try? self.chain(of: gridID, catalog: catalog),
               let newest = try knownVersions(of: gridID, catalog: catalog).first(where: { $0.referentiel.version == chain.newest.version }) {
                grids.append(try carriedGrid(selected, newest: newest, chain: chain, catalog: catalog))
            } else {
                let (grid, skipped) = try newestPresentGrid(selected, cohort: cohort)
                grids.append(grid)
                notCompared += skipped
            }
        }
        return CohortScores(cohort: cohort, grids: grids, notCompared: notCompared)
    }

    /// One grid compared on `newest`, older assessments carried onto it.
    private func carriedGrid(_ selected: [(key: CohortKey, summary: AssessmentSummary)], newest: LoadedReferentiel, chain: VersionChain,
                             catalog: ReferentielCatalog?) throws -> CohortScores.Grid {
        let engine = ScoringEngine(referentiel: newest.referentiel, sha256: newest.sha256)
        var entries: [CohortScores.Entry] = []
        for (key, summary) in selected {
            if summary.referentiel.version == newest.referentiel.version {
                entries.append(CohortScores.Entry(organisation: key.organisation, session: key.session, assessment: summary,
                                                  score: engine.score(try assessment(summary)), carry: nil))
            } else {
                let carried = try carriedAssessment(summary, catalog: catalog, chain: chain, newest: newest)
                entries.append(CohortScores.Entry(organisation: key.organisation, session: key.session, assessment: summary,
                                                  score: engine.score(carried.carried.assessment), carry: carried.carried.report))
            }
        }
        return CohortScores.Grid(referentiel: newest, entries: entries)
    }

    /// One grid whose versions cannot be chained: compared on the newest version present among
    /// the chosen assessments; the others are listed as not compared.
    private func newestPresentGrid(_ selected: [(key: CohortKey, summary: AssessmentSummary)],
                                   cohort: Cohort) throws -> (CohortScores.Grid, [CohortComparison.NotCompared]) {
        let newest = selected.map(\.summary).max { $0.referentiel.version < $1.referentiel.version }!
        let loaded = try referentiel(snapshotID: newest.snapshotID)
        let engine = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)
        let version = newest.referentiel.version
        var entries: [CohortScores.Entry] = []
        var skipped: [CohortComparison.NotCompared] = []
        for (key, summary) in selected {
            guard summary.referentiel.version == version else {
                skipped.append(CohortComparison.NotCompared(
                    organisation: key.organisation, session: cohort.sessions[key.session].label, referentiel: summary.referentiel, assessmentID: summary.id,
                    reason: Bilingual(fr: "version \(summary.referentiel.version) : pas de chaîne de migrations jusqu'à la version \(version), sur laquelle la cohorte est comparée",
                                      en: "version \(summary.referentiel.version): no chain of migrations up to version \(version), on which the cohort is compared")))
                continue
            }
            entries.append(CohortScores.Entry(organisation: key.organisation, session: key.session, assessment: summary,
                                              score: engine.score(try assessment(summary)), carry: nil))
        }
        return (CohortScores.Grid(referentiel: loaded, entries: entries), skipped)
    }
}

/// A member, a session and a grid: what one chosen assessment stands for.
struct CohortKey: Hashable {
    var organisation: String
    var session: Int
    var grid: String
}
