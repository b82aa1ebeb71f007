import ArgumentParser
import PratiquesCore

/// `pratiques log [--org SLUG] [--since DATE] [--limit N] [--json]`
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Journal des modifications : chaque écriture (import, réponse, consensus, objectif, action, organisation, consentement, effacement, restauration).",
        discussion: "Heures en UTC. Un répondant est montré par son rôle et son nom tant qu'il n'a pas été effacé."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Seulement cette organisation.") var org: String?
    @Option(name: .long, help: "Depuis ce jour (AAAA-MM-JJ).") var since: String?
    @Option(name: .long, help: "Au plus les N dernières entrées.") var limit: Int?
    @Flag(name: .long, help: "Sortie JSON.") var json = false

    func validate() throws {
        if let since, !Day.isValid(since) { throw ValidationError("--since: AAAA-MM-JJ / YYYY-MM-DD (\(since))") }
        if let limit, limit < 1 { throw ValidationError("--limit: ≥ 1") }
    }

    func run() throws {
        let entries = try global.workspace(store).auditTrail(organisation: org, since: since.flatMap(Day.init), limit: limit)
        if json { return try Output.json(entries) }
        Output.line(AuditPrinter(language: global.language).render(entries))
    }
}
