import ArgumentParser

/// `pratiques cohort list`
struct CohortList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les cohortes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let cohorts = try global.workspace(store).cohorts()
        if json { return try Output.json(cohorts) }
        Output.line(CohortPrinter(language: global.language).table(cohorts))
    }
}
