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
        let report = try OrganisationReportLoader(store: database).report(organisationSlug: organisation, language: global.language)
        try OrganisationWorkbook(report: report).write(to: output)
        Output.line(global.language == .fr ? "Classeur écrit : \(output)" : "Workbook written: \(output)")
    }
}

/// Gathers an organisation's report from the store.
struct OrganisationReportLoader {
    let store: AssessmentStore

    func report(organisationSlug: String, language: Language) throws -> OrganisationReport {
        let organisation = try store.requireOrganisation(organisationSlug)
        var entries: [OrganisationReport.Entry] = []
        for scored in try store.scoreHistory(organisationSlug: organisationSlug) {
            entries.append(OrganisationReport.Entry(assessment: try store.assessment(scored.summary),
                                                    referentiel: try store.referentiel(snapshotID: scored.summary.snapshotID),
                                                    score: scored.score, progress: scored.progress))
        }
        entries.sort { ($0.referentiel.referentiel.id, $0.assessment.date) < ($1.referentiel.referentiel.id, $1.assessment.date) }
        return OrganisationReport(organisation: organisation, entries: entries, targets: try store.targets(organisationSlug: organisationSlug),
                                  actions: try store.actions(organisationSlug: organisationSlug), generatedOn: DateText.today(), language: language)
    }
}
