import ArgumentParser
import Foundation
import PratiquesCore
import PratiquesReports
import PratiquesStore

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
        let catalog = global.catalog()
        if let assessment { return try writeDraft(assessment, catalog: catalog) }
        guard let referentiel, let loaded = catalog.find(referentiel, version: version.flatMap(SemanticVersion.init)) else {
            throw CLIFailure(fr: "référentiel « \(referentiel ?? "") » introuvable", en: "référentiel '\(referentiel ?? "")' not found")
        }
        var prefill = QuestionnairePrefill(role: role.flatMap(RespondentRole.init(parsing:)), name: name)
        if let organisation {
            let known = try store.open().requireOrganisation(organisation)
            prefill.organisationSlug = known.slug
            prefill.organisationName = known.name
        }
        try QuestionnaireWorkbook(loaded: loaded, language: global.language, prefill: prefill).write(to: output)
        Output.line(global.language == .fr ? "Questionnaire écrit : \(output)" : "Questionnaire written: \(output)")
    }

    /// One questionnaire per respondent of the draft, cover and answers so far filled in.
    func writeDraft(_ id: Int64, catalog: ReferentielCatalog) throws {
        let database = try store.open()
        guard let draft = try database.assessment(id: id) else {
            throw CLIFailure(fr: "évaluation \(id) inconnue (voir « pratiques assess list »)", en: "unknown assessment \(id) (see 'pratiques assess list')")
        }
        guard draft.status == .draft else {
            throw CLIFailure(fr: "l'évaluation \(id) est terminée : seuls les brouillons reçoivent des questionnaires", en: "assessment \(id) is complete: only drafts get questionnaires")
        }
        try database.requireUnchangedFiles(in: catalog, referentielIDs: [draft.referentiel.id])
        guard let loaded = catalog.find(draft.referentiel.id, version: draft.referentiel.version) else {
            throw CLIFailure(fr: "référentiel \(draft.referentiel) introuvable dans les fichiers des grilles", en: "référentiel \(draft.referentiel) not found among the grid files")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIFailure(fr: "-o \(output) : avec --assessment, donnez un dossier existant", en: "-o \(output): with --assessment, give an existing folder")
        }
        guard !draft.respondents.isEmpty else {
            throw CLIFailure(fr: "le brouillon \(id) n'a encore aucun répondant", en: "draft \(id) has no respondent yet")
        }
        let organisation = try database.requireOrganisation(draft.organisationSlug)
        for (index, respondent) in draft.respondents.enumerated() {
            let suffix = [respondent.role.rawValue, respondent.name.map(Self.fileWord)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "-")
            let path = (output as NSString).appendingPathComponent("questionnaire-\(id)-\(index + 1)-\(suffix).xlsx")
            let prefill = QuestionnairePrefill(organisationSlug: organisation.slug, organisationName: organisation.name, role: respondent.role,
                                               name: respondent.name, date: draft.date, answers: respondent.answers)
            try QuestionnaireWorkbook(loaded: loaded, language: global.language, prefill: prefill).write(to: path)
            Output.line(global.language == .fr ? "Questionnaire écrit : \(path)" : "Questionnaire written: \(path)")
        }
    }

    /// `Léa Martin` → `lea-martin`, for a file name.
    static func fileWord(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(4).joined(separator: "-")
    }
}
