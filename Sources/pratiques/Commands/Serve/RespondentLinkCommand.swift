import ArgumentParser
import PratiquesApp
import PratiquesCore

/// `pratiques respondent link ASSESSMENT [--respondent ID] [--base-url URL]`
struct RespondentLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Donne un lien personnel (pour `pratiques serve`) à chaque répondant d'un brouillon. / Issue personal web links.",
        discussion: """
        Chaque lien ouvre la part d'un seul répondant d'un seul brouillon. Le jeton n'est affiché qu'ici : la base \
        n'en garde que l'empreinte. Les liens donnés avant restent valables (voir `respondent revoke`).
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Numéro du brouillon.") var assessment: Int64
    @Option(name: .long, help: "Seulement ce répondant (numéro).") var respondent: Int64?
    @Option(name: .long, help: "Début des liens (défaut : http://127.0.0.1:8080).") var baseURL = "http://127.0.0.1:8080"

    func run() throws {
        let workspace = global.workspace(store)
        let links = try respondent.map { [try workspace.issueLink(assessment: assessment, respondent: $0)] } ?? workspace.issueLinks(assessment: assessment)
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        for link in links {
            var who = "\(link.respondent.id ?? 0) \(link.respondent.role.label(in: global.language))"
            if let name = link.respondent.name { who += " (\(name))" }
            Output.line("\(who) : \(base)/r/\(link.token)")
        }
    }
}

/// `pratiques respondent revoke ASSESSMENT RESPONDENT`
struct RespondentRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Révoque les liens personnels d'un répondant. / Revoke a respondent's personal links."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "Numéro du brouillon.") var assessment: Int64
    @Argument(help: "Numéro du répondant.") var respondent: Int64

    func run() throws {
        let count = try global.workspace(store).revokeLinks(assessment: assessment, respondent: respondent)
        Output.line(global.language == .fr ? "\(count) lien(s) révoqué(s)." : "\(count) link(s) revoked.")
    }
}
