import Foundation

/// The messages of one area, French and English side by side, keyed by id.
///
/// Each case is a message id; ``templates`` gives its French then English text. `{name}` in a
/// template is replaced by the argument of that name, in the language asked for:
///
/// ```swift
/// enum CohortMessage: String, MessageCatalogue {
///     case unknown = "cohort.unknown"
///
///     static let templates: [CohortMessage: (fr: String, en: String)] = [
///         .unknown: ("cohorte « {cohort} » inconnue", "unknown cohort '{cohort}'"),
///     ]
/// }
///
/// CohortMessage.unknown(["cohort": name]).text(in: .en)   // unknown cohort 'c1'
/// ```
///
/// ``problems()`` lists the ids without both texts and the templates whose French and English
/// do not use the same placeholders; every target keeps a test that it finds nothing.
public protocol MessageCatalogue: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// French and English templates by id.
    static var templates: [Self: (fr: String, en: String)] { get }
}

/// A value put into a message: its text in the language of the message.
public protocol MessageArgument: Sendable {
    func text(in language: Language) -> String
}

extension MessageCatalogue {
    /// The message with its placeholders filled, in both languages.
    public func callAsFunction(_ arguments: KeyValuePairs<String, any MessageArgument> = [:]) -> Bilingual {
        Bilingual(fr: text(in: .fr, arguments), en: text(in: .en, arguments))
    }

    /// The message in `language` with its placeholders filled. An id without a template gives
    /// the id itself (``problems()`` reports it).
    public func text(in language: Language, _ arguments: KeyValuePairs<String, any MessageArgument> = [:]) -> String {
        guard let template = Self.templates[self] else { return rawValue }
        return MessageTemplate.fill(language == .fr ? template.fr : template.en, language: language, arguments)
    }

    /// Every id of the catalogue.
    public static var ids: [String] { allCases.map(\.rawValue) }

    /// Ids without a template or with an empty text in one language, and templates whose two
    /// languages do not name the same placeholders.
    public static func problems() -> [String] {
        var problems: [String] = []
        for id in allCases {
            guard let template = templates[id] else {
                problems.append("\(id.rawValue): no template")
                continue
            }
            if template.fr.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(id.rawValue): no French text") }
            if template.en.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(id.rawValue): no English text") }
            let french = MessageTemplate.placeholders(template.fr), english = MessageTemplate.placeholders(template.en)
            if french != english {
                problems.append("\(id.rawValue): placeholders differ (fr \(french.sorted()), en \(english.sorted()))")
            }
        }
        return problems
    }
}

/// Filling `{name}` placeholders.
enum MessageTemplate {
    static func fill(_ template: String, language: Language, _ arguments: KeyValuePairs<String, any MessageArgument>) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if let argument = arguments.first(where: { $0.key == name })?.value {
                result += argument.text(in: language)
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

extension String: MessageArgument {
    public func text(in language: Language) -> String { self }
}

extension Substring: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

extension Int: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

extension Int64: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

extension Bilingual: MessageArgument {}

extension LocalizedText: MessageArgument {}

extension SemanticVersion: MessageArgument {
    public func text(in language: Language) -> String { description }
}

extension ReferentielReference: MessageArgument {
    public func text(in language: Language) -> String { description }
}

extension Day: MessageArgument {
    public func text(in language: Language) -> String { description }
}
