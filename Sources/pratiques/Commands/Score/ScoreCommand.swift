import ArgumentParser

/// `pratiques score ORG`
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Scores d'une organisation dans le temps : global, par dimension, écarts et couverture.",
        discussion: """
            Chaque score est suivi de la version du référentiel. Les évaluations faites sur une version antérieure \
            sont reprises sur la plus récente par les migrations (marquées *), avec la liste des critères non \
            comparables. Voir docs/scoring.md et docs/versions.md.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(name: .long, help: "Un seul référentiel.") var referentiel: String?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let history = try global.workspace(store).scoreHistory(organisation: organisation, referentiel: referentiel)
        if json { return try Output.json(history.entries) }
        Output.line(ScoreHistoryPrinter(language: global.language).render(history))
    }
}
