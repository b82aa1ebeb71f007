import ArgumentParser
import PratiquesApp
import PratiquesCore

/// `pratiques org profile SLUG [--size …] [--general-assembly …] [--board …] [--volunteers …]`
struct OrgProfile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Modifie le profil d'une organisation (ce qui décide des critères qui la concernent). / Change an organisation's profile.",
        discussion: """
        Seuls les champs donnés changent ; « inconnu » efface un champ (un champ inconnu n'exclut aucun \
        critère). Sans option, affiche le profil.
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Identifiant de l'organisation.") var slug: String
    @Option(help: "Tranche d'effectif : \(SizeBand.allCases.map(\.rawValue).joined(separator: ", ")), inconnu (0 : aucun salarié).") var size: String?
    @OptionGroup var profile: ProfileOptions

    func validate() throws {
        if let size, Self.sizeBand(size) == nil {
            throw ValidationError("--size: \(SizeBand.allCases.map(\.rawValue).joined(separator: ", ")), inconnu")
        }
    }

    func run() throws {
        let workspace = try global.workspace(store)
        let change = profile.change(sizeBand: size.flatMap(Self.sizeBand))
        let organisation = change.isEmpty ? try workspace.organisation(slug) : try workspace.updateProfile(organisation: slug, change)
        ProfilePrinter(language: global.language).lines(organisation).forEach(Output.line)
    }

    /// A size band, or `.some(nil)` for « inconnu ».
    static func sizeBand(_ text: String) -> SizeBand?? {
        if ProfileOptions.parse(text) == .some(nil) { return .some(nil) }
        return SizeBand(rawValue: text).map { .some($0) }
    }
}
