/// Text of a cell as stored in the XML of an .xlsx file (ECMA-376 `ST_Xstring`): a character
/// XML cannot hold is written `_xHHHH_` (a Word line break pasted in Excel, U+000B, is
/// `_x000B_`), and a literal `_x` that would read as such an escape has its underscore written
/// `_x005F_`. Decoding gives the text the person typed; the input rules
/// (`TextRules`) then judge it like any other text.
enum XlsxEscapedText {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var scalars = String.UnicodeScalarView()
        let source = Array(text.unicodeScalars)
        var index = 0
        while index < source.count {
            if source[index] == "_", index + 6 < source.count, source[index + 1] == "x", source[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(source[(index + 2)..<(index + 6)])), radix: 16),
               source[(index + 2)..<(index + 6)].allSatisfy(\.properties.isASCIIHexDigit),
               let scalar = Unicode.Scalar(value) {
                scalars.append(scalar)
                index += 7
            } else {
                scalars.append(source[index])
                index += 1
            }
        }
        return String(scalars)
    }
}

/// Text gathered from `characters` events, refused beyond a length (Excel's cell limit).
struct BoundedText {
    private(set) var text = ""
    private(set) var length = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Adds `piece`; false when the text would exceed the limit.
    mutating func append(_ piece: String) -> Bool {
        length += piece.utf16.count
        guard length <= limit else { return false }
        text += piece
        return true
    }
}
