import ArgumentParser

/// `pratiques respondent …`
struct RespondentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respondent",
        abstract: "Répondants : effacer les données personnelles d'une personne. / Respondents.",
        subcommands: [RespondentErase.self, RespondentLinkCommand.self, RespondentRevokeCommand.self]
    )
}

/// `pratiques respondent erase ID --yes`
struct RespondentErase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Efface le nom, les commentaires et les réponses libres d'un répondant (n° affiché par « assess show »).",
        discussion: """
        Ses réponses notées sont gardées, anonymes, pour les statistiques. Rien d'effacé ne reste dans le fichier de la base \
        ni dans les classeurs écrits ensuite. Irréversible : --yes le confirme.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Numéro du répondant.") var id: Int64
    @Flag(name: .long, help: "Confirme l'effacement (irréversible).") var yes = false

    func run() throws {
        guard yes else {
            Output.error(PersonalDataText.confirm.text(in: global.language, ["command": "pratiques respondent erase \(id) --yes"]))
            throw ExitCode(1)
        }
        let counts = try global.workspace(store).eraseRespondent(id)
        Output.line(PersonalDataText.erased(counts, global.language))
    }
}
