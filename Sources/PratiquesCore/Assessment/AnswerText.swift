/// An answer written for people: `3 Établi`, `oui`, `non applicable`, `12,5 %`, or the text.
public enum AnswerText {
    /// The answer in `language`; `nil` gives « sans réponse ».
    public static func describe(_ value: AnswerValue?, criterion: Criterion, referentiel: Referentiel, language: Language) -> String {
        let fr = language == .fr
        switch value {
        case nil: return fr ? "sans réponse" : "no answer"
        case .notApplicable: return fr ? "non applicable" : "not applicable"
        case .yesNo(let yes): return yes ? (fr ? "oui" : "yes") : (fr ? "non" : "no")
        case .text(let text): return text
        case .number(let number):
            let digits = number == number.rounded() ? 0 : 1
            return NumberFormatting.decimal(number, digits: digits, language: language) + (criterion.unit.map { " \($0)" } ?? "")
        case .level(let level):
            let label = criterion.scaleID.flatMap(referentiel.scale(id:))?.level(value: level)?.label.text(in: language)
            return label.map { "\(level) \($0)" } ?? "\(level)"
        }
    }
}
