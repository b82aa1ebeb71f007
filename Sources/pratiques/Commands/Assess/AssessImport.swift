import ArgumentParser
import PratiquesApp

/// `pratiques assess import FILE…`
struct AssessImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importe des évaluations (JSON canonique, CSV « à la française », questionnaires .xlsx remplis), tout ou rien.",
        discussion: """
        Le format est détecté : JSON (ou YAML) selon le contenu, CSV avec séparateur ; , ou tabulation, \
        virgule décimale, UTF-8 avec ou sans BOM, fins de ligne CRLF. Tous les fichiers sont écrits dans \
        une seule transaction : à la moindre erreur, rien n'est écrit. Chaque erreur donne fichier, ligne, \
        colonne et champ.

        Un fichier .xlsx est un questionnaire de « pratiques report questionnaire » rempli dans Excel ou \
        LibreOffice : un répondant par classeur. Les classeurs d'une même organisation, version de \
        référentiel et date forment une évaluation (libellée par la date) ; avec --assessment ID, leurs \
        répondants s'ajoutent à ce brouillon. Une erreur donne la feuille et la cellule.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Fichiers à importer (.json, .yaml, .csv, .xlsx).") var files: [String]
    @Flag(name: .customLong("create-org"), help: "Crée les organisations inconnues (nommées par leur identifiant).") var createOrg = false
    @Flag(name: .customLong("update-org"), help: "Met à jour les organisations existantes que les fichiers déclarent autrement (jamais leur consentement).")
    var updateOrg = false
    @Option(name: .long, help: "Brouillon auquel ajouter les répondants des questionnaires .xlsx.") var assessment: Int64?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("au moins un fichier / at least one file") }
        if assessment != nil, !files.contains(where: Workspace.isWorkbook) {
            throw ValidationError("--assessment : pour des questionnaires .xlsx / for .xlsx questionnaires")
        }
    }

    func run() throws {
        let workspace = global.workspace(store)
        let summary = try workspace.importFiles(files, options: ImportOptions(createMissingOrganisations: createOrg, intoAssessment: assessment, updateOrganisations: updateOrg,
                                                                               progress: ImportPause.hook()))
        if json { return try Output.json(summary) }
        Output.line(AssessText.imported(summary, into: workspace.databasePath).text(in: global.language))
    }
}
