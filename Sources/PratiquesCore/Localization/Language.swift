import Foundation

/// A language for user-facing text. French is the default; English is available.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en

    /// Resolves the language from an explicit choice, else from the `LANG` environment variable.
    ///
    /// `--lang en` wins; otherwise an English `LANG` (`en_GB.UTF-8`, `en`…) gives English and
    /// anything else gives French.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let explicit, let language = Language(code: explicit) {
            return language
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .fr
            }
        }
        return .fr
    }

    /// Parses a language code such as `fr`, `en`, `en_GB` or `fr-FR`.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("en") { self = .en } else if lowered.hasPrefix("fr") { self = .fr } else { return nil }
    }
}

/// A message written in both languages, chosen at display time.
public struct Bilingual: Sendable, Hashable {
    /// The French text.
    public var fr: String
    /// The English text.
    public var en: String

    /// Creates a message from its French and English texts.
    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language == .fr ? fr : en
    }
}

/// An error whose message can be shown to the person at the terminal in French or English.
public protocol LocalizedFailure: Error {
    /// The one-line (or few-line) message in `language`.
    func message(in language: Language) -> String
}
