import ArgumentParser
import PratiquesCore

/// `pratiques backup -o FILE [--quiet]`
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sauvegarde la base dans un fichier, pendant que d'autres continuent d'y lire et d'écrire.",
        discussion: """
        La copie est un état que la base a connu (une importation en cours y est toute entière ou pas du tout), \
        vérifiée (PRAGMA integrity_check) avant de remplacer un fichier existant. Pour une tâche cron : \
        --quiet n'écrit rien en cas de succès ; code de sortie 1 en cas d'échec.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Option(name: [.short, .long], help: "Fichier de sauvegarde à écrire.") var output: String
    @Flag(name: .long, help: "N'écrit rien en cas de succès.") var quiet = false

    func run() throws {
        let counts = try global.workspace(store).backup(to: output)
        if quiet { return }
        Output.line(MaintenanceText.backupWritten.text(in: global.language, ["path": output]))
        Output.line(MaintenanceText.figures(counts, global.language))
    }
}
