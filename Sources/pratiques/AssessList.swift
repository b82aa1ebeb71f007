import ArgumentParser
import PratiquesCore

/// `pratiques assess list [ORG]`
struct AssessList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les évaluations (d'une organisation, ou toutes).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation (facultatif).") var organisation: String?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let database = try store.open()
        if let organisation { _ = try database.requireOrganisation(organisation) }
        let summaries = try database.assessmentSummaries(organisationSlug: organisation)
        if json { return try Output.json(summaries) }
        let l = global.language
        Output.line(TextTable.render(
            header: ["#", "organisation", "date", l == .fr ? "libellé" : "label", l == .fr ? "référentiel" : "grid", l == .fr ? "statut" : "status", l == .fr ? "répondants" : "respondents"],
            rows: summaries.map { [String($0.id), $0.organisationSlug, $0.date, $0.label, $0.referentiel.description, $0.status.rawValue, String($0.respondentCount)] },
            rightAligned: [0, 6]))
    }
}
