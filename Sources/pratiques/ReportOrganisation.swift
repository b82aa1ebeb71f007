import ArgumentParser
import PratiquesCore
import PratiquesReports
import PratiquesStore

/// `pratiques report org ORG -o FILE.xlsx`
struct ReportOrganisation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Classeur de progression d'une organisation (synthèse, une feuille par grille, plan d'action, données, métadonnées).",
        discussion: "Prêt à présenter en assemblée générale : graphiques, échelles de couleur, mise en page paysage."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
    }

    func run() throws {
        let database = try store.open()
        let catalog = global.catalog()
        try database.requireUnchangedFiles(in: catalog, referentielIDs: Set(try database.assessmentSummaries(organisationSlug: organisation).map(\.referentiel.id)))
        let report = try OrganisationReportLoader(store: database, catalog: catalog).report(organisationSlug: organisation, language: global.language)
        try OrganisationWorkbook(report: report).write(to: output)
        Output.line(global.language == .fr ? "Classeur écrit : \(output)" : "Workbook written: \(output)")
    }
}

/// Gathers an organisation's report from the store.
struct OrganisationReportLoader {
    let store: AssessmentStore
    /// The grid files: versions newer than those stored are scored on too.
    var catalog: ReferentielCatalog? = nil

    func report(organisationSlug: String, language: Language) throws -> OrganisationReport {
        let organisation = try store.requireOrganisation(organisationSlug)
        var entries: [OrganisationReport.Entry] = []
        for entry in try store.scoredHistoryEntries(organisationSlug: organisationSlug, catalog: catalog) {
            let carried = entry.stored.carried
            entries.append(OrganisationReport.Entry(assessment: carried.original, referentiel: entry.stored.original,
                                                    score: entry.scored.score, progress: entry.scored.progress,
                                                    scoredOn: entry.stored.newest, answers: carried.assessment,
                                                    carry: entry.scored.carry))
        }
        entries.sort { ($0.referentiel.referentiel.id, $0.assessment.date) < ($1.referentiel.referentiel.id, $1.assessment.date) }
        return OrganisationReport(organisation: organisation, entries: entries, targets: try store.targets(organisationSlug: organisationSlug),
                                  actions: try store.actions(organisationSlug: organisationSlug), generatedOn: DateText.today(), language: language)
    }
}
