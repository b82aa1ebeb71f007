import ArgumentParser

/// `pratiques report org ORG -o FILE.xlsx`
struct ReportOrganisation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Classeur de progression d'une organisation (en bref, synthèse, une feuille par grille, plan d'action, données, métadonnées).",
        discussion: "Prêt à remettre en assemblée générale : sans les noms des répondants ni leurs commentaires (--with-names les ajoute). Mise en page A4 pour l'impression."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String
    @Flag(name: .customLong("with-names"), help: "Ajoute les noms des répondants, leurs commentaires et les réponses libres (classeur à ne pas diffuser).")
    var withNames = false

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
    }

    func run() throws {
        try global.workspace(store).writeOrganisationWorkbook(organisation, to: output, withNames: withNames)
        Output.line(CommonText.workbookWritten.text(in: global.language, ["path": output]))
    }
}
