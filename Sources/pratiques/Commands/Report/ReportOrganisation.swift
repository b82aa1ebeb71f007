import ArgumentParser

/// `pratiques report org ORG -o FILE.xlsx`
struct ReportOrganisation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Classeur de progression d'une organisation (synthèse, une feuille par grille, plan d'action, données, métadonnées).",
        discussion: "Prêt à présenter en assemblée générale : graphiques, échelles de couleur, mise en page paysage."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
    }

    func run() throws {
        try global.workspace(store).writeOrganisationWorkbook(organisation, to: output)
        Output.line(CommonText.workbookWritten.text(in: global.language, ["path": output]))
    }
}
