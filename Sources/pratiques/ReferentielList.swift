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

    struct Row: Encodable {
        var id: String
        var version: String
        var title: String
        var dimensions: Int
        var criteria: Int
        var sha256: String
        var path: String
    }

    func run() throws {
        let catalog = global.catalog()
        let language = global.language
        let rows = catalog.entries.map { entry in
            Row(id: entry.referentiel.id, version: entry.referentiel.version.description,
                title: entry.referentiel.title.text(in: language), dimensions: entry.referentiel.dimensions.count,
                criteria: entry.referentiel.criteria.count, sha256: entry.sha256, path: entry.path)
        }
        if json {
            try Output.json(rows)
        } else {
            let header = language == .fr
                ? ["id", "version", "titre", "dimensions", "critères"]
                : ["id", "version", "title", "dimensions", "criteria"]
            let table = rows.map { [$0.id, $0.version, $0.title, String($0.dimensions), String($0.criteria)] }
            Output.line(TextTable.render(header: header, rows: table, rightAligned: [3, 4]))
        }
        for failure in catalog.failures {
            Output.error(failure.message(in: language))
        }
        if !catalog.failures.isEmpty { throw ExitCode(1) }
    }
}
