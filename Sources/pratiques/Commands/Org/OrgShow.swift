import ArgumentParser

/// `pratiques org show SLUG`
struct OrgShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Affiche une organisation, ses évaluations, objectifs et actions.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var slug: String
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let overview = try global.workspace(store).organisationOverview(slug)
        if json { return try Output.json(OrganisationDocument(overview)) }
        Output.line(OrganisationPrinter(language: global.language).render(overview))
    }
}
