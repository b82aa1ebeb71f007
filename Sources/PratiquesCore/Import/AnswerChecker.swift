import Foundation

/// Checks an answer against its criterion and reads answers typed by people (CSV cells,
/// spreadsheet cells, the terminal).
public struct AnswerChecker: Sendable {
    public let referentiel: Referentiel

    public init(referentiel: Referentiel) {
        self.referentiel = referentiel
    }

    /// Why `value` cannot answer `criterion`, or `nil` when it can.
    public func problem(with value: AnswerValue, for criterion: Criterion) -> (ValidationRule, Bilingual)? {
        switch (value, criterion.kind) {
        case (.notApplicable, _):
            if !criterion.allowsNotApplicable {
                return (.notApplicableForbidden, Bilingual(
                    fr: "« non applicable » n'est pas permis pour le critère \(criterion.id)",
                    en: "'not applicable' is not allowed for criterion \(criterion.id)"))
            }
            return nil
        case (.level(let level), .level):
            let scale = criterion.scaleID.flatMap(referentiel.scale(id:))
            if let scale, scale.level(value: level) == nil {
                let values = scale.levels.map { String($0.value) }.joined(separator: ", ")
                return (.levelOutsideScale, Bilingual(
                    fr: "niveau \(level) hors de l'échelle « \(scale.id) » (\(values))",
                    en: "level \(level) is outside scale '\(scale.id)' (\(values))"))
            }
            return nil
        case (.number(let number), .number):
            if let bounds = criterion.bounds, !bounds.contains(number) {
                let low = bounds.min.map(NumberFormatting.plain) ?? "-∞", high = bounds.max.map(NumberFormatting.plain) ?? "+∞"
                return (.numberOutOfBounds, Bilingual(
                    fr: "\(NumberFormatting.plain(number)) hors des bornes [\(low) ; \(high)] du critère \(criterion.id)",
                    en: "\(NumberFormatting.plain(number)) is outside the bounds [\(low), \(high)] of criterion \(criterion.id)"))
            }
            return nil
        case (.yesNo, .yesNo), (.text, .text):
            return nil
        default:
            return (.answerKindMismatch, Bilingual(
                fr: "réponse de type \(Self.kindName(value)) pour un critère de type \(criterion.kind.rawValue) (\(criterion.id))",
                en: "\(Self.kindName(value)) answer for a criterion of kind \(criterion.kind.rawValue) (\(criterion.id))"))
        }
    }

    static func kindName(_ value: AnswerValue) -> String {
        switch value {
        case .level: return "level"
        case .yesNo: return "yes_no"
        case .number: return "number"
        case .text: return "text"
        case .notApplicable: return "not_applicable"
        }
    }

    /// Words accepted for « non applicable ».
    public static let notApplicableWords: Set<String> = ["na", "n/a", "n.a.", "nc", "non applicable", "non-applicable", "not applicable", "sans objet"]

    /// Reads a cell typed by a person: a level value or label, « NA », oui/non, a number with a
    /// decimal comma or point, or free text. `nil` result with no problem: empty cell.
    public func read(_ raw: String, for criterion: Criterion) -> Result<AnswerValue?, InputError.Problem> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .success(nil) }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if Self.notApplicableWords.contains(folded) { return .success(.notApplicable) }
        switch criterion.kind {
        case .text:
            return .success(.text(raw))
        case .yesNo:
            if ["oui", "yes", "o", "y", "1", "vrai", "true"].contains(folded) { return .success(.yesNo(true)) }
            if ["non", "no", "n", "0", "faux", "false"].contains(folded) { return .success(.yesNo(false)) }
            return .failure(.init(.invalidValue, fr: "« \(text) » : oui ou non attendu", en: "'\(text)': yes or no expected"))
        case .number:
            guard let number = Self.parseNumber(text) else {
                return .failure(.init(.invalidValue, fr: "« \(text) » n'est pas un nombre", en: "'\(text)' is not a number"))
            }
            return .success(.number(number))
        case .level:
            if let level = Int(text) { return .success(.level(level)) }
            if let number = Self.parseNumber(text), number == number.rounded() { return .success(.level(Int(number))) }
            let scale = criterion.scaleID.flatMap(referentiel.scale(id:))
            let match = scale?.levels.first { level in
                [level.label.fr, level.label.en].compactMap { $0 }.contains {
                    $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) == folded
                }
            }
            if let match { return .success(.level(match.value)) }
            let labels = scale?.levels.map { "\($0.value) \($0.label.fr)" }.joined(separator: ", ") ?? ""
            return .failure(.init(.invalidValue, fr: "« \(text) » n'est pas un niveau (\(labels))",
                                  en: "'\(text)' is not a level (\(labels))"))
        }
    }

    /// Parses `12,5`, `12.5`, `1 234,5` (spaces, non-breaking spaces) or `45 %`.
    public static func parseNumber(_ text: String) -> Double? {
        var cleaned = text.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "\u{202F}", with: "")
            .replacingOccurrences(of: " ", with: "")
        if cleaned.hasSuffix("%") { cleaned.removeLast() }
        cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }
}

extension InputError {
    /// A problem not yet located.
    public struct Problem: Error, Sendable {
        public var rule: ValidationRule
        public var detail: Bilingual

        public init(_ rule: ValidationRule, fr: String, en: String) {
            self.rule = rule
            self.detail = Bilingual(fr: fr, en: en)
        }
    }
}
