import ArgumentParser
import PratiquesCore

/// `pratiques cohort list`
struct CohortList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les cohortes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let cohorts = try store.open().cohorts()
        if json { return try Output.json(cohorts) }
        let l = global.language
        Output.line(TextTable.render(header: [l == .fr ? "cohorte" : "cohort", "parcours", "sessions", l == .fr ? "membres" : "members"],
                                     rows: cohorts.map { [$0.name, $0.parcours, $0.sessions.map(\.label).joined(separator: ", "), String($0.members.count)] },
                                     rightAligned: [3]))
    }
}
