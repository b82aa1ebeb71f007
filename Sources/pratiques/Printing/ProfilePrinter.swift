import PratiquesApp
import PratiquesCore

/// Prints an organisation's profile: each field as declared, and what the legal form settles.
struct ProfilePrinter {
    var language: Language

    func lines(_ organisation: Organisation) -> [String] {
        let l = language
        let profile = organisation.profile
        func flag(_ declared: Bool?, _ effective: Bool?) -> String {
            guard let effective else { return ProfileText.unknown[l] }
            let word = (effective ? CommonText.yes : CommonText.no)[l]
            return declared == nil ? word + ProfileText.byLaw[l] : word
        }
        let employees = profile.hasEmployees.map { ($0 ? CommonText.yes : CommonText.no)[l] } ?? ProfileText.unknown[l]
        return [
            ProfileText.heading.text(in: l, ["name": organisation.name]),
            "  " + ProfileText.employees[l] + employees + (organisation.sizeBand.map { " (\($0.rawValue))" } ?? ""),
            "  " + ProfileText.generalAssembly[l] + flag(organisation.hasGeneralAssembly, profile.hasGeneralAssembly),
            "  " + ProfileText.board[l] + flag(organisation.hasBoard, profile.hasBoard),
            "  " + ProfileText.volunteers[l] + flag(organisation.hasVolunteers, profile.hasVolunteers),
        ]
    }
}

/// The words of the profile printout.
enum ProfileText: String, MessageCatalogue {
    case heading = "profile.heading"
    case employees = "profile.employees"
    case generalAssembly = "profile.general-assembly"
    case board = "profile.board"
    case volunteers = "profile.volunteers"
    case unknown = "profile.unknown"
    case byLaw = "profile.by-law"

    static let templates: [ProfileText: (fr: String, en: String)] = [
        .heading: ("Profil de {name} (décide des critères qui la concernent) :", "Profile of {name} (decides which criteria apply):"),
        .employees: ("Salariés : ", "Employees: "),
        .generalAssembly: ("Assemblée générale : ", "General assembly: "),
        .board: ("Conseil d'administration : ", "Board: "),
        .volunteers: ("Bénévoles : ", "Volunteers: "),
        .unknown: ("inconnu", "unknown"),
        .byLaw: (" (par la forme juridique)", " (by the legal form)"),
    ]
}
