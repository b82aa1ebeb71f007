import Testing
@testable import PratiquesCore

/// One rule for every text read from input: control characters, line breaks, lengths; and
/// values quoted in messages at most 80 characters, made visible.
@Suite struct TextRulesTests {
    func refusal(_ text: String, _ field: TextField) -> InputError.Problem? {
        if case .failure(let problem) = TextRules.check(text, as: field) { return problem }
        return nil
    }

    @Test func controlCharactersAreRefusedEverywhere() throws {
        for scalar in ["\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}"] {
            for field in TextField.allCases {
                let problem = try #require(refusal("ab\(scalar)c", field), "\(field) accepted U+\(String(scalar.unicodeScalars.first!.value, radix: 16))")
                #expect(problem.rule == .controlCharacter)
                #expect(problem.detail.fr.contains("en position 3"))
                #expect(problem.detail.fr.contains(field.name.fr))
            }
        }
    }

    @Test func lineBreaksOnlyInTextsThatMaySpanLines() {
        for text in ["a\nb", "a\r\nb", "a\tb", "a\u{2028}b"] {
            #expect((try? TextRules.check(text, as: .comment).get()) == (text))
            #expect(refusal(text, .respondentName)?.detail.en.contains("line break or tab") == true)
        }
    }

    @Test func aWordLineBreakIsStoredAsALineFeedInMultilineTexts() {
        #expect((try? TextRules.check("un\u{0B}deux", as: .comment).get()) == ("un\ndeux"))
        #expect((try? TextRules.check("un\u{0B}deux", as: .textAnswer).get()) == ("un\ndeux"))
        #expect(refusal("un\u{0B}deux", .organisationName)?.rule == .controlCharacter)
    }

    @Test func lengthsAreCountedAsExcelCountsThem() {
        #expect((try? TextRules.check(String(repeating: "é", count: 5_000), as: .comment).get()) == (String(repeating: "é", count: 5_000)))
        let long = refusal(String(repeating: "é", count: 5_001), .comment)
        #expect(long?.rule == .textTooLong)
        #expect(long?.detail.fr.hasPrefix("commentaire trop long : 5001 caractères, au plus 5000") == true)
        // An emoji is two UTF-16 code units, as in an Excel cell.
        #expect(refusal(String(repeating: "🌱", count: 2_501), .comment)?.rule == .textTooLong)
        #expect(refusal(String(repeating: "x", count: 201), .organisationName)?.rule == .textTooLong)
        #expect(refusal(String(repeating: "x", count: 101), .respondentName)?.rule == .textTooLong)
        #expect(refusal(String(repeating: "x", count: 301), .actionTitle)?.rule == .textTooLong)
    }

    @Test func everyFieldFitsAnExcelCellEvenSixToACell() {
        for field in TextField.allCases {
            #expect(field.maximumLength > 0)
            #expect(field.maximumLength * 6 + 5 * 100 <= 32_767, "\(field)")
        }
    }

    @Test func quotedValuesAreShortAndVisible() {
        let long = String(repeating: "a", count: 30_000)
        #expect(MessageQuote.fr(long) == "« " + String(repeating: "a", count: 80) + "… »")
        #expect(MessageQuote.en("a\u{0}b\nc") == "'a[U+0000]b[U+000A]c'")
        #expect(MessageQuote.excerpt("\u{202E}gnp.exe") == "[U+202E]gnp.exe")
        #expect(MessageQuote.excerpt("🌱 été") == "🌱 été")
    }

    @Test func doubleEncodedTextIsFoundWithWhatItStoodFor() throws {
        let finding = try #require(EncodingPlausibility.firstDoubleEncoding(in: "a;b\r\nok;l'Ã©tÃ©\r\n"))
        #expect(finding == .init(line: 2, column: 6, found: "Ã©", intended: "é"))
        #expect(EncodingPlausibility.firstDoubleEncoding(in: "l\u{E2}\u{20AC}\u{2122}été")?.intended == "’")
        #expect(EncodingPlausibility.firstDoubleEncoding(in: "c\u{C5}\u{201C}ur")?.intended == "œ")
        // French as it is written, capitals and typography included, is not suspected.
        let french = "À bientôt ; ÂGE, CHÂTEAU, « CAFÉ » : l’œuvre — Å Ã Â, 12 °C, Ça va ? São Tomé, naïve, Noël"
        #expect(EncodingPlausibility.firstDoubleEncoding(in: french) == nil)
    }
}
