import ArgumentParser
import Foundation
import PratiquesCore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Langue des messages : fr ou en (défaut : LANG, sinon fr). / Message language.")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Dossier des référentiels (défaut : $PRATIQUES_REFERENTIELS, sinon ./referentiels).", valueName: "dir"))
    var referentiels: String?

    var language: Language { Language.resolve(explicit: lang) }

    /// The référentiels directory: `--referentiels`, else `$PRATIQUES_REFERENTIELS`, else `./referentiels`.
    var referentielsDirectory: String {
        referentiels ?? ProcessInfo.processInfo.environment["PRATIQUES_REFERENTIELS"] ?? "referentiels"
    }

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError("--lang: fr ou en / fr or en (reçu / got '\(lang)')")
        }
    }

    func catalog() -> ReferentielCatalog { ReferentielCatalog(directory: referentielsDirectory) }
}
