import ArgumentParser
import Foundation
import PratiquesCore

/// `pratiques assess new ORG REF [--from ID]`
struct AssessNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Crée une évaluation brouillon sur la version la plus récente d'un référentiel, éventuellement pré-remplie.",
        discussion: """
            Avec --from, le brouillon reprend les répondants (rôle, nom) et les réponses d'une évaluation antérieure \
            de la même organisation, portées par les migrations jusqu'à la version la plus récente. Chaque réponse \
            reprise garde son origine et attend d'être confirmée ou changée dans « pratiques fill ». L'évaluation \
            d'origine n'est jamais modifiée. Voir docs/versions.md.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Argument(help: "Identifiant du référentiel (ex. gouvernance-democratique).") var referentiel: String
    @Option(name: .long, help: ArgumentHelp("Numéro de l'évaluation antérieure à reprendre (voir « assess list »).", valueName: "id"))
    var from: Int64?
    @Option(name: .long, help: "Date de l'évaluation, AAAA-MM-JJ (défaut : aujourd'hui).") var date: String?
    @Option(name: .long, help: "Libellé (défaut : « brouillon AAAA-MM-JJ »).") var label: String?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func validate() throws {
        if let date, !Day.isValid(date) { throw ValidationError("--date: AAAA-MM-JJ / YYYY-MM-DD") }
        if let label, label.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--label: vide / empty") }
    }

    func run() throws {
        let created = try global.workspace(store).createDraft(organisation: organisation, referentiel: referentiel, from: from,
                                                              date: date.flatMap(Day.init), label: label)
        if json { return try Output.json(DraftDocument(created)) }
        Output.line(DraftPrinter(language: global.language).render(created))
    }
}
