import ArgumentParser
import Hummingbird
import PratiquesCore
import PratiquesWeb

/// `pratiques serve [--db PATH] [--host 127.0.0.1] [--port 8080]`
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Sert les pages web des répondants (liens personnels). / Serve the respondents' web pages (personal links).",
        discussion: """
        Les répondants remplissent leur part d'un brouillon depuis leur lien personnel /r/<jeton> \
        (voir `pratiques respondent link`). Chaque réponse est enregistrée aussitôt, comme avec `fill`. \
        Le serveur n'écoute que sur 127.0.0.1 sauf --host : pour un accès depuis Internet, placez-le \
        derrière un proxy inverse TLS (voir le README).
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Adresse d'écoute (défaut : 127.0.0.1).") var host = "127.0.0.1"
    @Option(name: .long, help: "Port d'écoute (défaut : 8080).") var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port: 1-65535 (reçu / got \(port))") }
    }

    func run() async throws {
        let workspace = global.workspace(store)
        _ = workspace.catalog
        let configuration = WebConfiguration(host: host, port: port)
        print("Pratiques : http://\(host):\(port)/r/<jeton> (Ctrl-C pour arrêter / to stop)")
        try await WebServer.application(workspace: workspace, configuration: configuration).runService()
    }
}
