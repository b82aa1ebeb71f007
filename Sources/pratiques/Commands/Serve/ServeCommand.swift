import ArgumentParser
import Foundation
import Hummingbird
import PratiquesApp
import PratiquesCore
import PratiquesWeb

/// `pratiques serve [--db PATH] [--host 127.0.0.1] [--port 8080] [--secure-cookies]`, and
/// `pratiques serve --set-password LOGIN` (the password read from the terminal or standard input).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Sert les pages web : répondants (liens personnels) et coordination. / Serve the web pages.",
        discussion: """
        Les répondants remplissent leur part d'un brouillon depuis leur lien personnel /r/<jeton> \
        (voir `pratiques respondent link`). Chaque réponse est enregistrée aussitôt, comme avec `fill`. \
        La coordination se connecte à / avec un compte créé par `pratiques serve --set-password IDENTIFIANT` \
        (mot de passe lu au terminal ou sur l'entrée standard, 12 caractères au moins). Le serveur n'écoute que sur 127.0.0.1 sauf --host : pour un accès depuis Internet, placez-le \
        derrière un proxy inverse TLS (voir le README).
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Adresse d'écoute (défaut : 127.0.0.1).") var host = "127.0.0.1"
    @Option(name: .long, help: "Port d'écoute (défaut : 8080).") var port = 8080
    @Flag(name: .long, help: "Cookies « Secure » (derrière un proxy TLS).") var secureCookies = false
    @Option(name: .long, help: "Crée le compte de coordination IDENTIFIANT ou change son mot de passe, puis s'arrête.")
    var setPassword: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port: 1-65535 (reçu / got \(port))") }
    }

    func run() async throws {
        let workspace = global.workspace(store)
        if let login = setPassword {
            let prompt = global.language == .fr ? "Mot de passe de \(login) : " : "Password for \(login): "
            let password = isatty(0) == 1 ? getpass(prompt).map { String(cString: $0) } : readLine(strippingNewline: true)
            try workspace.setCoordinatorPassword(login: login, password: password ?? "")
            Output.line(global.language == .fr ? "Compte « \(login) » enregistré." : "Account '\(login)' saved.")
            return
        }
        _ = workspace.catalog
        let configuration = WebConfiguration(host: host, port: port, secureCookies: secureCookies)
        Output.line("Pratiques : http://\(host):\(port)/ (Ctrl-C pour arrêter / to stop)")
        try await WebServer.application(workspace: workspace, configuration: configuration).runService()
    }
}
