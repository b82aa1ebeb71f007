import ArgumentParser
import PratiquesCore
import PratiquesStore

/// `pratiques score ORG`
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Scores d'une organisation dans le temps : global, par dimension, écarts et couverture.",
        discussion: "Chaque score est suivi de la version du référentiel. Voir docs/scoring.md pour le calcul."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(name: .long, help: "Un seul référentiel.") var referentiel: String?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let database = try store.open()
        let org = try database.requireOrganisation(organisation)
        let history = try database.scoreHistory(organisationSlug: organisation, referentielID: referentiel)
        if json { return try Output.json(history) }
        let catalog = global.catalog()
        var titles: [String: Referentiel] = [:]
        for scored in history where titles[scored.summary.referentiel.id] == nil {
            titles[scored.summary.referentiel.id] = try database.referentiel(snapshotID: scored.summary.snapshotID).referentiel
        }
        Output.line(ScoreHistoryPrinter(language: global.language, catalog: catalog).render(organisation: org, history: history, referentiels: titles))
    }
}
