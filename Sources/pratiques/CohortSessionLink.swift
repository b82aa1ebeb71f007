import ArgumentParser
import PratiquesCore

/// `pratiques cohort session link COHORT LABEL ASSESSMENT_ID...`
struct CohortSessionLink: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Relie explicitement des évaluations à une session (elles priment sur la fenêtre de dates)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Nom de la cohorte.") var cohort: String
    @Argument(help: "Libellé de la session.") var label: String
    @Argument(help: "Numéros des évaluations (voir « pratiques assess list »).") var assessments: [Int64]

    func validate() throws {
        if assessments.isEmpty { throw ValidationError("au moins une évaluation / at least one assessment") }
    }

    func run() throws {
        try store.open().linkCohortAssessments(cohort: cohort, session: label, assessmentIDs: assessments)
        Output.line(global.language == .fr ? "\(assessments.count) évaluation(s) reliée(s) à \(label)."
                                           : "\(assessments.count) assessment(s) linked to \(label).")
    }
}
