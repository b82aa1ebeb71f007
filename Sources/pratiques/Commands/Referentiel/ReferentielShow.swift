import ArgumentParser
import PratiquesCore

/// `pratiques referentiel show ID [--version V] [--json]`
struct ReferentielShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Affiche un référentiel en arbre (dimensions, critères, niveaux)."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Identifiant du référentiel (ex. gouvernance-democratique).") var id: String
    @Option(name: .long, help: "Version (défaut : la plus récente).") var version: String?
    @Flag(name: .long, help: "Sortie JSON. / JSON output.") var json = false
    @Flag(name: .long, help: "Sans les descripteurs de niveaux. / Without level descriptors.") var brief = false

    func validate() throws {
        if let version, SemanticVersion(version) == nil {
            throw ValidationError("--version: MAJEURE.MINEURE.CORRECTIF attendu / expected MAJOR.MINOR.PATCH")
        }
    }

    func run() throws {
        let loaded = try global.workspace().referentiel(id, version: version.flatMap(SemanticVersion.init))
        if json { return try Output.json(ReferentielDocument(path: loaded.path, sha256: loaded.sha256, referentiel: loaded.referentiel)) }
        Output.line(ReferentielTreeRenderer(language: global.language, showDescriptors: !brief).render(loaded))
    }
}
