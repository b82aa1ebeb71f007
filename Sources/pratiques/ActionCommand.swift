import ArgumentParser
import PratiquesCore
import PratiquesStore

/// `pratiques action …`
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Plan d'action : qui, quoi, pour quand. / Action plan.",
        subcommands: [ActionAdd.self, ActionList.self, ActionDone.self]
    )
}

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
        if let due, !DateText.isValid(due) { throw ValidationError("--due: AAAA-MM-JJ / YYYY-MM-DD") }
        if criterion != nil && referentiel == nil { throw ValidationError("--criterion demande --referentiel / --criterion needs --referentiel") }
    }

    func run() throws {
        if let referentiel, let criterion {
            let versions = global.catalog().versions(of: referentiel)
            guard versions.contains(where: { $0.referentiel.criterion(id: criterion) != nil }) else {
                throw CLIFailure(fr: "critère « \(criterion) » inconnu dans \(referentiel)", en: "unknown criterion '\(criterion)' in \(referentiel)")
            }
        }
        let saved = try store.open().addAction(PlannedAction(organisationSlug: organisation, referentielID: referentiel, criterionID: criterion,
                                                             title: title, owner: owner, dueDate: due, notes: notes))
        Output.line(global.language == .fr ? "Action \(saved.id ?? 0) ajoutée." : "Action \(saved.id ?? 0) added.")
    }
}

/// `pratiques action list ORG`
struct ActionList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste le plan d'action (les actions ouvertes d'abord).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Organisation.") var organisation: String
    @Flag(name: .long, help: "Seulement les actions ouvertes.") var open = false
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func run() throws {
        let database = try store.open()
        _ = try database.requireOrganisation(organisation)
        let actions = try database.actions(organisationSlug: organisation, includeClosed: !open)
        if json { return try Output.json(actions) }
        Output.line(ActionTable.render(actions, language: global.language))
    }
}

/// `pratiques action done ID`
struct ActionDone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Marque une action comme faite.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Numéro de l'action (voir « action list »).") var id: Int64

    func run() throws {
        try store.open().setActionStatus(id: id, .done)
        Output.line(global.language == .fr ? "Action \(id) faite." : "Action \(id) done.")
    }
}

/// The action plan as a table, overdue actions marked.
enum ActionTable {
    static func render(_ actions: [PlannedAction], language l: Language) -> String {
        let today = DateText.today()
        return TextTable.render(
            header: ["#", l == .fr ? "action" : "action", l == .fr ? "critère" : "criterion", l == .fr ? "porteur" : "owner", l == .fr ? "échéance" : "due", l == .fr ? "statut" : "status"],
            rows: actions.map {
                [String($0.id ?? 0), $0.title, $0.criterionID ?? "", $0.owner ?? "", ($0.dueDate ?? "") + ($0.isOverdue(on: today) ? " ⚠" : ""),
                 $0.status.label(in: l)]
            }, rightAligned: [0])
    }
}
