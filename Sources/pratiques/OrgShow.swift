import ArgumentParser
import PratiquesCore
import PratiquesStore

/// `pratiques org show SLUG`
struct OrgShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Affiche une organisation, ses évaluations, objectifs et actions.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var slug: String
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    struct Document: Encodable {
        var organisation: Organisation
        var assessments: [PratiquesStoreSummary]
        var targets: [Target]
        var actions: [PlannedAction]
    }

    func run() throws {
        let database = try store.open()
        let organisation = try database.requireOrganisation(slug)
        let assessments = try database.assessmentSummaries(organisationSlug: slug)
        let targets = try database.targets(organisationSlug: slug)
        let actions = try database.actions(organisationSlug: slug)
        if json { return try Output.json(Document(organisation: organisation, assessments: assessments, targets: targets, actions: actions)) }
        let l = global.language
        Output.line("\(organisation.name) (\(organisation.slug)) — \(organisation.legalForm.label(in: l))")
        let details = [("SIRET", organisation.siret), (l == .fr ? "Département" : "Département", organisation.departement),
                       ("EPCI", organisation.epci), (l == .fr ? "Secteur" : "Sector", organisation.sector),
                       (l == .fr ? "Effectif" : "Staff", organisation.sizeBand?.rawValue)]
        for (name, value) in details { if let value { Output.line("  \(name) : \(value)") } }
        Output.line("  " + (l == .fr ? "Nommée dans les rapports aux financeurs : " : "Named in funder reports: ")
                    + (organisation.consentsToBeNamed ? (l == .fr ? "oui" : "yes") : (l == .fr ? "non" : "no")))
        Output.line()
        Output.line(l == .fr ? "Évaluations" : "Assessments")
        Output.line(TextTable.render(header: ["#", "date", l == .fr ? "libellé" : "label", l == .fr ? "référentiel" : "grid", l == .fr ? "statut" : "status", l == .fr ? "répondants" : "respondents"],
                                     rows: assessments.map { [String($0.id), $0.date, $0.label, $0.referentiel.description, $0.status.rawValue, String($0.respondentCount)] },
                                     rightAligned: [0, 5]))
        if !targets.isEmpty {
            Output.line()
            Output.line(l == .fr ? "Objectifs" : "Targets")
            for target in targets { Output.line("  \(target.referentielID) \(target.criterionID) → \(target.level)\(target.horizon.map { " (\($0))" } ?? "")") }
        }
        if !actions.isEmpty {
            Output.line()
            Output.line(l == .fr ? "Plan d'action" : "Action plan")
            Output.line(ActionTable.render(actions, language: l))
        }
    }
}

typealias PratiquesStoreSummary = AssessmentSummary
