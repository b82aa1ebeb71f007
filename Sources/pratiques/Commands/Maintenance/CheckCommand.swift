import ArgumentParser
import PratiquesCore

/// `pratiques check`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Vérifie la base : intégrité SQLite, clés étrangères, grilles gardées, réponses, brouillons sans répondant.",
        discussion: "Code de sortie 1 et la liste des défauts, chacun situé, quand quelque chose ne va pas."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let workspace = global.workspace(store)
        let check = try workspace.checkStore()
        let l = global.language
        guard check.isSound, let counts = check.counts else {
            for finding in check.findings { Output.line(finding.text(in: l)) }
            Output.error(MaintenanceText.defects.text(in: l, ["n": check.findings.count, "path": workspace.databasePath]))
            throw ExitCode(1)
        }
        Output.line(MaintenanceText.sound.text(in: l, ["path": workspace.databasePath, "figures": MaintenanceText.figures(counts, l)]))
    }
}
