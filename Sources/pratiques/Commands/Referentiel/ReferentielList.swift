import ArgumentParser
import PratiquesCore

/// `pratiques referentiel list`
struct ReferentielList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liste les référentiels : id, version, titre, nombre de dimensions et de critères."
    )

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Sortie JSON. / JSON output.") var json = false

    func run() throws {
        let catalog = global.workspace().catalog
        let rows = catalog.entries.map { ReferentielRow($0, global.language) }
        if json {
            try Output.json(rows)
        } else {
            Output.line(ReferentielPrinter(language: global.language).table(rows))
        }
        for failure in catalog.failures { Output.error(failure.message(in: global.language)) }
        if !catalog.failures.isEmpty { throw ExitCode(1) }
    }
}
