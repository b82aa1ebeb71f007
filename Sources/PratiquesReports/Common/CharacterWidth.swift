import Foundation

/// Advance widths of Carlito Regular (the metric twin of Calibri, the workbooks' font), in
/// digits: a column `n` wide holds `n` digits. Used to estimate how many lines a wrapped text
/// takes (``RowHeight``).
enum CharacterWidth {
    /// Carlito's advance widths of the printable ASCII characters (space to `~`), in 1/2048 em.
    private static let ascii: [Double] = [
        463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
        1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
        1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
        1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
        596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
        1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
    ]
    private static let digit = 1038.0

    /// Width of `text` in digits.
    static func of<S: StringProtocol>(_ text: S) -> Double {
        text.reduce(0) { $0 + of($1) }
    }

    /// Width of one character in digits: accented letters as their base letter, French
    /// punctuation and the middle dot as Carlito draws them, anything else (symbols drawn from
    /// a fallback font) as a wide letter.
    static func of(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.value >= 32 && scalar.value < 127 { return ascii[Int(scalar.value) - 32] / digit }
        switch scalar {
        case "\u{00A0}", "\u{202F}": return 463 / digit          // non-breaking spaces
        case "·", "’", "‘": return 517 / digit
        case "«", "»": return 1049 / digit
        case "–", "−", "≥", "≤", "×", "÷": return 1020 / digit
        case "—", "←", "→", "…": return 1854 / digit
        default: break
        }
        if let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first,
           base.value >= 32 && base.value < 127 {
            return ascii[Int(base.value) - 32] / digit
        }
        if character == "œ" || character == "æ" { return 1660 / digit }
        if character == "Œ" || character == "Æ" { return 1900 / digit }
        return 1.8
    }
}
