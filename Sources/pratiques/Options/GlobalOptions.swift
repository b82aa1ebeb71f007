import ArgumentParser
import PratiquesApp
import PratiquesCore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Langue des messages : fr ou en (défaut : LANG, sinon fr). / Message language.")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Dossier des référentiels (défaut : $PRATIQUES_REFERENTIELS, sinon ./referentiels).", valueName: "dir"))
    var referentiels: String?

    var language: Language { Language.resolve(explicit: lang) }

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError("--lang: fr ou en / fr or en (reçu / got '\(lang)')")
        }
    }

    /// The workspace of the command: the database of `store` (opened on first use) and the grids;
    /// its notices (« base créée : … ») go to standard error.
    func workspace(_ store: StoreOptions? = nil) -> Workspace {
        let language = self.language
        return Workspace(databasePath: Workspace.databasePath(explicit: store?.db), referentielsDirectory: Workspace.referentielsDirectory(explicit: referentiels),
                         language: language, notices: { Output.error($0.text.text(in: language)) })
    }
}
