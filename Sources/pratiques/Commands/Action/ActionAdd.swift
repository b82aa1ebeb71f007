import ArgumentParser
import PratiquesCore

/// `pratiques action add ORG TITLE …`
struct ActionAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Ajoute une action au plan d'une organisation.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Organisation.") var organisation: String
    @Argument(help: "Intitulé de l'action.") var title: String
    @Option(help: "Référentiel concerné.") var referentiel: String?
    @Option(help: "Critère concerné.") var criterion: String?
    @Option(help: "Qui porte l'action.") var owner: String?
    @Option(help: "Échéance AAAA-MM-JJ.") var due: String?
    @Option(help: "Notes.") var notes: String?

    func validate() throws {
        if let due, !Day.isValid(due) { throw ValidationError("--due: AAAA-MM-JJ / YYYY-MM-DD") }
        if criterion != nil && referentiel == nil { throw ValidationError("--criterion demande --referentiel / --criterion needs --referentiel") }
    }

    func run() throws {
        let saved = try global.workspace(store).addAction(PlannedAction(organisationSlug: organisation, referentielID: referentiel, criterionID: criterion,
                                                                        title: title, owner: owner, dueDate: due, notes: notes))
        Output.line(PlanText.actionAdded.text(in: global.language, ["id": saved.id ?? 0]))
    }
}
