import ArgumentParser

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
        let statistics = try global.workspace(store).cohortStatistics(cohort)
        if json { return try Output.json(CohortShowDocument(scores: statistics.scores, comparison: statistics.comparison)) }
        Output.line(CohortPrinter(language: global.language).render(statistics.comparison))
    }
}
