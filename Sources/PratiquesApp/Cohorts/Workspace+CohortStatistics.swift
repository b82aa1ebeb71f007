import PratiquesCore
import PratiquesStore

/// A cohort's scores and their comparison.
public struct CohortStatistics: Sendable {
    public var scores: CohortScores
    public var comparison: CohortComparison
}

extension Workspace {
    /// The scores of a cohort's members at its sessions, and their comparison: the assessment
    /// that represents each member at each session (`CohortSelection`), each grid compared on
    /// its newest version known to the store or the grid files, older assessments carried onto
    /// it (`CohortComparison/carried` lists them, with the criteria that cannot be compared).
    ///
    /// When a grid's versions cannot be chained (a major version without its migration), it is
    /// compared on the newest version present among the chosen assessments and the others are
    /// listed in `CohortComparison/notCompared`.
    public func cohortStatistics(_ name: String) throws -> CohortStatistics {
        let scores = try cohortScores(name)
        return CohortStatistics(scores: scores, comparison: scores.comparison())
    }

    func cohortScores(_ name: String) throws -> CohortScores {
        try withStore(.read) { store in
            guard let cohort = try store.cohort(name: name) else { throw WorkspaceError.unknownCohort(name) }
            let selection = CohortSelection(cohort: cohort, links: try store.cohortLinks(cohort: name), summaries: try store.assessmentSummaries())
            let grids = GridResolver(store: store, catalog: catalog)
            try grids.requireUnchanged(Set(selection.grids.map(\.referentielID)))
            // Each grid's version compared on: the newest of its chain, else the newest among the chosen assessments.
            var comparedOn: [String: LoadedReferentiel] = [:]
            var toScore: Set<Int64> = []
            for grid in selection.grids {
                let versions = try grids.grid(grid.referentielID)
                let on = try versions.scoredOn ?? newestChosen(grid, versions, store)
                comparedOn[grid.referentielID] = on
                for chosen in grid.chosen where versions.scoredOn != nil || chosen.summary.referentiel.version == on.referentiel.version {
                    toScore.insert(chosen.summary.id)
                }
            }
            // The chosen assessments, read in one pass and scored once each; only their scores are
            // kept (the statistics, the cohort and funder workbooks read nothing else).
            let scorer = try Scorer(store: store, grids: grids)
            var scored: [Int64: ScoredAssessment] = [:]
            try store.forEachAssessment(only: toScore) { summary, assessment in
                let versions = try grids.grid(summary.referentiel.id)
                scored[summary.id] = (versions.scoredOn == nil
                    ? try scorer.own(summary, assessment, givenOn: comparedOn[summary.referentiel.id]!, grid: versions)
                    : try scorer.score(summary, assessment)).keepingScoresOnly()
            }
            var result: [CohortScores.Grid] = []
            var notCompared: [CohortComparison.NotCompared] = []
            for grid in selection.grids {
                let on = comparedOn[grid.referentielID]!
                var entries: [(session: Int, scored: ScoredAssessment)] = []
                for chosen in grid.chosen {
                    if let entry = scored[chosen.summary.id] {
                        entries.append((chosen.session, entry))
                    } else {
                        notCompared.append(CohortComparison.NotCompared(
                            organisation: chosen.organisation, session: cohort.sessions[chosen.session].label, referentiel: chosen.summary.referentiel,
                            assessmentID: chosen.summary.id,
                            reason: CohortMessage.noChain(["version": chosen.summary.referentiel.version, "compared": on.referentiel.version])))
                    }
                }
                result.append(CohortScores.Grid(referentiel: on, entries: entries))
            }
            return CohortScores(cohort: cohort, grids: result, notCompared: notCompared)
        }
    }

    /// The newest version among a grid's chosen assessments (its stored snapshot).
    private func newestChosen(_ grid: CohortSelection.Grid, _ versions: GridVersions, _ store: AssessmentStore) throws -> LoadedReferentiel {
        let newest = grid.chosen.map(\.summary).max { $0.referentiel.version < $1.referentiel.version }!
        return try versions.version(newest.referentiel.version) ?? store.referentiel(snapshotID: newest.snapshotID)
    }
}
