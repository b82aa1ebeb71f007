/// Whether a criterion concerns one organisation, given what is known of its profile.
public enum Applicability: String, Sendable, Hashable, Codable {
    /// The profile meets every condition.
    case applies
    /// The profile fails a condition: the criterion is not asked, not scored and not counted in
    /// the coverage (« ne s'applique pas à votre structure »).
    case doesNotApply = "does_not_apply"
    /// Part of the profile the conditions need is unknown: the criterion is treated as applying.
    case unknown

    /// Whether the criterion counts for this organisation (`applies` or `unknown`).
    public var counts: Bool { self != .doesNotApply }

    /// Both conditions: `doesNotApply` if either fails, else `unknown` if either is unknown.
    public func and(_ other: Applicability) -> Applicability {
        if self == .doesNotApply || other == .doesNotApply { return .doesNotApply }
        if self == .unknown || other == .unknown { return .unknown }
        return .applies
    }
}

/// The conditions on an organisation's profile under which a criterion or a dimension applies
/// (`applies_to` in the grid). Every condition given must hold; a list (`legal_form`,
/// `size_band`) holds when the organisation's value is one of its items. An organisation whose
/// profile leaves a condition unknown is treated as meeting it.
///
/// ```yaml
/// applies_to: { has_employees: true }
/// applies_to: { legal_form: [scop, scic, cooperative, entreprise-ess] }
/// applies_to: { size_band: [50-249, 250+] }
/// ```
public struct AppliesTo: Sendable, Hashable, Codable {
    public var legalForms: [LegalForm]?
    public var sizeBands: [SizeBand]?
    public var hasEmployees: Bool?
    public var hasGeneralAssembly: Bool?
    public var hasBoard: Bool?
    public var hasVolunteers: Bool?

    public init(legalForms: [LegalForm]? = nil, sizeBands: [SizeBand]? = nil, hasEmployees: Bool? = nil,
                hasGeneralAssembly: Bool? = nil, hasBoard: Bool? = nil, hasVolunteers: Bool? = nil) {
        self.legalForms = legalForms
        self.sizeBands = sizeBands
        self.hasEmployees = hasEmployees
        self.hasGeneralAssembly = hasGeneralAssembly
        self.hasBoard = hasBoard
        self.hasVolunteers = hasVolunteers
    }

    /// The YAML keys, in the order conditions are written and described.
    static let keys = ["legal_form", "size_band", "has_employees", "has_general_assembly", "has_board", "has_volunteers"]

    enum CodingKeys: String, CodingKey {
        case legalForms = "legal_form"
        case sizeBands = "size_band"
        case hasEmployees = "has_employees"
        case hasGeneralAssembly = "has_general_assembly"
        case hasBoard = "has_board"
        case hasVolunteers = "has_volunteers"
    }

    /// Whether a profile meets these conditions.
    public func evaluate(_ profile: OrganisationProfile) -> Applicability {
        var result = Applicability.applies
        func check(_ wanted: Bool?, _ actual: Bool?) {
            guard let wanted else { return }
            result = result.and(actual.map { $0 == wanted ? .applies : .doesNotApply } ?? .unknown)
        }
        if let legalForms {
            result = result.and(profile.legalForm.map { legalForms.contains($0) ? .applies : .doesNotApply } ?? .unknown)
        }
        if let sizeBands {
            result = result.and(profile.sizeBand.map { sizeBands.contains($0) ? .applies : .doesNotApply } ?? .unknown)
        }
        check(hasEmployees, profile.hasEmployees)
        check(hasGeneralAssembly, profile.hasGeneralAssembly)
        check(hasBoard, profile.hasBoard)
        check(hasVolunteers, profile.hasVolunteers)
        return result
    }

    /// Both sets of conditions (a dimension's and one of its criteria's).
    public func and(_ other: AppliesTo) -> AppliesTo {
        func both<T: Equatable>(_ a: [T]?, _ b: [T]?) -> [T]? {
            guard let a else { return b }
            guard let b else { return a }
            return a.filter(b.contains)
        }
        func both(_ a: Bool?, _ b: Bool?) -> Bool? { a ?? b }
        return AppliesTo(legalForms: both(legalForms, other.legalForms), sizeBands: both(sizeBands, other.sizeBands),
                         hasEmployees: both(hasEmployees, other.hasEmployees),
                         hasGeneralAssembly: both(hasGeneralAssembly, other.hasGeneralAssembly),
                         hasBoard: both(hasBoard, other.hasBoard), hasVolunteers: both(hasVolunteers, other.hasVolunteers))
    }

    /// Whether some fully known profile meets the conditions (a condition no organisation can
    /// meet is a mistake in the grid). Two boolean conditions that contradict each other
    /// through ``and(_:)`` are checked by the caller.
    public var isSatisfiable: Bool {
        for legalForm in LegalForm.allCases {
            for sizeBand in SizeBand.allCases {
                for flags in 0..<8 {
                    let profile = OrganisationProfile(legalForm: legalForm, sizeBand: sizeBand, hasGeneralAssembly: flags & 1 != 0,
                                                      hasBoard: flags & 2 != 0, hasVolunteers: flags & 4 != 0)
                    if evaluate(profile) == .applies { return true }
                }
            }
        }
        return false
    }

    /// The conditions in words: « structures employeuses ; SCOP, SCIC ».
    public func describe(in language: Language) -> String {
        let fr = language == .fr
        var parts: [String] = []
        if let legalForms { parts.append(legalForms.map { $0.label(in: language) }.joined(separator: ", ")) }
        if let sizeBands {
            parts.append((fr ? "effectif " : "staff ") + sizeBands.map(\.rawValue).joined(separator: ", "))
        }
        func flag(_ value: Bool?, _ yesFR: String, _ noFR: String, _ yesEN: String, _ noEN: String) {
            guard let value else { return }
            parts.append(fr ? (value ? yesFR : noFR) : (value ? yesEN : noEN))
        }
        flag(hasEmployees, "avec personnes salariées", "sans personne salariée", "with employees", "without employees")
        flag(hasGeneralAssembly, "avec assemblée générale", "sans assemblée générale", "with a general assembly", "without a general assembly")
        flag(hasBoard, "avec conseil d'administration", "sans conseil d'administration", "with a board", "without a board")
        flag(hasVolunteers, "avec bénévoles", "sans bénévoles", "with volunteers", "without volunteers")
        return parts.joined(separator: " ; ")
    }

    /// The conditions as the grid writes them, for diffs and logs: `legal_form=scop,scic; has_employees=true`.
    public var compactDescription: String {
        var parts: [String] = []
        if let legalForms { parts.append("legal_form=" + legalForms.map(\.rawValue).joined(separator: ",")) }
        if let sizeBands { parts.append("size_band=" + sizeBands.map(\.rawValue).joined(separator: ",")) }
        for (key, value) in [("has_employees", hasEmployees), ("has_general_assembly", hasGeneralAssembly),
                             ("has_board", hasBoard), ("has_volunteers", hasVolunteers)] {
            if let value { parts.append("\(key)=\(value)") }
        }
        return parts.joined(separator: "; ")
    }
}
