import ArgumentParser
import Foundation
import PratiquesCore
import PratiquesReports
import PratiquesStore

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
    @Option(name: .long, help: "Brouillon auquel ajouter les répondants des questionnaires .xlsx.") var assessment: Int64?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    static func isWorkbook(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    func validate() throws {
        if files.isEmpty { throw ValidationError("au moins un fichier / at least one file") }
        if assessment != nil, !files.contains(where: Self.isWorkbook) {
            throw ValidationError("--assessment : pour des questionnaires .xlsx / for .xlsx questionnaires")
        }
    }

    func run() throws {
        let catalog = global.catalog()
        var batches: [ImportBatch] = []
        var issues: [ValidationIssue] = []
        var questionnaires: [FilledQuestionnaire] = []
        for file in files {
            do {
                if Self.isWorkbook(file) {
                    questionnaires.append(try QuestionnaireReader(catalog: catalog).read(path: file))
                } else {
                    batches.append(try ImportFileReader(catalog: catalog).read(path: file))
                }
            } catch {
                issues += error.issues
            }
        }
        if !questionnaires.isEmpty { batches.append(FilledQuestionnaire.batch(questionnaires, intoAssessment: assessment)) }
        if !issues.isEmpty { throw InputError(issues: issues) }
        let database = try store.open()
        var options = ImportOptions(createMissingOrganisations: createOrg)
        options.progress = ImportPause.hook()
        let merged = ImportBatch.merging(batches)
        let summary = try database.importBatch(merged, catalog: catalog, options: options)
        if json { return try Output.json(summary) }
        let l = global.language
        Output.line(l == .fr
            ? "\(summary.assessments) évaluation(s), \(summary.respondents) répondant(s), \(summary.answers) réponse(s), \(summary.organisations + summary.createdOrganisations) organisation(s), \(summary.targets) objectif(s), \(summary.actions) action(s) importés dans \(store.path)."
            : "Imported \(summary.assessments) assessment(s), \(summary.respondents) respondent(s), \(summary.answers) answer(s), \(summary.organisations + summary.createdOrganisations) organisation(s), \(summary.targets) target(s), \(summary.actions) action(s) into \(store.path).")
    }
}

/// A test hook: with `PRATIQUES_TEST_PAUSE_AFTER=N`, the import stops inside its transaction
/// after N assessments, prints `PAUSED` on stderr and waits for a line on stdin. Tests use it
/// to kill the process mid-import, or to make two imports overlap, without sleeping.
enum ImportPause {
    static func hook() -> (@Sendable (Int, Int) -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["PRATIQUES_TEST_PAUSE_AFTER"], let after = Int(text) else { return nil }
        return { done, _ in
            guard done == after else { return }
            FileHandle.standardError.write(Data("PAUSED\n".utf8))
            _ = readLine()
        }
    }
}
