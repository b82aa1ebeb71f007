/// An organisation of the ESS that assesses its practices.
public struct Organisation: Sendable, Hashable, Codable {
    /// Store id.
    public var id: Int64?
    /// Stable short name used on the command line and in files (`ruche-amienoise`).
    public var slug: String
    public var name: String
    public var legalForm: LegalForm
    /// 14-digit SIRET, when given.
    public var siret: String?
    /// Département code (`80`, `2A`…).
    public var departement: String?
    /// EPCI (intercommunality) name.
    public var epci: String?
    public var sector: String?
    public var sizeBand: SizeBand?
    /// Whether the organisation has members who meet in a general assembly (`nil`: not said;
    /// see ``profile`` for what the legal form settles).
    public var hasGeneralAssembly: Bool?
    /// Whether it has a board (conseil d'administration or equivalent); `nil`: not said.
    public var hasBoard: Bool?
    /// Whether volunteers take part in its activity; `nil`: not said.
    public var hasVolunteers: Bool?
    /// Whether the organisation agreed to be named in reports for funders.
    public var consentsToBeNamed: Bool

    public init(id: Int64? = nil, slug: String, name: String, legalForm: LegalForm, siret: String? = nil,
                departement: String? = nil, epci: String? = nil, sector: String? = nil, sizeBand: SizeBand? = nil,
                hasGeneralAssembly: Bool? = nil, hasBoard: Bool? = nil, hasVolunteers: Bool? = nil,
                consentsToBeNamed: Bool = false) {
        self.id = id
        self.slug = slug
        self.name = name
        self.legalForm = legalForm
        self.siret = siret
        self.departement = departement
        self.epci = epci
        self.sector = sector
        self.sizeBand = sizeBand
        self.hasGeneralAssembly = hasGeneralAssembly
        self.hasBoard = hasBoard
        self.hasVolunteers = hasVolunteers
        self.consentsToBeNamed = consentsToBeNamed
    }

    /// Whether `text` is a valid SIRET: 14 digits with a correct Luhn key.
    public static func isValidSIRET(_ text: String) -> Bool {
        let digits = text.filter { !$0.isWhitespace }
        guard digits.count == 14, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            var digit = character.wholeNumberValue ?? 0
            if index % 2 == 1 { digit *= 2; if digit > 9 { digit -= 9 } }
            sum += digit
        }
        return sum % 10 == 0
    }
}

/// Legal forms of the ESS.
public enum LegalForm: String, Sendable, Codable, CaseIterable {
    case association
    case scop
    case scic
    case cooperative
    case mutuelle
    case fondation
    /// A commercial company of the ESS (SAS, SARL… with the ESS status).
    case entrepriseESS = "entreprise-ess"

    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.association, _): return "Association"
        case (.scop, _): return "SCOP"
        case (.scic, _): return "SCIC"
        case (.cooperative, .fr): return "Coopérative"
        case (.cooperative, .en): return "Cooperative"
        case (.mutuelle, .fr): return "Mutuelle"
        case (.mutuelle, .en): return "Mutual"
        case (.fondation, .fr): return "Fondation"
        case (.fondation, .en): return "Foundation"
        case (.entrepriseESS, .fr): return "Entreprise commerciale de l'ESS"
        case (.entrepriseESS, .en): return "ESS commercial company"
        }
    }
}

/// Size bands by staff (full-time equivalents).
public enum SizeBand: String, Sendable, Codable, CaseIterable {
    /// No employee (volunteers only).
    case none = "0"
    case micro = "1-9"
    case small = "10-49"
    case medium = "50-249"
    case large = "250+"
}
