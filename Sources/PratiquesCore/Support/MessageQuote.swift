/// A value quoted in an error message: at most ``maximumLength`` characters, then `…`, with
/// control characters, line breaks and bidirectional overrides shown as `[U+000B]`, so that a
/// refusal stays one readable line whatever the file held (a 30,000-character comment, a
/// `\u0000`, a text that would reverse the terminal's line).
///
/// Every message that quotes a value read from input goes through it.
public enum MessageQuote {
    /// Characters of the value kept in a message.
    public static let maximumLength = 80

    /// The value shortened and made visible.
    public static func excerpt(_ value: String) -> String {
        var result = ""
        var count = 0
        for character in value {
            if count == maximumLength {
                result += "…"
                break
            }
            if character.unicodeScalars.contains(where: isInvisible) {
                result += character.unicodeScalars.map { isInvisible($0) ? visible($0) : String($0) }.joined()
            } else {
                result.append(character)
            }
            count += 1
        }
        return result
    }

    /// `« value »` in French.
    public static func fr(_ value: String) -> String { "« \(excerpt(value)) »" }

    /// `'value'` in English.
    public static func en(_ value: String) -> String { "'\(excerpt(value))'" }

    /// Both quotings.
    public static func both(_ value: String) -> Bilingual { Bilingual(fr: fr(value), en: en(value)) }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// `[U+000B]`.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "[U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)]"
    }
}
