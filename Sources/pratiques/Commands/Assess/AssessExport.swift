import ArgumentParser
import Foundation

/// `pratiques assess export [ORG…] [-o FILE]`
struct AssessExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporte en JSON canonique (organisations, évaluations, réponses brutes, objectifs, actions) ; se réimporte à l'identique."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Organisations à exporter (toutes par défaut).") var organisations: [String] = []
    @Option(name: [.short, .long], help: "Fichier de sortie (défaut : sortie standard).") var output: String?

    func run() throws {
        let data = try Output.exchangeJSON(global.workspace(store).exportDocument(organisations: organisations))
        if let output {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            Output.raw(String(decoding: data, as: UTF8.self))
        }
    }
}
