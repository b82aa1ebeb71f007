import ArgumentParser

/// `pratiques assess list [ORG]`
struct AssessList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les évaluations (d'une organisation, ou toutes).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation (facultatif).") var organisation: String?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let summaries = try global.workspace(store).assessments(organisation: organisation)
        if json { return try Output.json(summaries) }
        Output.line(AssessmentPrinter.table(summaries, withOrganisation: true, global.language))
    }
}
