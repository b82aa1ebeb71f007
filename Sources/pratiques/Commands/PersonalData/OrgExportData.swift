import ArgumentParser
import Foundation

/// `pratiques org export-data SLUG -o FILE.json`
struct OrgExportData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-data",
        abstract: "Tout ce que la base garde sur une organisation et ses répondants, en JSON d'échange (droit d'accès et portabilité).",
        discussion: "Le fichier se réimporte dans une autre base (pratiques assess import). Le journal des modifications : pratiques log --org SLUG --json."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var slug: String
    @Option(name: [.short, .long], help: "Fichier JSON à écrire.") var output: String

    func run() throws {
        let data = try Output.exchangeJSON(global.workspace(store).exportPersonalData(organisation: slug))
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Output.error(PersonalDataText.cannotWrite.text(in: global.language, ["path": output, "reason": error.localizedDescription]))
            throw ExitCode(1)
        }
        Output.line(PersonalDataText.exported.text(in: global.language, ["slug": slug, "path": output]))
    }
}
