import ArgumentParser

/// `pratiques action list ORG`
struct ActionList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste le plan d'action (les actions ouvertes d'abord).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Organisation.") var organisation: String
    @Flag(name: .long, help: "Seulement les actions ouvertes.") var open = false
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let actions = try global.workspace(store).actions(organisation: organisation, openOnly: open)
        if json { return try Output.json(actions) }
        Output.line(PlanPrinter.actions(actions, global.language))
    }
}
