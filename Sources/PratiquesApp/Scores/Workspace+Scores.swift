import PratiquesCore
import PratiquesStore

/// An organisation's assessments over time, scored.
public struct ScoreHistory: Sendable {
    public var organisation: Organisation
    /// Oldest first.
    public var entries: [ScoredAssessment]
}

extension Workspace {
    /// Every assessment of an organisation (of one grid when `referentiel` is set), oldest
    /// first, scored with its targets on the newest version of its grid known to the store or
    /// the grid files, with its change since the previous assessment of the same grid.
    ///
    /// Assessments given on an older version are carried along the chain of migrations. When a
    /// grid's versions cannot be chained (a major version without its migration), each
    /// assessment is scored on its own version and compared only with the same version.
    public func scoreHistory(organisation slug: String, referentiel: String? = nil) throws -> ScoreHistory {
        try withStore(.read) { store in
            let organisation = try requireOrganisation(slug, store)
            let summaries = try store.assessmentSummaries(organisationSlug: slug)
            let grids = GridResolver(store: store, catalog: catalog)
            try grids.requireUnchanged(referentiel.map { [$0] } ?? Set(summaries.map(\.referentiel.id)))
            let targets = try store.targets(organisationSlug: slug)
            let scorer = try Scorer(store: store, grids: grids)
            var previous: [String: ScoredAssessment] = [:]
            var entries: [ScoredAssessment] = []
            for summary in summaries where referentiel == nil || summary.referentiel.id == referentiel {
                let gridID = summary.referentiel.id
                var scored = try scorer.score(summary, try store.assessment(summary),
                                              targets: Scorer.levels(targets.filter { $0.referentielID == gridID }))
                // Compared with the previous one on the same version scores are expressed on.
                let key = try grids.grid(gridID).chain == nil ? summary.referentiel.description : gridID
                if let before = previous[key] {
                    scored.progress = ScoreProgress(from: before.score, to: scored.score)
                    scored.previousLabel = before.summary.label
                }
                previous[key] = scored
                entries.append(scored)
            }
            return ScoreHistory(organisation: organisation, entries: entries)
        }
    }

    func requireOrganisation(_ slug: String, _ store: AssessmentStore) throws -> Organisation {
        guard let organisation = try store.organisation(slug: slug) else { throw WorkspaceError.unknownOrganisation(slug) }
        return organisation
    }
}
