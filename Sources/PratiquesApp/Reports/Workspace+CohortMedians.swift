import PratiquesCore
import PratiquesReports

extension Workspace {
    /// For each grid, the median overall score of a cohort the organisation belongs to, at the
    /// session where its latest assessment counts (else the cohort's latest session with a
    /// median): what « En bref » compares the organisation with.
    func cohortMedians(organisation slug: String) throws -> [OrganisationReport.CohortMedian] {
        var medians: [OrganisationReport.CohortMedian] = []
        for cohort in try cohorts() where cohort.members.contains(slug) {
            let scores = try cohortScores(cohort.name)
            for (grid, compared) in zip(scores.grids, scores.comparison().grids)
            where !medians.contains(where: { $0.referentielID == compared.referentiel.id }) {
                let own = grid.entries.filter { $0.scored.summary.organisationSlug == slug }.map(\.session).max()
                guard let session = own ?? compared.sessions.indices.last(where: { compared.statistics[$0][compared.overallIndex].median != nil }),
                      let median = compared.statistics[session][compared.overallIndex].median else { continue }
                let definition = scores.cohort.sessions[session]
                medians.append(.init(referentielID: compared.referentiel.id, parcours: cohort.parcours, session: definition.label,
                                     sessionDate: definition.date, median: median, n: compared.statistics[session][compared.overallIndex].n))
            }
        }
        return medians
    }
}
