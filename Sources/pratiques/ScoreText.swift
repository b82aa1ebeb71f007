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
        switch value {
        case nil: return language == .fr ? "sans réponse" : "no answer"
        case .notApplicable: return language == .fr ? "non applicable" : "not applicable"
        case .yesNo(let yes): return yes ? (language == .fr ? "oui" : "yes") : (language == .fr ? "non" : "no")
        case .text(let text): return "« \(text) »"
        case .number(let number):
            return NumberFormatting.decimal(number, digits: number == number.rounded() ? 0 : 1, language: language) + " " + (criterion.unit ?? "")
        case .level(let level):
            let label = criterion.scaleID.flatMap(referentiel.scale(id:))?.level(value: level)?.label.text(in: language) ?? ""
            return "\(level) \(label)"
        }
    }
}
