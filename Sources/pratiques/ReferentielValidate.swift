import ArgumentParser
import PratiquesCore

/// `pratiques referentiel validate PATH…`
struct ReferentielValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Valide des fichiers de référentiel ; chaque erreur donne fichier:ligne:colonne, champ et règle.",
        discussion: "Un dossier est parcouru récursivement (*.yaml, *.yml). Code de sortie 1 si une erreur est trouvée."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Fichiers ou dossiers à valider.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("au moins un chemin / at least one path") }
    }

    func run() throws {
        let language = global.language
        var failed = false
        for path in paths {
            let files = ReferentielCatalog.yamlFiles(under: path)
            if files.isEmpty {
                Output.error(language == .fr ? "\(path): aucun fichier YAML trouvé" : "\(path): no YAML file found")
                failed = true
            }
            for file in files {
                let issues = ReferentielLoader.validate(path: file)
                if issues.isEmpty {
                    Output.line(language == .fr ? "✓ \(file)" : "✓ \(file)")
                } else {
                    failed = true
                    for issue in issues { Output.error(issue.message(in: language)) }
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
