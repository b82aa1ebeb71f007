import ArgumentParser
import PratiquesCore
import PratiquesStore

/// `pratiques assess show ID`
struct AssessShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Affiche une évaluation critère par critère : réponses par rôle, divergences, consensus, score."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Numéro de l'évaluation (voir « assess list »).") var id: Int64
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    struct Document: Encodable {
        var assessment: Assessment
        var score: AssessmentScore
    }

    func run() throws {
        let database = try store.open()
        guard let summary = try database.assessmentSummary(id: id) else {
            throw CLIFailure(fr: "évaluation \(id) inconnue (voir « pratiques assess list »)", en: "unknown assessment \(id) (see 'pratiques assess list')")
        }
        let assessment = try database.assessment(summary)
        let loaded = try database.referentiel(snapshotID: summary.snapshotID)
        let targets = try database.targets(organisationSlug: summary.organisationSlug, referentielID: summary.referentiel.id)
        let score = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)
            .score(assessment, targets: Dictionary(targets.map { ($0.criterionID, $0.level) }, uniquingKeysWith: { _, b in b }))
        if json { return try Output.json(Document(assessment: assessment, score: score)) }
        Output.line(AssessmentPrinter(language: global.language, referentiel: loaded.referentiel).render(summary: summary, assessment: assessment, score: score))
    }
}
