import Foundation

/// Names one version of a référentiel as an assessment uses it.
public struct ReferentielReference: Sendable, Hashable, Codable, CustomStringConvertible {
    public var id: String
    public var version: SemanticVersion
    /// Canonical sha256 of the version, when known.
    public var sha256: String?

    public init(id: String, version: SemanticVersion, sha256: String? = nil) {
        self.id = id
        self.version = version
        self.sha256 = sha256
    }

    public var description: String { "\(id)@\(version)" }
}

/// Whether an assessment is still being filled.
public enum AssessmentStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case complete
}

/// One self-assessment of an organisation on one référentiel version, at one date, with the
/// answers of each respondent and the values agreed by the group.
public struct Assessment: Sendable, Hashable, Codable {
    public var id: Int64?
    public var organisationSlug: String
    public var referentiel: ReferentielReference
    /// The day the assessment refers to (`YYYY-MM-DD`).
    public var date: String
    /// A short label such as « 2024 ».
    public var label: String
    public var status: AssessmentStatus
    public var respondents: [Respondent]
    /// Values agreed by the group, keyed by criterion; they count for the score when present.
    public var consensus: [String: Answer]
    /// The values of fact criteria (`fact: true`), one per criterion for the whole assessment;
    /// see ``AssessmentFact`` and ``fact(for:)``.
    public var facts: [String: AssessmentFact]

    public init(id: Int64? = nil, organisationSlug: String, referentiel: ReferentielReference, date: String, label: String,
                status: AssessmentStatus = .complete, respondents: [Respondent] = [], consensus: [Answer] = [],
                facts: [AssessmentFact] = []) {
        self.id = id
        self.organisationSlug = organisationSlug
        self.referentiel = referentiel
        self.date = date
        self.label = label
        self.status = status
        self.respondents = respondents
        self.consensus = Dictionary(consensus.map { ($0.criterionID, $0) }, uniquingKeysWith: { _, last in last })
        self.facts = Dictionary(facts.map { ($0.criterionID, $0) }, uniquingKeysWith: { _, last in last })
    }
}

/// The level an organisation aims for on one criterion, by a horizon date.
public struct Target: Sendable, Hashable, Codable {
    public var id: Int64?
    public var organisationSlug: String
    public var referentielID: String
    public var criterionID: String
    public var level: Int
    /// `YYYY-MM-DD`, when set.
    public var horizon: String?

    public init(id: Int64? = nil, organisationSlug: String, referentielID: String, criterionID: String, level: Int, horizon: String? = nil) {
        self.id = id
        self.organisationSlug = organisationSlug
        self.referentielID = referentielID
        self.criterionID = criterionID
        self.level = level
        self.horizon = horizon
    }
}

/// Status of an action of the plan.
public enum ActionStatus: String, Sendable, Codable, CaseIterable {
    case todo
    case inProgress = "in_progress"
    case done
    case dropped

    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.todo, .fr): return "À faire"
        case (.todo, .en): return "To do"
        case (.inProgress, .fr): return "En cours"
        case (.inProgress, .en): return "In progress"
        case (.done, .fr): return "Fait"
        case (.done, .en): return "Done"
        case (.dropped, .fr): return "Abandonné"
        case (.dropped, .en): return "Dropped"
        }
    }

    /// Whether the action is still to be carried out (it carries over to the next assessment).
    public var isOpen: Bool { self == .todo || self == .inProgress }
}

/// One action of an organisation's plan (who, what, by when); actions carry over from one
/// assessment to the next until done or dropped.
public struct PlannedAction: Sendable, Hashable, Codable {
    public var id: Int64?
    public var organisationSlug: String
    public var referentielID: String?
    public var criterionID: String?
    public var title: String
    public var owner: String?
    /// `YYYY-MM-DD`, when set.
    public var dueDate: String?
    public var status: ActionStatus
    public var notes: String?

    public init(id: Int64? = nil, organisationSlug: String, referentielID: String? = nil, criterionID: String? = nil,
                title: String, owner: String? = nil, dueDate: String? = nil, status: ActionStatus = .todo, notes: String? = nil) {
        self.id = id
        self.organisationSlug = organisationSlug
        self.referentielID = referentielID
        self.criterionID = criterionID
        self.title = title
        self.owner = owner
        self.dueDate = dueDate
        self.status = status
        self.notes = notes
    }

    /// Open and past its due date on `today` (`YYYY-MM-DD`).
    public func isOverdue(on today: String) -> Bool {
        guard status.isOpen, let dueDate else { return false }
        return dueDate < today
    }
}
