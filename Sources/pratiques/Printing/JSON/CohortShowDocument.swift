import PratiquesCore

/// `cohort show --json`: the cohort, the assessment chosen for each member and session, and
/// the statistics per grid, session and dimension.
struct CohortShowDocument: Encodable {
    struct Chosen: Encodable {
        var organisation: String
        var session: String
        var referentiel: String
        var assessment: Int64
        var date: String
        var overall: Double?
    }

    struct Statistics: Encodable {
        var referentiel: String
        var version: String
        var dimension: String
        var session: String
        var statistics: DistributionStatistics
    }

    struct Progress: Encodable {
        var referentiel: String
        var dimension: String
        var from: String
        var to: String
        var progress: PairedProgress
    }

    struct Skipped: Encodable {
        var organisation: String
        var session: String
        var referentiel: String
        var assessment: Int64?
        var reason: String
    }

    var cohort: Cohort
    var assessments: [Chosen]
    var statistics: [Statistics]
    var progress: [Progress]
    var notCompared: [Skipped]
    var carried: [Carried]

    struct Carried: Encodable {
        var organisation: String
        var session: String
        var assessment: Int64?
        /// Versions passed through, oldest first.
        var path: [String]
        var notComparable: [NotComparableCriterion]
    }

    init(scores: CohortScores, comparison: CohortComparison) {
        cohort = scores.cohort
        assessments = scores.grids.flatMap { grid in
            grid.entries.map {
                Chosen(organisation: $0.scored.summary.organisationSlug, session: scores.cohort.sessions[$0.session].label,
                       referentiel: $0.scored.summary.referentiel.description, assessment: $0.scored.summary.id, date: $0.scored.summary.date,
                       overall: $0.scored.score.overall)
            }
        }
        var statistics: [Statistics] = [], progress: [Progress] = []
        for grid in comparison.grids {
            for dimension in 0..<grid.dimensionCount {
                let id = dimension == grid.overallIndex ? "global" : grid.dimensionIDs[dimension]
                for (session, label) in grid.sessions.enumerated() {
                    statistics.append(Statistics(referentiel: grid.referentiel.id, version: grid.referentiel.version.description, dimension: id,
                                                 session: label, statistics: grid.statistics[session][dimension]))
                }
                for (index, pair) in grid.pairs.enumerated() {
                    progress.append(Progress(referentiel: grid.referentiel.id, dimension: id, from: grid.sessions[pair.from],
                                             to: grid.sessions[pair.to], progress: grid.progress[index][dimension]))
                }
            }
        }
        self.statistics = statistics
        self.progress = progress
        carried = comparison.carried.map {
            Carried(organisation: $0.organisation, session: $0.session, assessment: $0.assessmentID,
                    path: $0.report.path.map(\.description), notComparable: $0.report.notComparable)
        }
        notCompared = comparison.notCompared.map {
            Skipped(organisation: $0.organisation, session: $0.session, referentiel: $0.referentiel.description,
                    assessment: $0.assessmentID, reason: $0.reason.en)
        }
    }
}
