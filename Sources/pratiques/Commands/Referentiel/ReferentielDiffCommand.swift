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
        let diff = try global.workspace().referentielDiff(id, from: SemanticVersion(from)!, to: SemanticVersion(to)!)
        if json { return try Output.json(diff) }
        Output.line(ReferentielDiffPrinter(language: global.language).render(diff))
    }
}
