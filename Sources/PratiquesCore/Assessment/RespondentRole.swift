import Foundation

/// The position from which a person answers a self-assessment.
public enum RespondentRole: String, Sendable, Codable, CaseIterable, Hashable {
    case direction
    case salarie
    case administrateur
    case benevole
    case usager
    case partenaire

    /// The role's name for people.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.direction, .fr): return "Direction"
        case (.direction, .en): return "Management"
        case (.salarie, .fr): return "Salarié·e"
        case (.salarie, .en): return "Employee"
        case (.administrateur, .fr): return "Administrateur·rice"
        case (.administrateur, .en): return "Board member"
        case (.benevole, .fr): return "Bénévole"
        case (.benevole, .en): return "Volunteer"
        case (.usager, .fr): return "Usager·ère"
        case (.usager, .en): return "User"
        case (.partenaire, .fr): return "Partenaire"
        case (.partenaire, .en): return "Partner"
        }
    }

    /// Reads a role written by a person: the code, a French or English label, any case, with or
    /// without accents (`Salarié`, `salariee`, `board member`…).
    public init?(parsing text: String) {
        let key = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "·", with: "")
        if let role = RespondentRole(rawValue: key) { self = role; return }
        let aliases: [String: RespondentRole] = [
            "management": .direction, "directeur": .direction, "directrice": .direction, "dirigeant": .direction,
            "salariee": .salarie, "salarie.e": .salarie, "salariees": .salarie, "employee": .salarie, "staff": .salarie,
            "administratrice": .administrateur, "administrateurice": .administrateur, "administrateurrice": .administrateur,
            "board member": .administrateur, "board": .administrateur, "elu": .administrateur,
            "volunteer": .benevole, "user": .usager, "usagere": .usager, "usagerere": .usager, "beneficiaire": .usager,
            "partner": .partenaire,
        ]
        guard let role = aliases[key] else { return nil }
        self = role
    }
}
