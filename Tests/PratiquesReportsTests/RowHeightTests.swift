import Testing
@testable import PratiquesReports

/// Row heights estimated from Carlito's letter widths (checked against LibreOffice's pages:
/// in a column 22 wide, « ⚠ Direction 4 · Salarié·e 2, » fills a line, the next word wraps).
@Suite struct RowHeightTests {
    @Test func narrowLettersHoldMoreThanCapitals() {
        #expect(CharacterWidth.of("0000000000") == 10)
        #expect(CharacterWidth.of("iiiiiiiiii") < 5)
        #expect(CharacterWidth.of("MMMMMMMMMM") > 16)
        #expect(CharacterWidth.of("é") == CharacterWidth.of("e"))
        #expect(RowHeight.lines(String(repeating: "il ", count: 14), width: 22) == 1)  // 42 letters on one line
        #expect(RowHeight.lines(String(repeating: "00 ", count: 14), width: 22) == 2)
        #expect(RowHeight.lines(String(repeating: "MW ", count: 20), width: 22) >= 4)
    }

    @Test func aLineOfAnswersWrapsWhereLibreOfficeWrapsIt() {
        // « Direction 4 · Salarié·e 2, 3 · Administrateur·rice 3 · Partenaire 2 »
        // take three lines on LibreOffice's page at 22 wide; the estimate may add one, never less.
        let answers = "⚠ Direction 4 · Salarié·e 2, 3 · Administrateur·rice 3 · Partenaire 2"
        #expect((3...4).contains(RowHeight.lines(answers, width: 22)))
        #expect(RowHeight.lines("3 Établi : Une liste de fournisseurs locaux et de l'économie sociale et solidaire est tenue à jour et consultée avant chaque achat important.", width: 42) == 3)
        #expect(RowHeight.forWrapped([("court", 10)]) == 15)
        #expect(RowHeight.forWrapped([("a\nb\nc", 10)]) == 47)
    }
}
