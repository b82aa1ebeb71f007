import ArgumentParser
import PratiquesApp

/// `pratiques referentiel validate PATH…`
struct ReferentielValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Valide des fichiers de référentiel ; chaque erreur donne fichier:ligne:colonne, champ et règle.",
        discussion: """
            Un dossier est parcouru récursivement (*.yaml, *.yml). Les versions successives d'une même grille sont \
            comparées (correctif : libellés seulement ; mineure : ajouts seulement ; majeure : migration complète \
            depuis la version précédente). Code de sortie 1 si une erreur est trouvée.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Fichiers ou dossiers à valider.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("au moins un chemin / at least one path") }
    }

    func run() throws {
        let validation = Workspace.validateReferentiels(paths)
        ReferentielPrinter(language: global.language).print(validation)
        if !validation.isValid { throw ExitCode(1) }
    }
}
