import PratiquesCore

/// The words of `pratiques log`: one per kind of write, and the column headers.
enum AuditText: String, MessageCatalogue {
    case importAssessment = "audit.import"
    case draft = "audit.draft"
    case respondent = "audit.respondent"
    case answer = "audit.answer"
    case consensus = "audit.consensus"
    case status = "audit.status"
    case organisation = "audit.organisation"
    case consent = "audit.consent"
    case target = "audit.target"
    case action = "audit.action"
    case cohort = "audit.cohort"
    case erase = "audit.erase"
    case restore = "audit.restore"
    case when = "audit.header.when"
    case what = "audit.header.what"
    case organisationHeader = "audit.header.organisation"
    case assessment = "audit.header.assessment"
    case detail = "audit.header.detail"
    case who = "audit.header.who"
    case erasedRespondent = "audit.erased-respondent"
    case empty = "audit.empty"

    static let templates: [AuditText: (fr: String, en: String)] = [
        .importAssessment: ("import", "import"),
        .draft: ("brouillon", "draft"),
        .respondent: ("répondant ajouté", "respondent added"),
        .answer: ("réponse", "answer"),
        .consensus: ("consensus", "consensus"),
        .status: ("statut", "status"),
        .organisation: ("organisation", "organisation"),
        .consent: ("consentement", "consent"),
        .target: ("objectif", "target"),
        .action: ("action", "action"),
        .cohort: ("cohorte", "cohort"),
        .erase: ("effacement", "erasure"),
        .restore: ("restauration", "restore"),
        .when: ("quand (UTC)", "when (UTC)"),
        .what: ("quoi", "what"),
        .organisationHeader: ("organisation", "organisation"),
        .assessment: ("évaluation", "assessment"),
        .detail: ("détail", "detail"),
        .who: ("qui", "who"),
        .erasedRespondent: ("répondant n° {id}", "respondent #{id}"),
        .empty: ("Aucune écriture enregistrée.", "No write recorded."),
    ]

    /// The word for one kind of write.
    static func operation(_ operation: AuditOperation) -> AuditText {
        switch operation {
        case .importAssessment: .importAssessment
        case .draft: .draft
        case .respondent: .respondent
        case .answer: .answer
        case .consensus: .consensus
        case .status: .status
        case .organisation: .organisation
        case .consent: .consent
        case .target: .target
        case .action: .action
        case .cohort: .cohort
        case .erase: .erase
        case .restore: .restore
        }
    }
}
