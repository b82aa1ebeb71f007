import Foundation
import PratiquesCore

/// Reads one criterion's fields of a posted dimension form (`v:<criterion>` the value,
/// `c:<criterion>` the comment) with the same reading and checks as the terminal fill.
enum AnswerForm {
    enum Field: Equatable {
        /// Nothing sent for this criterion, or the same answer as stored.
        case unchanged
        /// The answer to save (a carried answer shown again is confirmed).
        case save(Answer)
        /// Why what was typed cannot be the answer.
        case problem(Bilingual)
    }

    static func valueName(_ criterion: Criterion) -> String { "v:" + criterion.id }
    static func commentName(_ criterion: Criterion) -> String { "c:" + criterion.id }
    /// The « non applicable » box beside a number or text field.
    static func notApplicableName(_ criterion: Criterion) -> String { "na:" + criterion.id }

    static func read(_ fields: [String: String], criterion: Criterion, current: Answer?, checker: AnswerChecker) -> Field {
        let raw = fields[notApplicableName(criterion)] == "1" ? "na" : fields[valueName(criterion)], rawComment = fields[commentName(criterion)]
        if raw == nil && rawComment == nil { return .unchanged }
        var value = current?.value
        if let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            switch checker.read(raw, for: criterion) {
            case .failure(let problem): return .problem(problem.detail)
            case .success(let read?):
                if let (_, reason) = checker.problem(with: read, for: criterion) { return .problem(reason) }
                value = read
            case .success(nil): break
            }
        }
        var comment = current?.comment
        if let rawComment {
            let trimmed = rawComment.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                comment = nil
            } else {
                switch TextRules.check(trimmed, as: .comment) {
                case .failure(let problem): return .problem(problem.detail)
                case .success(let checked): comment = checked
                }
            }
        }
        if current == nil && value == nil && comment == nil { return .unchanged }
        var answer: Answer
        if let current, current.value == value {
            answer = current.confirmed()
            answer.comment = comment
        } else {
            answer = Answer(criterionID: criterion.id, value: value, comment: comment)
        }
        return answer == current ? .unchanged : .save(answer)
    }

    /// What a field shows for a stored value.
    static func fieldValue(_ value: AnswerValue?) -> String {
        switch value {
        case .level(let level)?: return String(level)
        case .yesNo(let yes)?: return yes ? "oui" : "non"
        case .number(let number)?: return NumberFormatting.plain(number)
        case .text(let text)?: return text
        case .notApplicable?: return "na"
        case nil: return ""
        }
    }
}
