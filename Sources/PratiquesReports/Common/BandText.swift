import PratiquesCore

/// A number criterion's bands as the workbooks print them: each band's real condition (« 30 %
/// ou plus », « de 15 à moins de 30 % », « 5 ou moins ») and the level it gives.
enum BandText {
    /// One line a band: `de 15 à moins de 30 % → 2 — En construction`.
    static func lines(_ criterion: Criterion, scale: Scale?, language: Language) -> [String] {
        criterion.bandRanges.map { range in
            let level = scale?.level(value: range.band.level).map { "\($0.value) — \($0.label.text(in: language))" } ?? "\(range.band.level)"
            return range.condition(unit: criterion.unit, language: language) + " → " + level
        }
    }
}
