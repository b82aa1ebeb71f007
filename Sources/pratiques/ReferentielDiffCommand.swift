import ArgumentParser
import PratiquesCore

/// `pratiques referentiel diff REF V1 V2 [--json]`
struct ReferentielDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Ce qui change entre deux versions d'un référentiel, critère par critère.",
        discussion: """
            Ajouts, suppressions, déplacements, libellés (question, aide, descripteurs), niveaux et échelles, poids, \
            type ; puis où vont les réponses de chaque critère (migrations composées à travers les versions \
            intermédiaires). Voir docs/versions.md.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Identifiant du référentiel.") var id: String
    @Argument(help: "Version de départ (ex. 1.0.0).") var from: String
    @Argument(help: "Version d'arrivée (ex. 2.0.0).") var to: String
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func validate() throws {
        for version in [from, to] where SemanticVersion(version) == nil {
            throw ValidationError("« \(version) » : MAJEURE.MINEURE.CORRECTIF attendu / expected MAJOR.MINOR.PATCH")
        }
    }

    func run() throws {
        let catalog = global.catalog()
        let versions = catalog.versions(of: id)
        func find(_ text: String) throws -> Referentiel {
            guard let found = versions.first(where: { $0.referentiel.version == SemanticVersion(text) }) else {
                let known = versions.map { $0.referentiel.version.description }.joined(separator: ", ")
                throw CLIFailure(fr: "\(id) version \(text) introuvable dans \(global.referentielsDirectory) (versions connues : \(known.isEmpty ? "aucune" : known))",
                                 en: "\(id) version \(text) not found in \(global.referentielsDirectory) (known versions: \(known.isEmpty ? "none" : known))")
            }
            return found.referentiel
        }
        var older = try find(from), newer = try find(to)
        if newer.version < older.version { swap(&older, &newer) }
        let chain = try VersionChain(versions: versions.map(\.referentiel))
        let diff = ReferentielDiff(from: older, to: newer, chain: chain)
        if json { return try Output.json(diff) }
        Output.line(ReferentielDiffPrinter(language: global.language).render(diff))
    }
}
