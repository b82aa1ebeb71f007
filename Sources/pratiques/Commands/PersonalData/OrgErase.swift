import ArgumentParser

/// `pratiques org erase SLUG --yes`
struct OrgErase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Efface les données personnelles d'une organisation : noms des répondants, commentaires, réponses libres, responsables et notes des actions.",
        discussion: """
        Les réponses notées sont gardées, anonymes, pour les statistiques (les chiffres de cohorte déjà remis restent justes). \
        Rien d'effacé ne reste dans le fichier de la base ni dans les classeurs écrits ensuite ; les sauvegardes antérieures le gardent \
        (voir docs/donnees-personnelles.md). Irréversible : --yes le confirme.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var slug: String
    @Flag(name: .long, help: "Confirme l'effacement (irréversible).") var yes = false

    func run() throws {
        guard yes else {
            Output.error(PersonalDataText.confirm.text(in: global.language, ["command": "pratiques org erase \(slug) --yes"]))
            throw ExitCode(1)
        }
        let counts = try global.workspace(store).eraseOrganisationPersonalData(slug)
        Output.line(PersonalDataText.erased(counts, global.language))
    }
}
