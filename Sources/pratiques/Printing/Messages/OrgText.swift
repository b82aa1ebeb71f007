import PratiquesCore

/// The words of `org` and of the organisation's printouts.
enum OrgText: String, MessageCatalogue {
    case saved = "org.saved"
    case department = "org.department"
    case sector = "org.sector"
    case staff = "org.staff"
    case namedInFunderReports = "org.named-in-funder-reports"
    case assessments = "org.assessments"
    case targets = "org.targets"
    case actionPlan = "org.action-plan"

    static let templates: [OrgText: (fr: String, en: String)] = [
        .saved: ("Organisation « {name} » ({slug}) enregistrée.", "Organisation '{name}' ({slug}) saved."),
        .department: ("Département", "Département"),
        .sector: ("Secteur", "Sector"),
        .staff: ("Effectif", "Staff"),
        .namedInFunderReports: ("Nommée dans les rapports aux financeurs : ", "Named in funder reports: "),
        .assessments: ("Évaluations", "Assessments"),
        .targets: ("Objectifs", "Targets"),
        .actionPlan: ("Plan d'action", "Action plan"),
    ]
}
