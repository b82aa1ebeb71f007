import PratiquesCore

/// Scores, percentages and answers written for people.
enum ScoreFormat {
    /// `62,5/100`, or `—` without a score.
    static func score(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "—" }
        return NumberFormatting.decimal(value, digits: 1, language: language) + "/100"
    }

    /// `+12,5`, `−3,0`, `=0,0` (nothing without a change).
    static func delta(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "" }
        let text = NumberFormatting.decimal(abs(value), digits: 1, language: language)
        return value > 0.05 ? "+\(text)" : value < -0.05 ? "−\(text)" : "=\(text)"
    }

    /// `75 %`, or `—`.
    static func percent(_ fraction: Double?, _ language: Language) -> String {
        guard let fraction else { return "—" }
        return NumberFormatting.decimal(fraction * 100, digits: 0, language: language) + " %"
    }

    /// An answer as shown beside its respondent: a free text between « ».
    static func answer(_ value: AnswerValue?, criterion: Criterion, referentiel: Referentiel, _ language: Language) -> String {
        let text = AnswerText.describe(value, criterion: criterion, referentiel: referentiel, language: language)
        if case .text = value { return "« \(text) »" }
        return text
    }

    /// `Bénévole (Paul)`, or the role alone for an anonymous respondent.
    static func respondent(role: RespondentRole, name: String?, _ language: Language) -> String {
        role.label(in: language) + (name.map { " (\($0))" } ?? "")
    }
}
