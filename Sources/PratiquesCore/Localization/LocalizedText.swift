/// A human text from a data file: French always, English optional.
///
/// In YAML it is written either as a plain string (French) or as `{ fr: …, en: … }`.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The French text (always present).
    public var fr: String
    /// The English text, when the author wrote one.
    public var en: String?

    /// Creates a text from its French and optional English versions.
    public init(fr: String, en: String? = nil) {
        self.fr = fr
        self.en = en
    }

    /// The text in `language`, falling back to French when no English text exists.
    public func text(in language: Language) -> String {
        switch language {
        case .fr: return fr
        case .en: return en ?? fr
        }
    }
}

extension LocalizedText: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(fr: value)
    }
}
