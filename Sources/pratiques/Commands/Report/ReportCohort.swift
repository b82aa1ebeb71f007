import ArgumentParser

/// `pratiques report cohort COHORT -o FILE.xlsx`
struct ReportCohort: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Classeur de la cohorte pour l'accompagnateur (statistiques par session, organisations nommées, progression, critères, données).",
        discussion: "Les organisations y sont nommées : ce classeur n'est pas destiné aux financeurs (voir « report funder »)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Nom de la cohorte.") var cohort: String
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
    }

    func run() throws {
        let rows = try global.workspace(store).writeCohortWorkbook(cohort, to: output)
        Output.line(ReportText.cohortWritten.text(in: global.language, ["path": output, "rows": rows]))
    }
}
