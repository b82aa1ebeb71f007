import ArgumentParser
import PratiquesApp
import PratiquesCore

/// The profile options of `org add` and `org profile`: what decides which criteria apply.
/// Each takes `oui`, `non` or `inconnu` (yes, no, unknown).
struct ProfileOptions: ParsableArguments {
    @Option(name: .customLong("general-assembly"), help: "Assemblée générale de membres : oui, non, inconnu. (Fondation : non ; coopérative, mutuelle : oui, par la loi.)")
    var generalAssembly: String?
    @Option(help: "Conseil d'administration (ou de surveillance, gérance collégiale) : oui, non, inconnu.") var board: String?
    @Option(help: "Bénévoles (hors administrateurs) : oui, non, inconnu.") var volunteers: String?

    func validate() throws {
        for (name, value) in [("--general-assembly", generalAssembly), ("--board", board), ("--volunteers", volunteers)] {
            if let value, Self.parse(value) == nil { throw ValidationError("\(name): oui, non, inconnu / yes, no, unknown") }
        }
    }

    /// The change these options ask for (with `sizeBand` when given).
    func change(sizeBand: SizeBand?? = nil) -> ProfileChange {
        ProfileChange(sizeBand: sizeBand, hasGeneralAssembly: generalAssembly.flatMap(Self.parse), hasBoard: board.flatMap(Self.parse),
                      hasVolunteers: volunteers.flatMap(Self.parse))
    }

    /// `oui` → `true`, `non` → `false`, `inconnu` → `nil` (unknown); anything else: not a value.
    static func parse(_ text: String) -> Bool?? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "oui", "o", "yes", "y", "true": return .some(true)
        case "non", "n", "no", "false": return .some(false)
        case "inconnu", "unknown", "?", "": return .some(nil)
        default: return nil
        }
    }
}
