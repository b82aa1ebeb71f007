import ArgumentParser
import PratiquesCore
import PratiquesStore

/// `pratiques cohort show COHORT`
struct CohortShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Affiche une cohorte : sessions, membres, évaluations retenues et statistiques par dimension."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Nom de la cohorte.") var cohort: String
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let database = try store.open()
        let scores = try database.cohortScores(cohort: cohort)
        let comparison = scores.comparison()
        if json { return try Output.json(CohortShowDocument(scores: scores, comparison: comparison)) }
        let l = global.language
        let c = scores.cohort
        Output.line("\(c.name) — \(c.parcours)")
        Output.line(TextTable.render(header: ["session", "date", l == .fr ? "fenêtre" : "window"],
                                     rows: c.sessions.map { [$0.label, $0.date, "\($0.windowStart) → \($0.windowEnd)"] }))
        Output.line()
        Output.line((l == .fr ? "Membres : " : "Members: ") + c.members.joined(separator: ", "))
        for grid in comparison.grids {
            Output.line()
            Output.line("\(grid.referentiel.title.text(in: l)) (\(grid.referentiel.id)@\(grid.referentiel.version))")
            var rows: [[String]] = []
            for dimension in 0..<grid.dimensionCount {
                for (session, label) in grid.sessions.enumerated() {
                    let s = grid.statistics[session][dimension]
                    func f(_ value: Double?) -> String { value.map { NumberFormatting.decimal($0, language: l) } ?? "—" }
                    rows.append([grid.dimensionTitle(dimension, in: l), label, String(s.n), f(s.mean), f(s.median), f(s.firstQuartile),
                                 f(s.thirdQuartile), f(s.minimum), f(s.maximum)])
                }
            }
            Output.line(TextTable.render(header: ["dimension", "session", "n", l == .fr ? "moyenne" : "mean", l == .fr ? "médiane" : "median",
                                                  "Q1", "Q3", "min", "max"], rows: rows, rightAligned: [2, 3, 4, 5, 6, 7, 8]))
            for (index, pair) in grid.pairs.enumerated() {
                let progress = grid.progress[index][grid.overallIndex]
                guard progress.n > 0 else { continue }
                Output.line("  \(grid.sessions[pair.from]) → \(grid.sessions[pair.to]) " + (l == .fr ? "global, apparié" : "overall, paired")
                            + " (n \(progress.n)) : \(ScoreText.delta(progress.meanChange, l)) ; "
                            + (l == .fr ? "\(progress.progressed) en progrès, \(progress.stable) stables, \(progress.regressed) en recul"
                                        : "\(progress.progressed) progressed, \(progress.stable) stayed, \(progress.regressed) regressed"))
            }
        }
        if !comparison.notCompared.isEmpty {
            Output.line()
            Output.line(l == .fr ? "Non comparées :" : "Not compared:")
            for item in comparison.notCompared {
                Output.line("  \(item.organisation) \(item.session) #\(item.assessmentID.map(String.init) ?? "?") — \(item.reason.text(in: l))")
            }
        }
    }
}

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

    init(scores: CohortScores, comparison: CohortComparison) {
        cohort = scores.cohort
        assessments = scores.grids.flatMap { grid in
            grid.entries.map {
                Chosen(organisation: $0.organisation, session: scores.cohort.sessions[$0.session].label, referentiel: $0.assessment.referentiel.description,
                       assessment: $0.assessment.id, date: $0.assessment.date, overall: $0.score.overall)
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
        notCompared = comparison.notCompared.map {
            Skipped(organisation: $0.organisation, session: $0.session, referentiel: $0.referentiel.description,
                    assessment: $0.assessmentID, reason: $0.reason.en)
        }
    }
}
