/// What the grids need to know about an organisation to decide which criteria apply to it
/// (`applies_to`): legal form, staff, members and general assembly, board, volunteers.
///
/// Every field may be unknown (`nil`); an unknown field never excludes a criterion.
public struct OrganisationProfile: Sendable, Hashable, Codable {
    public var legalForm: LegalForm?
    /// Staff size band; `SizeBand.none` means no employee.
    public var sizeBand: SizeBand?
    /// Whether the organisation has members who meet in a general assembly.
    public var hasGeneralAssembly: Bool?
    /// Whether it has a board (conseil d'administration, de surveillance, collegial management).
    public var hasBoard: Bool?
    /// Whether volunteers (other than board members) take part in its activity.
    public var hasVolunteers: Bool?

    public init(legalForm: LegalForm? = nil, sizeBand: SizeBand? = nil, hasGeneralAssembly: Bool? = nil,
                hasBoard: Bool? = nil, hasVolunteers: Bool? = nil) {
        self.legalForm = legalForm
        self.sizeBand = sizeBand
        self.hasGeneralAssembly = hasGeneralAssembly
        self.hasBoard = hasBoard
        self.hasVolunteers = hasVolunteers
    }

    /// Nothing known: every criterion applies.
    public static let unknown = OrganisationProfile()

    /// Whether the organisation employs anyone, from its size band.
    public var hasEmployees: Bool? { sizeBand.map { $0 != SizeBand.none } }
}

extension Organisation {
    /// The organisation's profile: what it declared, and where it declared nothing, what its
    /// legal form settles by law. A foundation has no members, hence no general assembly;
    /// cooperatives (SCOP, SCIC, other cooperatives) and mutuals must hold one. Nothing else is
    /// guessed: an association may or may not have members, a board or volunteers.
    public var profile: OrganisationProfile {
        OrganisationProfile(legalForm: legalForm, sizeBand: sizeBand,
                            hasGeneralAssembly: hasGeneralAssembly ?? legalForm.holdsGeneralAssemblyByLaw,
                            hasBoard: hasBoard, hasVolunteers: hasVolunteers)
    }
}

extension LegalForm {
    /// Whether the law settles that this form holds a general assembly of members: `false` for a
    /// foundation (no members), `true` for cooperatives and mutuals, `nil` when it depends on the
    /// articles (association, commercial company).
    public var holdsGeneralAssemblyByLaw: Bool? {
        switch self {
        case .fondation: return false
        case .scop, .scic, .cooperative, .mutuelle: return true
        case .association, .entrepriseESS: return nil
        }
    }
}
