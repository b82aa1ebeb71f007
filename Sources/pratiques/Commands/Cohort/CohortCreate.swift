import ArgumentParser

/// `pratiques cohort create NAME --parcours TITLE`
struct CohortCreate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Crée une cohorte qui suit un parcours.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Nom de la cohorte (ex. parcours-2024).") var name: String
    @Option(help: "Titre du parcours suivi.") var parcours: String

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("nom vide / empty name") }
        if parcours.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--parcours: titre vide / empty title") }
    }

    func run() throws {
        let cohort = try global.workspace(store).createCohort(name, parcours: parcours)
        Output.line(CohortText.created.text(in: global.language, ["cohort": cohort.name]))
    }
}
