/// A plausibility check on text that decoded as UTF-8 but was not written so.
///
/// A file that is not UTF-8 is refused when it does not decode (`not-utf8`). The case that
/// decodes and silently corrupts the data is the double encoding: UTF-8 text opened as
/// Windows-1252 and saved again as UTF-8, where « é » becomes « Ã© », « ’ » becomes « â€™ »,
/// « œ » becomes « Å“ », a non-breaking space « Â ». These pairs never occur in French or
/// English text: the check looks for them and refuses the file at the first one, with the
/// character it most likely stood for.
///
/// The converse case, a Windows-1252 file that happens to be valid UTF-8, needs every accented
/// letter to be followed by one or two of the signs `€ ‚ … « » °` and the like: it does not
/// occur in practice, and is not detected.
public enum EncodingPlausibility {
    /// Where the text first looks double-encoded, the sequence found and what it stood for.
    public struct Finding: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var found: String
        public var intended: String
    }

    /// The first double-encoded sequence of `text`, if any. Lines and columns are 1-based and
    /// count `\r\n`, `\n` and `\r` as line ends, columns in Unicode scalars.
    public static func firstDoubleEncoding(in text: String) -> Finding? {
        var text = text
        return text.withUTF8 { bytes -> Finding? in
            // Every sequence starts with Â, Ã, Å or â: C3 then 82, 83, 85 or A2 in UTF-8. Only
            // there are characters decoded; French text passes at the speed of a byte scan.
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xC3, [0x82, 0x83, 0x85, 0xA2].contains(bytes[index + 1]),
                   let sequence = doubleEncoded(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + 12)]), as: UTF8.self)) {
                    let (line, column) = position(ofByte: index, in: bytes)
                    return Finding(line: line, column: column, found: String(String.UnicodeScalarView(sequence)),
                                   intended: String(decoding: sequence.compactMap(windows1252Byte), as: UTF8.self))
                }
                index += 1
            }
            return nil
        }
    }

    /// Line and column (in Unicode scalars) of the byte at `offset`.
    private static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D && byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// The refusal for a finding in `path`.
    public static func issue(_ finding: Finding, path: String) -> ValidationIssue {
        ValidationIssue(location: SourceLocation(file: path, line: finding.line, column: finding.column), field: "", rule: .encodingSuspect,
                        detail: Bilingual(
                            fr: "texte mal encodé : \(MessageQuote.fr(finding.found)) est sans doute \(MessageQuote.fr(finding.intended)) enregistré en Windows-1252 puis relu comme UTF-8 ; réenregistrez le fichier en « CSV UTF-8 » depuis sa source",
                            en: "badly encoded text: \(MessageQuote.en(finding.found)) is most likely \(MessageQuote.en(finding.intended)) saved as Windows-1252 then read as UTF-8; save the file again as 'CSV UTF-8' from its source"))
    }

    /// The sequence at the start of `text` (`Ã©`, `â€™`), or `nil`.
    private static func doubleEncoded(_ text: String) -> [Unicode.Scalar]? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let lead = scalars.next() else { return nil }
        var sequence = [lead]
        for _ in 0..<(lead == "\u{E2}" ? 2 : 1) {
            guard let next = scalars.next(), isContinuation(next) else { return nil }
            sequence.append(next)
        }
        return sequence
    }

    /// A UTF-8 continuation byte (0x80–0xBF) read as Windows-1252.
    private static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
        guard let byte = windows1252Byte(scalar) else { return false }
        return byte >= 0x80 && byte <= 0xBF
    }

    /// The Windows-1252 byte that decodes to `scalar`.
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        if (0x80...0x9F).contains(scalar.value) { return UInt8(scalar.value) }
        return windows1252High[scalar.value]
    }

    private static let windows1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88,
        0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
