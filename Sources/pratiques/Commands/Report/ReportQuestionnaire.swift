import ArgumentParser
import PratiquesCore

/// `pratiques report questionnaire REF -o FILE.xlsx`
struct ReportQuestionnaire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Questionnaire vierge d'un référentiel, à remplir dans Excel ou LibreOffice (listes déroulantes)."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Identifiant du référentiel.") var referentiel: String
    @Option(name: .long, help: "Version (défaut : la plus récente).") var version: String?
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire.") var output: String

    func validate() throws {
        if let version, SemanticVersion(version) == nil { throw ValidationError("--version: MAJEURE.MINEURE.CORRECTIF") }
        if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
    }

    func run() throws {
        try global.workspace().writeQuestionnaire(referentiel, version: version.flatMap(SemanticVersion.init), to: output)
        Output.line(ReportText.questionnaireWritten.text(in: global.language, ["path": output]))
    }
}
