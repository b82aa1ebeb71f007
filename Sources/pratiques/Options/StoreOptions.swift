import ArgumentParser

/// The database option shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Fichier SQLite (défaut : $PRATIQUES_DB, sinon ./pratiques.sqlite).", valueName: "path"))
    var db: String?
}
