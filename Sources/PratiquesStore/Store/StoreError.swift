import PratiquesCore

/// A failure of the store, with a message for the person at the terminal.
public struct StoreError: LocalizedFailure, Sendable {
    public var text: Bilingual

    public init(fr: String, en: String) {
        text = Bilingual(fr: fr, en: en)
    }

    public func message(in language: Language) -> String { text.text(in: language) }

    /// Wraps an SQLite or I/O error.
    static func database(_ error: any Error, path: String) -> StoreError {
        StoreError(fr: "base de données \(path) : \(error)", en: "database \(path): \(error)")
    }
}
