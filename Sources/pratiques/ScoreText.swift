import PratiquesCore

/// Scores, percentages and answers written for people.
enum ScoreText {
    static func score(_ value: Double?, _ language: Language) -> String {
        guard let value else { return language == .fr ? "—" : "—" }
        return NumberFormatting.decimal(value, digits: 1, language: language) + "/100"
    }

    static func delta(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "" }
        let text = NumberFormatting.decimal(abs(value), digits: 1, language: language)
        return value > 0.05 ? "+\(text)" : value < -0.05 ? "−\(text)" : "=\(text)"
    }

    static func percent(_ fraction: Double?, _ language: Language) -> String {
        guard let fraction else { return "—" }
        return NumberFormatting.decimal(fraction * 100, digits: 0, language: language) + " %"
    }

    static func answer(_ value: AnswerValue?, criterion: Criterion, referentiel: Referentiel, _ language: Language) -> String {
        let text = AnswerText.describe(value, criterion: criterion, referentiel: referentiel, language: language)
        if case .text = value { return "« \(text) »" }
        return text
    }
}
