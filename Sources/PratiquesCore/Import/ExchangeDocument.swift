/// The canonical JSON exchange format (`docs/exchange-format.md`, `docs/exchange.schema.json`):
/// organisations, assessments with each respondent's raw answers, consensus values, targets
/// and actions. Export writes it; import reads it back to the same data.
public struct ExchangeDocument: Sendable, Codable {
    /// Format version.
    public var pratiques: Int = 1
    public var organisations: [OrganisationEntry] = []
    public var assessments: [AssessmentEntry] = []
    public var targets: [TargetEntry] = []
    public var actions: [ActionEntry] = []

    public init() {}

    public struct OrganisationEntry: Sendable, Codable {
        public var id: String
        public var name: String
        public var legalForm: String
        public var siret: String?
        public var departement: String?
        public var epci: String?
        public var sector: String?
        public var sizeBand: String?
        public var consentNamed: Bool
        /// The profile: `nil` when not said.
        public var hasGeneralAssembly: Bool?
        public var hasBoard: Bool?
        public var hasVolunteers: Bool?

        enum CodingKeys: String, CodingKey {
            case id, name, siret, departement, epci, sector
            case legalForm = "legal_form", sizeBand = "size_band", consentNamed = "consent_named"
            case hasGeneralAssembly = "has_general_assembly", hasBoard = "has_board", hasVolunteers = "has_volunteers"
        }
    }

    public struct AssessmentEntry: Sendable, Codable {
        public var organisation: String
        public var referentiel: String
        public var version: String
        public var date: String
        public var label: String
        public var status: String
        public var respondents: [RespondentEntry]
        public var consensus: [AnswerEntry]?
        /// The facts (`fact: true` criteria), one per criterion.
        public var facts: [FactEntry]?
    }

    /// One fact: its value (as in an answer), who entered it, and the other values proposed.
    public struct FactEntry: Sendable, Codable {
        public var criterion: String
        public var level: Int?
        public var yes: Bool?
        public var number: Double?
        public var text: String?
        public var notApplicable: Bool?
        public var comment: String?
        public var enteredBy: PersonEntry?
        public var origin: String?
        public var proposals: [ProposalEntry]?

        enum CodingKeys: String, CodingKey {
            case criterion, level, yes, number, text, comment, origin, proposals
            case notApplicable = "not_applicable", enteredBy = "entered_by"
        }
    }

    /// Who entered a fact.
    public struct PersonEntry: Sendable, Codable {
        public var role: String
        public var name: String?
    }

    /// A value of a fact proposed by someone else, to settle.
    public struct ProposalEntry: Sendable, Codable {
        public var role: String
        public var name: String?
        public var level: Int?
        public var yes: Bool?
        public var number: Double?
        public var text: String?
        public var notApplicable: Bool?
        public var comment: String?

        enum CodingKeys: String, CodingKey {
            case role, name, level, yes, number, text, comment
            case notApplicable = "not_applicable"
        }
    }

    public struct RespondentEntry: Sendable, Codable {
        public var role: String
        public var name: String?
        public var answers: [AnswerEntry]
    }

    public struct AnswerEntry: Sendable, Codable {
        public var criterion: String
        public var level: Int?
        public var yes: Bool?
        public var number: Double?
        public var text: String?
        public var notApplicable: Bool?
        public var comment: String?
        public var origin: String?

        enum CodingKeys: String, CodingKey {
            case criterion, level, yes, number, text, comment, origin
            case notApplicable = "not_applicable"
        }
    }

    public struct TargetEntry: Sendable, Codable {
        public var organisation: String
        public var referentiel: String
        public var criterion: String
        public var level: Int
        public var horizon: String?
        /// The second horizon: the level aimed at in about three years, and when.
        public var longLevel: Int?
        public var longHorizon: String?

        enum CodingKeys: String, CodingKey {
            case organisation, referentiel, criterion, level, horizon
            case longLevel = "long_level", longHorizon = "long_horizon"
        }
    }

