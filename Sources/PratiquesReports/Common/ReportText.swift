import PratiquesCore

/// Words and figures as the workbooks print them.
enum ReportText {
    /// `14/03/2024` in French, `2024-03-14` in English (a `YYYY-MM-DD` day; anything else as given).
    static func day(_ iso: String, _ language: Language) -> String {
        guard language == .fr, DateText.isValid(iso) else { return iso }
        let parts = iso.split(separator: "-")
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// `57,1` (French) or `57.1`, one decimal.
    static func score(_ value: Double, _ language: Language) -> String {
        NumberFormatting.decimal(value, digits: 1, language: language)
    }

    /// `+7,3` / `−2,1` (a true minus sign) / `0,0`.
    static func change(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = NumberFormatting.decimal(abs(rounded), digits: 1, language: language)
        return rounded > 0 ? "+" + text : rounded < 0 ? "−" + text : text
    }

    /// A label for tables and charts: the criterion's short label, else its question, cut at a
    /// word boundary to `limit` characters.
    static func criterionLabel(_ criterion: Criterion, _ language: Language, limit: Int = 60) -> String {
        let text = criterion.shortLabel.text(in: language)
        return text.count <= limit ? text : XlsxText.shortenAtWord(text, limit: limit)
    }
}
