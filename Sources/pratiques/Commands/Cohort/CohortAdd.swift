import ArgumentParser

/// `pratiques cohort add COHORT ORG...`
struct CohortAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Ajoute des organisations à une cohorte (toutes, ou aucune).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Nom de la cohorte.") var cohort: String
    @Argument(help: "Identifiants des organisations.") var organisations: [String]

    func validate() throws {
        if organisations.isEmpty { throw ValidationError("au moins une organisation / at least one organisation") }
    }

    func run() throws {
        try global.workspace(store).addMembers(cohort: cohort, organisations: organisations)
        Output.line(CohortText.membersAdded.text(in: global.language, ["n": organisations.count, "cohort": cohort]))
    }
}