    public struct ActionEntry: Sendable, Codable {
        public var organisation: String
        public var referentiel: String?
        public var criterion: String?
        public var title: String
        public var owner: String?
        public var due: String?
        public var status: String
        public var notes: String?
    }
}

extension ExchangeDocument {
    /// Builds the document from domain values.
    public init(organisations: [Organisation], assessments: [Assessment], targets: [Target], actions: [PlannedAction]) {
        self.init()
        self.organisations = organisations.map {
            OrganisationEntry(id: $0.slug, name: $0.name, legalForm: $0.legalForm.rawValue, siret: $0.siret,
                              departement: $0.departement, epci: $0.epci, sector: $0.sector, sizeBand: $0.sizeBand?.rawValue,
                              consentNamed: $0.consentsToBeNamed, hasGeneralAssembly: $0.hasGeneralAssembly, hasBoard: $0.hasBoard,
                              hasVolunteers: $0.hasVolunteers)
        }
        self.assessments = assessments.map { assessment in
            AssessmentEntry(organisation: assessment.organisationSlug, referentiel: assessment.referentiel.id,
                            version: assessment.referentiel.version.description, date: assessment.date, label: assessment.label,
                            status: assessment.status.rawValue,
                            respondents: assessment.respondents.map { respondent in
                                RespondentEntry(role: respondent.role.rawValue, name: respondent.name,
                                                answers: respondent.answers.values.sorted { $0.criterionID < $1.criterionID }.map(Self.entry))
                            },
                            consensus: assessment.consensus.isEmpty ? nil
                                : assessment.consensus.values.sorted { $0.criterionID < $1.criterionID }.map(Self.entry),
                            facts: assessment.facts.isEmpty ? nil
                                : assessment.facts.values.sorted { $0.criterionID < $1.criterionID }.map(Self.entry))
        }
        self.targets = targets.map {
            TargetEntry(organisation: $0.organisationSlug, referentiel: $0.referentielID, criterion: $0.criterionID,
                        level: $0.level, horizon: $0.horizon, longLevel: $0.longTermLevel, longHorizon: $0.longTermHorizon)
        }
        self.actions = actions.map {
            ActionEntry(organisation: $0.organisationSlug, referentiel: $0.referentielID, criterion: $0.criterionID, title: $0.title,
                        owner: $0.owner, due: $0.dueDate, status: $0.status.rawValue, notes: $0.notes)
        }
    }

    static func entry(_ fact: AssessmentFact) -> FactEntry {
        let value = entry(Answer(criterionID: fact.criterionID, value: fact.value))
        return FactEntry(criterion: fact.criterionID, level: value.level, yes: value.yes, number: value.number, text: value.text,
                         notApplicable: value.notApplicable, comment: fact.comment,
                         enteredBy: fact.enteredBy.map { PersonEntry(role: $0.role.rawValue, name: $0.name) }, origin: fact.origin,
                         proposals: fact.proposals.isEmpty ? nil : fact.proposals.map { proposal in
                             let proposed = entry(Answer(criterionID: fact.criterionID, value: proposal.value))
                             return ProposalEntry(role: proposal.respondent.role.rawValue, name: proposal.respondent.name, level: proposed.level,
                                                  yes: proposed.yes, number: proposed.number, text: proposed.text,
                                                  notApplicable: proposed.notApplicable, comment: proposal.comment)
                         })
    }

    static func entry(_ answer: Answer) -> AnswerEntry {
        var entry = AnswerEntry(criterion: answer.criterionID, comment: answer.comment, origin: answer.origin)
        switch answer.value {
        case .level(let level): entry.level = level
        case .yesNo(let yes): entry.yes = yes
        case .number(let number): entry.number = number
        case .text(let text): entry.text = text
        case .notApplicable: entry.notApplicable = true
        case nil: break
        }
        return entry
    }
}
