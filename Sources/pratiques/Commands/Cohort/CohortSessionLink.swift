import ArgumentParser

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
        try global.workspace(store).link(cohort: cohort, session: label, assessments: assessments)
        Output.line(CohortText.linked.text(in: global.language, ["n": assessments.count, "label": label]))
    }
}
