import ArgumentParser
import PratiquesCore

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
        let detail = try global.workspace(store).assessmentDetail(id)
        if json { return try Output.json(Document(assessment: detail.assessment, score: detail.score)) }
        Output.line(AssessmentPrinter(language: global.language, referentiel: detail.referentiel.referentiel).render(detail))
    }
}
