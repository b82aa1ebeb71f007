import ArgumentParser
import PratiquesApp

/// `pratiques report funder COHORT -o FILE.xlsx [--min-group K]`
struct ReportFunder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funder",
        abstract: "Classeur pour les financeurs : agrégats seulement, groupes de moins de K organisations masqués.",
        discussion: "Aucun commentaire, aucune ligne par organisation ; seules les organisations qui l'ont accepté sont nommées. Méthode expliquée dans le classeur."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Nom de la cohorte.") var cohort: String
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String
    @Option(name: .customLong("min-group"), help: "Plus petit groupe dont les chiffres sont donnés (K, défaut 5, au moins 3).")
    var minGroup: Int = Workspace.defaultMinimumGroup

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
    }

    func run() throws {
        try global.workspace(store).writeFunderWorkbook(cohort, to: output, minimumGroup: minGroup)
        Output.line(CommonText.workbookWritten.text(in: global.language, ["path": output]))
    }
}
