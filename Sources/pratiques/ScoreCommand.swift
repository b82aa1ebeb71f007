import ArgumentParser
import PratiquesCore
import PratiquesStore

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
        let database = try store.open()
        let org = try database.requireOrganisation(organisation)
        let catalog = global.catalog()
        let grids = Set(try database.assessmentSummaries(organisationSlug: organisation).map(\.referentiel.id))
        try database.requireUnchangedFiles(in: catalog, referentielIDs: referentiel.map { [$0] } ?? grids)
        let entries = try database.scoredHistoryEntries(organisationSlug: organisation, referentielID: referentiel, catalog: catalog)
        let history = entries.map(\.scored)
        if json { return try Output.json(history) }
        var titles: [String: Referentiel] = [:]
        for entry in entries { titles[entry.scored.summary.referentiel.id] = entry.stored.newest.referentiel }
        Output.line(ScoreHistoryPrinter(language: global.language, catalog: catalog).render(organisation: org, history: history, referentiels: titles))
    }
}
