import ArgumentParser
import PratiquesCore
import PratiquesReports
import PratiquesStore

/// `pratiques report org ORG -o FILE.xlsx`
struct ReportOrganisation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Classeur de progression d'une organisation (en bref, synthèse, une feuille par grille, plan d'action, données, métadonnées).",
        discussion: "Prêt à remettre en assemblée générale : sans les noms des répondants ni leurs commentaires (--with-names les ajoute). Mise en page A4 pour l'impression."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String
    @Flag(name: .customLong("with-names"), help: "Ajoute les noms des répondants, leurs commentaires et les réponses libres (classeur à ne pas diffuser).")
    var withNames = false

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
    }

    func run() throws {
        let database = try store.open()
        let catalog = global.catalog()
        try database.requireUnchangedFiles(in: catalog, referentielIDs: Set(try database.assessmentSummaries(organisationSlug: organisation).map(\.referentiel.id)))
        let report = try OrganisationReportLoader(store: database, catalog: catalog).report(organisationSlug: organisation, language: global.language,
                                                                                            withNames: withNames)
        try OrganisationWorkbook(report: report).write(to: output)
        Output.line(global.language == .fr ? "Classeur écrit : \(output)" : "Workbook written: \(output)")
    }
}

/// Gathers an organisation's report from the store.
struct OrganisationReportLoader {
    let store: AssessmentStore
    /// The grid files: versions newer than those stored are scored on too.
    var catalog: ReferentielCatalog? = nil

    func report(organisationSlug: String, language: Language, withNames: Bool = false) throws -> OrganisationReport {
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
                                  actions: try store.actions(organisationSlug: organisationSlug), generatedOn: DateText.today(), language: language,
                                  withNames: withNames, cohortMedians: try cohortMedians(organisationSlug: organisationSlug))
    }

    /// For each grid, the median overall score of a cohort the organisation belongs to, at the
    /// session where its latest assessment counts (else the cohort's latest session).
    func cohortMedians(organisationSlug: String) throws -> [OrganisationReport.CohortMedian] {
        var medians: [OrganisationReport.CohortMedian] = []
        for cohort in try store.cohorts() where cohort.members.contains(organisationSlug) {
            let scores = try store.cohortScores(cohort: cohort.name, catalog: catalog)
            for (grid, compared) in zip(scores.grids, scores.comparison().grids)
            where !medians.contains(where: { $0.referentielID == compared.referentiel.id }) {
                let own = grid.entries.filter { $0.organisation == organisationSlug }.map(\.session).max()
                guard let session = own ?? compared.sessions.indices.last(where: { compared.statistics[$0][compared.overallIndex].median != nil }),
                      let median = compared.statistics[session][compared.overallIndex].median else { continue }
                let definition = scores.cohort.sessions[session]
                medians.append(.init(referentielID: compared.referentiel.id, parcours: cohort.parcours, session: definition.label,
                                     sessionDate: definition.date, median: median, n: compared.statistics[session][compared.overallIndex].n))
            }
        }
        return medians
    }
}
