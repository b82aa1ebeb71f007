import ArgumentParser

/// `pratiques target list ORG`
struct TargetList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les objectifs d'une organisation.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Organisation.") var organisation: String
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let targets = try global.workspace(store).targets(organisation: organisation)
        if json { return try Output.json(targets) }
        Output.line(PlanPrinter.targets(targets, global.language))
    }
}
