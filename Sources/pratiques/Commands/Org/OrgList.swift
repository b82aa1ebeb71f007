import ArgumentParser

/// `pratiques org list`
struct OrgList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les organisations.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let organisations = try global.workspace(store).organisations()
        if json { return try Output.json(organisations) }
        Output.line(OrganisationPrinter(language: global.language).table(organisations))
    }
}
