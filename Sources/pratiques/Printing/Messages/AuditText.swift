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
    case created = "audit.subject.created"
    case changed = "audit.subject.changed"
    case named = "audit.subject.named"
    case notNamed = "audit.subject.not-named"
    case wholeOrganisation = "audit.subject.organisation"
    case oneRespondent = "audit.subject.respondent"

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
        .created: ("créée", "created"),
        .changed: ("modifiée", "changed"),
        .named: ("accepte d'être nommée", "agrees to be named"),
        .notNamed: ("refuse d'être nommée", "does not agree to be named"),
        .wholeOrganisation: ("toute l'organisation", "the whole organisation"),
        .oneRespondent: ("un répondant", "one respondent"),
    ]

    /// The words for the store's fixed subjects (an organisation created, a consent given…);
    /// other subjects (criterion ids, file names) as they are.
    static func subject(_ subject: String, _ language: Language) -> String {
        let words: [String: AuditText] = ["created": .created, "changed": .changed, "named": .named, "not-named": .notNamed,
                                          "organisation": .wholeOrganisation, "respondent": .oneRespondent]
        if let role = RespondentRole(rawValue: subject) { return role.label(in: language) }
        return words[subject].map { $0[language] } ?? subject
    }

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
