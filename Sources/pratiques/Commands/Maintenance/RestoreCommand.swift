import ArgumentParser
import PratiquesCore

/// `pratiques restore FILE`
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Remplace la base par une sauvegarde ; l'ancienne est gardée de côté (.avant-restauration).",
        discussion: """
        Refuse, sans rien changer, un fichier qui n'est pas une base Pratiques, une base abîmée ou une base \
        d'une version plus récente. Aucun autre programme ne doit utiliser la base pendant la restauration.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Sauvegarde à restaurer.") var file: String

    func run() throws {
        let result = try global.workspace(store).restore(from: file)
        Output.line(MaintenanceText.restored.text(in: global.language, ["path": file]))
        Output.line(MaintenanceText.figures(result.counts, global.language))
        if let aside = result.setAside { Output.line(MaintenanceText.setAside.text(in: global.language, ["path": aside])) }
    }
}
