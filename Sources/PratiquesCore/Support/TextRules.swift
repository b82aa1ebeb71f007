/// The one rule for text read from input, whatever the door (JSON, CSV, a questionnaire cell,
/// the terminal, a command option): what characters it may hold and how long it may be.
///
/// - Refused everywhere: the control characters U+0000–U+001F (but see below), U+007F–U+009F,
///   and U+FFFE, U+FFFF. None of them is typed by a person; XML, hence every workbook, cannot
///   hold most of them, and a `\u0000` would cut the text short in SQLite and C.
/// - In texts that may span lines (``TextField/allowsLineBreaks``: comments, free-text answers,
///   action notes): tab, line feed and carriage return are kept as given, and U+000B — the
///   manual line break Word puts in a pasted paragraph, which XML cannot hold — is stored as a
///   line feed: it means a line break and nothing else. This is the only change made to a text.
/// - In one-line texts (names, labels, titles…): no tab, line break, U+2028 or U+2029 either.
/// - Longer than ``TextField/maximumLength`` (UTF-16 code units, as Excel counts): refused.
///
/// Callers locate the refusal: `TextRules.check(name, as: .organisationName)` gives the text to
/// store or a ``InputError/Problem`` to report with the file, line or cell, and field.
public enum TextRules {
    /// The text as it is stored, or why it is refused.
    public static func check(_ text: String, as field: TextField) -> Result<String, InputError.Problem> {
        var stored = text
        if field.allowsLineBreaks, text.unicodeScalars.contains("\u{0B}") {
            stored = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0B}" ? "\n" : $0 }))
        }
        if let (position, scalar) = firstForbidden(in: stored, allowingLineBreaks: field.allowsLineBreaks) {
            let name = field.name, code = MessageQuote.visible(scalar)
            let what = field.allowsLineBreaks || !isLineBreak(scalar)
                ? Bilingual(fr: "caractère de contrôle \(code)", en: "control character \(code)")
                : Bilingual(fr: "saut de ligne ou tabulation \(code) dans un texte d'une ligne",
                            en: "line break or tab \(code) in a one-line text")
            return .failure(.init(.controlCharacter,
                                  fr: "\(name.fr) : \(what.fr) en position \(position) de \(MessageQuote.fr(text))",
                                  en: "\(name.en): \(what.en) at position \(position) of \(MessageQuote.en(text))"))
        }
        let length = stored.utf16.count
        if length > field.maximumLength {
            return .failure(.init(.textTooLong,
                                  fr: "\(field.name.fr) trop long : \(length) caractères, au plus \(field.maximumLength) (\(MessageQuote.fr(text)))",
                                  en: "\(field.name.en) too long: \(length) characters, at most \(field.maximumLength) (\(MessageQuote.en(text)))"))
        }
        return .success(stored)
    }

    /// The first character the rule refuses and its 1-based position (in characters), if any.
    public static func firstForbidden(in text: String, allowingLineBreaks: Bool) -> (position: Int, scalar: Unicode.Scalar)? {
        var position = 0
        for character in text {
            position += 1
            for scalar in character.unicodeScalars where isForbidden(scalar, allowingLineBreaks: allowingLineBreaks) {
                return (position, scalar)
            }
        }
        return nil
    }

    /// Whether the rule refuses `scalar`.
    public static func isForbidden(_ scalar: Unicode.Scalar, allowingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: return !allowingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        [0x09, 0x0A, 0x0B, 0x0D, 0x2028, 0x2029].contains(scalar.value)
    }
}
