import Testing
@testable import PratiquesCore

/// French typography on output: one function, checked on the cases the workbooks meet.
@Suite struct FrenchTypographyTests {
    let n = "\u{202F}"

    @Test(arguments: [
        ("Note : à relire", "Note\u{202F}: à relire"),           // ordinary space replaced
        ("Note: à relire", "Note\u{202F}: à relire"),            // space added
        ("Vraiment ?", "Vraiment\u{202F}?"),
        ("Vraiment ?!", "Vraiment\u{202F}?!"),                   // one space before the run
        ("Oui ; non", "Oui\u{202F}; non"),
        ("Enfin !", "Enfin\u{202F}!"),
        ("Qui décide ?\nLe bureau.", "Qui décide\u{202F}?\nLe bureau."),
        ("« texte »", "«\u{202F}texte\u{202F}»"),
        ("«texte»", "«\u{202F}texte\u{202F}»"),
        ("l'organisation d'aujourd'hui", "l’organisation d’aujourd’hui"),
    ])
    func frenchMarks(_ input: String, _ expected: String) {
        #expect(FrenchTypography.apply(input) == expected)
    }

    @Test(arguments: ["12:30", "https://exemple.fr/a?b=1", "gd.regles-ecrites", "a:b", "2024-03-14", "'Not applicable'", ": en tête", "",
                      "sans ponctuation"])
    func leftAlone(_ input: String) {
        #expect(FrenchTypography.apply(input) == input)
    }

    @Test(arguments: ["Note : « citation » ; fin ! l'été ?", "«\u{202F}déjà\u{202F}» prêt\u{202F}:", "Ah ?! Oui."])
    func applyingTwiceChangesNothingMore(_ input: String) {
        let once = FrenchTypography.apply(input)
        #expect(FrenchTypography.apply(once) == once)
    }

    @Test func onlyInFrench() {
        #expect(FrenchTypography.apply("Note: l'été", in: .en) == "Note: l'été")
        #expect(FrenchTypography.apply("Note: l'été", in: .fr) == "Note\(n): l’été")
    }
}
