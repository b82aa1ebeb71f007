import ArgumentParser
import PratiquesCore

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
        let language = global.language
        var failed = false
        var loaded: [LoadedReferentiel] = []
        for path in paths {
            let files = ReferentielCatalog.yamlFiles(under: path)
            if files.isEmpty {
                Output.error(language == .fr ? "\(path): aucun fichier YAML trouvé" : "\(path): no YAML file found")
                failed = true
            }
            for file in files {
                do {
                    loaded.append(try ReferentielLoader.load(path: file))
                    Output.line("✓ \(file)")
                } catch {
                    failed = true
                    for issue in error.issues { Output.error(issue.message(in: language)) }
                }
            }
        }
        let versionIssues = ReferentielVersionRules.check(loaded)
        for issue in versionIssues { Output.error(issue.message(in: language)) }
        if !versionIssues.isEmpty { failed = true }
        for id in Set(loaded.map(\.referentiel.id)).sorted() {
            let versions = Set(loaded.filter { $0.referentiel.id == id }.map(\.referentiel.version)).sorted()
            if versions.count > 1 && versionIssues.isEmpty {
                Output.line("✓ \(id) : " + versions.map(\.description).joined(separator: " → ")
                            + (language == .fr ? " (règles de version respectées)" : " (version rules hold)"))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
