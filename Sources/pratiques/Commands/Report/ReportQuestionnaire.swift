import ArgumentParser
import PratiquesCore

/// `pratiques report questionnaire REF -o FILE.xlsx [--org SLUG --role R --name N]`, or
/// `pratiques report questionnaire --assessment ID -o FOLDER`
struct ReportQuestionnaire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Questionnaire d'un référentiel, à remplir dans Excel ou LibreOffice (listes déroulantes) ou sur papier (cases à cocher).",
        discussion: """
        --org, --role et --name pré-remplissent la page de garde. Avec --assessment ID (un brouillon), un questionnaire \
        pré-rempli par répondant du brouillon est écrit dans le dossier -o.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant du référentiel (sauf avec --assessment).") var referentiel: String?
    @Option(name: .long, help: "Version (défaut : la plus récente).") var version: String?
    @Option(name: [.short, .long], help: "Fichier .xlsx à écrire (avec --assessment : dossier où les écrire).") var output: String
    @Option(name: .customLong("org"), help: "Organisation à inscrire sur la page de garde.") var organisation: String?
    @Option(name: .long, help: "Rôle du répondant à inscrire (direction, salarie, administrateur, benevole, usager, partenaire).") var role: String?
    @Option(name: .long, help: "Nom du répondant à inscrire.") var name: String?
    @Option(name: .long, help: "Brouillon dont chaque répondant reçoit son questionnaire pré-rempli.") var assessment: Int64?

    func validate() throws {
        if let version, SemanticVersion(version) == nil { throw ValidationError("--version: MAJEURE.MINEURE.CORRECTIF") }
        if let role, RespondentRole(parsing: role) == nil { throw ValidationError("--role: direction, salarie, administrateur, benevole, usager, partenaire") }
        if assessment != nil {
            if referentiel != nil || version != nil || organisation != nil || role != nil || name != nil {
                throw ValidationError("--assessment: sans référentiel, --version, --org, --role ni --name / without a grid, --version, --org, --role or --name")
            }
        } else {
            if referentiel == nil { throw ValidationError("référentiel manquant / missing grid") }
            if !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o: un fichier .xlsx / an .xlsx file") }
        }
    }

    func run() throws {
        let workspace = global.workspace(store)
        guard let assessment else {
            try workspace.writeQuestionnaire(referentiel ?? "", version: version.flatMap(SemanticVersion.init), organisation: organisation,
                                             role: role.flatMap(RespondentRole.init(parsing:)), name: name, to: output)
            return Output.line(ReportText.questionnaireWritten.text(in: global.language, ["path": output]))
        }
        for path in try workspace.writeDraftQuestionnaires(assessment: assessment, folder: output) {
            Output.line(ReportText.questionnaireWritten.text(in: global.language, ["path": path]))
        }
    }
}
