import PratiquesCore

/// What a person typed at a criterion's prompt, in `fill` and `assess consensus`.
enum PromptInput: Equatable {
    /// `q`, or the end of the input.
    case quit
    /// `?`: leave the criterion without an answer for now.
    case skip
    /// `b`: back to the previous criterion.
    case back
    /// `c`: add a comment.
    case comment
    /// An empty line: keep (or confirm) the current answer.
    case keep
    /// A value accepted for the criterion.
    case value(AnswerValue)
    /// Something the criterion cannot take, with the reason in both languages.
    case invalid(Bilingual)
}

/// Shows one criterion (question, help, levels with their descriptor) and reads what a person
/// types for it: a level number or label, `na`, yes/no words, a number with a decimal comma or
/// point, or a text; `?`, `c`, `b` and `q` are commands, even for text criteria.
struct CriterionPrompt {
    var referentiel: Referentiel
    var criterion: Criterion
    var language: Language

    /// The criterion as shown before its prompt: question, help, then the accepted answers.
    var lines: [String] {
        var lines = ["  " + criterion.question.text(in: language)]
        if let help = criterion.help { lines.append("  " + PromptText.help[language] + help.text(in: language)) }
        let scale = criterion.scaleID.flatMap(referentiel.scale(id:))
        switch criterion.kind {
        case .level:
            for level in scale?.levels ?? [] {
                let descriptor = criterion.descriptors[level.value].map { CommonText.colon[language] + $0.text(in: language) } ?? ""
                lines.append("    \(level.value) — \(level.label.text(in: language))\(descriptor)")
            }
        case .number:
            let unit = criterion.unit.map { " (\($0))" } ?? ""
            var range = ""
            if let bounds = criterion.bounds {
                range = " " + PromptText.between[language] + (bounds.min.map(NumberFormatting.plain) ?? "-∞") + PromptText.and[language]
                    + (bounds.max.map(NumberFormatting.plain) ?? "+∞")
            }
            lines.append("    " + PromptText.aNumber[language] + unit + range)
            for band in criterion.bands {
                let level = scale?.level(value: band.level).map { "\($0.value) — \($0.label.text(in: language))" } ?? "\(band.level)"
                lines.append("    ≥ \(NumberFormatting.plain(band.min)) → \(level)")
            }
        case .yesNo:
            lines.append("    " + PromptText.yesOrNo[language])
        case .text:
            lines.append("    " + PromptText.freeAnswer[language])
        }
        return lines
    }

    /// The short reminder of what can be typed, ending the prompt.
    var prompt: String {
        var accepted: String
        switch criterion.kind {
        case .level:
            let values = criterion.scaleID.flatMap(referentiel.scale(id:))?.levels.map(\.value) ?? []
            accepted = values.isEmpty ? PromptText.level[language] : "\(values.min()!)-\(values.max()!)"
        case .number: accepted = PromptText.number[language]
        case .yesNo: accepted = PromptText.yn[language]
        case .text: accepted = PromptText.text[language]
        }
        if criterion.allowsNotApplicable { accepted += ", na" }
        return "[\(accepted), " + PromptText.commands[language] + "] > "
    }

    /// Reads one typed line.
    func read(_ line: String) -> PromptInput {
        let text = line.trimmingCharacters(in: .whitespaces)
        switch text.lowercased() {
        case "q": return .quit
        case "?": return .skip
        case "b": return .back
        case "c": return .comment
        case "": return .keep
        default: break
        }
        let checker = AnswerChecker(referentiel: referentiel)
        switch checker.read(text, for: criterion) {
        case .failure(let problem):
            return .invalid(problem.detail)
        case .success(nil):
            return .keep
        case .success(let value?):
            if let (_, reason) = checker.problem(with: value, for: criterion) { return .invalid(reason) }
            return .value(value)
        }
    }
}
