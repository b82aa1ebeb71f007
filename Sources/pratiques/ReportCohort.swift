import ArgumentParser
import PratiquesCore
import PratiquesReports
import PratiquesStore

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
        let loaded = try CohortReportLoader(store: try store.open()).load(cohort: cohort, language: global.language)
        let rows = try CohortWorkbook(report: loaded.report).write(to: output, rows: loaded.dataRows())
        Output.line(global.language == .fr ? "Classeur écrit : \(output) (\(rows) lignes de données)" : "Workbook written: \(output) (\(rows) data rows)")
    }
}

/// Gathers a cohort's report from the store: the scores chosen by `cohortScores`, the
/// comparison, and the member organisations.
struct CohortReportLoader {
    let store: AssessmentStore

    struct Loaded {
        var scores: CohortScores
        var report: CohortReport

        /// *Données*: one row per organisation × session × criterion, organisations by name.
        func dataRows() -> some Sequence<CohortDataRow> {
            scores.grids.lazy.flatMap { grid in
                grid.entries.lazy.flatMap { entry in
                    CohortDataRow.rows(organisation: report.name(entry.organisation), session: scores.cohort.sessions[entry.session].label,
                                       date: entry.assessment.date, score: entry.score)
                }
            }
        }
    }

    func load(cohort name: String, language: Language) throws -> Loaded {
        let scores = try store.cohortScores(cohort: name)
        let organisations = try scores.cohort.members.map { try store.requireOrganisation($0) }
        let report = CohortReport(comparison: scores.comparison(), organisations: organisations, generatedOn: DateText.today(), language: language)
        return Loaded(scores: scores, report: report)
    }
}
