import ArgumentParser
import PratiquesCore

/// `pratiques report guide ORG [--year Y] -o FILE.xlsx`
struct ReportGuide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Guide des bonnes pratiques de l'année (loi ESS de 2014, art. 3) : les huit thèmes, à présenter en assemblée générale.",
        discussion: """
        Un classeur à part, une feuille à imprimer (A4 paysage) : pour chaque thème du guide, dans son \
        ordre, les critères des grilles évaluées cette année-là qui le renseignent, le score, l'évolution \
        depuis l'année précédente, les objectifs à un an et à trois ans, les actions ; un thème qu'aucun \
        critère ne couvre le dit. Puis la place du débat de l'assemblée (date, décisions : voir « pratiques \
        guide note »).
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var organisation: String
    @Option(help: "Année (défaut : l'année en cours).") var year: Int?
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
        if let year, !(1900...2999).contains(year) { throw ValidationError("--year: une année, ex. 2026 / a year, e.g. 2026") }
    }

    func run() throws {
        let year = year ?? Int(Day.today().description.prefix(4))!
        let report = try global.workspace(store).writeGuideWorkbook(organisation: organisation, year: year, to: output)
        let covered = report.themes.filter { !$0.items.isEmpty }.count
        Output.line(CommonText.workbookWritten.text(in: global.language, ["path": output]) + " "
                    + (global.language == .fr ? "(\(covered) thème(s) sur 8 couverts en \(year))" : "(\(covered) of 8 themes covered in \(year))"))
    }
}
