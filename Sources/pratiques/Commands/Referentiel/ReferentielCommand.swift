import ArgumentParser

/// `pratiques referentiel …`: the grids.
struct ReferentielCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referentiel",
        abstract: "Lister, afficher et valider les référentiels. / List, show and validate grids.",
        subcommands: [ReferentielList.self, ReferentielShow.self, ReferentielValidate.self, ReferentielDiffCommand.self]
    )
}
