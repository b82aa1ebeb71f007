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
            guard number.isFinite, abs(number) <= CheckedNumber.largestMagnitude else {
                return (.invalidValue, Bilingual(
                    fr: "\(NumberFormatting.plain(number)) : nombre hors des limites permises (±10^15) pour le critère \(criterion.id)",
                    en: "\(NumberFormatting.plain(number)): number outside the allowed range (±10^15) for criterion \(criterion.id)"))
            }
            if let bounds = criterion.bounds, !bounds.contains(number) {
                let low = bounds.min.map(NumberFormatting.plain) ?? "-∞", high = bounds.max.map(NumberFormatting.plain) ?? "+∞"
                return (.numberOutOfBounds, Bilingual(
                    fr: "\(NumberFormatting.plain(number)) hors des bornes [\(low) ; \(high)] du critère \(criterion.id)",
                    en: "\(NumberFormatting.plain(number)) is outside the bounds [\(low), \(high)] of criterion \(criterion.id)"))
            }
            return nil
        case (.text(let text), .text):
            if case .failure(let problem) = TextRules.check(text, as: .textAnswer) { return (problem.rule, problem.detail) }
            return nil
        case (.yesNo, .yesNo):
            return nil
        default:
            return (.answerKindMismatch, Bilingual(
                fr: "réponse de type \(Self.kindName(value)) pour un critère de type \(criterion.kind.rawValue) (\(criterion.id))",
                en: "\(Self.kindName(value)) answer for a criterion of kind \(criterion.kind.rawValue) (\(criterion.id))"))
        }
    }

    /// Why `level` cannot be the target of `criterion`, or `nil` when it can: a target is a
    /// level of the criterion's scale (a level criterion's, or a number criterion's through its
    /// bands). The one rule for imports and `target set`.
    public func problem(withTarget level: Int, for criterion: Criterion) -> (ValidationRule, Bilingual)? {
        guard criterion.kind == .level || criterion.kind == .number, let scale = criterion.scaleID.flatMap(referentiel.scale(id:)),
              scale.level(value: level) == nil else { return nil }
        let values = scale.levels.map { String($0.value) }.joined(separator: ", ")
        return (.levelOutsideScale, Bilingual(
            fr: "objectif \(level) hors de l'échelle « \(scale.id) » (\(values)) du critère \(criterion.id)",
            en: "target \(level) is outside scale '\(scale.id)' (\(values)) of criterion \(criterion.id)"))
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
        let quoted = MessageQuote.both(text)
        switch criterion.kind {
        case .text:
            return TextRules.check(raw, as: .textAnswer).map { Optional(AnswerValue.text($0)) }
        case .yesNo:
            if ["oui", "yes", "o", "y", "1", "vrai", "true"].contains(folded) { return .success(.yesNo(true)) }
            if ["non", "no", "n", "0", "faux", "false"].contains(folded) { return .success(.yesNo(false)) }
            return .failure(.init(.invalidValue, fr: "\(quoted.fr) : oui ou non attendu", en: "\(quoted.en): yes or no expected"))
        case .number:
            switch CheckedNumber.typed(text) {
            case .success(let number): return .success(.number(number))
            case .failure(let failure):
                let detail = failure.explanation(quoted, expected: Bilingual(fr: "un nombre", en: "a number"))
                return .failure(.init(.invalidValue, fr: detail.fr, en: detail.en))
            }
        case .level:
            let scale = criterion.scaleID.flatMap(referentiel.scale(id:))
            let labels = scale?.levels.map { "\($0.value) \($0.label.fr)" }.joined(separator: ", ") ?? ""
            let expected = Bilingual(fr: "un niveau (\(labels))", en: "a level (\(labels))")
            switch CheckedNumber.typed(text).flatMap(CheckedNumber.integer(exactly:)) {
            case .success(let level): return .success(.level(level))
            case .failure(.notANumber): break
            case .failure(let failure):
                let detail = failure.explanation(quoted, expected: expected)
                return .failure(.init(.invalidValue, fr: detail.fr, en: detail.en))
            }
            let match = scale?.levels.first { level in
                [level.label.fr, level.label.en].compactMap { $0 }.contains {
                    $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) == folded
                }
            }
            if let match { return .success(.level(match.value)) }
            return .failure(.init(.invalidValue, fr: "\(quoted.fr) n'est pas \(expected.fr)", en: "\(quoted.en) is not \(expected.en)"))
        }
    }

    /// Parses `12,5`, `12.5`, `1 234,5` (spaces, non-breaking spaces) or `45 %` through
    /// ``CheckedNumber/typed(_:)``; `nil` for anything else.
    public static func parseNumber(_ text: String) -> Double? {
        try? CheckedNumber.typed(text).get()
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
