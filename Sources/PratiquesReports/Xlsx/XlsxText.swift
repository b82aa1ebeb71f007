import Foundation

/// The one rule for every string that reaches a workbook.
///
/// libxlsxwriter escapes `<`, `>` and `&` in cells, but writes control characters as they come
/// in headers, footers, sheet names, chart titles, document properties and defined names (the
/// file is then not well-formed XML), reads `&` in headers and footers as a code, and refuses
/// text over Excel's limits. Every string of ``XlsxWorkbook``, ``XlsxWorksheet`` and
/// ``XlsxChart`` goes through one of these functions, so no builder can bypass them:
/// - control characters U+0000–U+001F are removed, line breaks (CR LF, CR, vertical tab — a
///   line break in Word —, form feed) become `\n` where a line break is allowed (cells) and a
///   space elsewhere; a tab becomes a space; U+FFFE and U+FFFF (not XML) are removed;
/// - lengths are capped at Excel's limits, counted in UTF-16 units as Excel counts them, on a
///   character boundary: a cut cell ends with a visible mark (« … (suite tronquée) »);
/// - in headers and footers `&` is doubled (a literal ampersand).
public enum XlsxText {
    /// Characters a cell holds.
    public static let maximumCellLength = 32_767
    /// Characters of a header or a footer, codes included.
    public static let maximumHeaderFooterLength = 255
    /// Characters of a sheet name.
    public static let maximumSheetNameLength = 31
    /// Characters of a chart title, a series or axis name, a document property.
    public static let maximumLineLength = 255

    /// The mark that ends a cell cut at ``maximumCellLength``.
    public static func truncationMark(french: Bool) -> String { french ? " … (suite tronquée)" : " … (text cut)" }

    /// Text for a cell: line breaks kept (as `\n`), other control characters dropped, cut at
    /// ``maximumCellLength`` with ``truncationMark(french:)``.
    public static func cell(_ text: String, french: Bool = true) -> String {
        if isPlain(text, limit: maximumCellLength) { return text }
        let cleaned = clean(text, lineBreak: "\n")
        return cap(cleaned, at: maximumCellLength, mark: truncationMark(french: french))
    }

    /// Text on one line (titles, names, properties): every control character becomes a space or
    /// goes, cut at `limit` with « … ».
    public static func line(_ text: String, limit: Int = maximumLineLength) -> String {
        cap(clean(text, lineBreak: " "), at: limit, mark: "…")
    }

    /// A literal text of a header or footer: on one line, `&` doubled, cut so that it takes at
    /// most `limit` characters once doubled.
    public static func headerFooter(_ text: String, limit: Int) -> String {
        var result = ""
        var length = 0
        for character in clean(text, lineBreak: " ") {
            let piece = character == "&" ? "&&" : String(character)
            guard length + piece.utf16.count <= limit else { break }
            result += piece
            length += piece.utf16.count
        }
        return result
    }

    /// A chart or series name: on one line; a leading `=` (which libxlsxwriter reads as a
    /// formula) is kept as text by a leading no-break space.
    public static func chartName(_ text: String) -> String {
        let single = line(text)
        return single.hasPrefix("=") ? "\u{00A0}" + single : single
    }

    /// A sheet name Excel and LibreOffice accept and keep through a round trip: on one line,
    /// `[]:*?/\` replaced by `-`, no leading or trailing space or apostrophe, at most
    /// ``maximumSheetNameLength`` characters — shortened at a word boundary with « … » —, never
    /// empty, never Excel's reserved `History`. Uniqueness is the workbook's concern.
    public static func sheetName(_ wanted: String) -> String {
        var name = String(clean(wanted, lineBreak: " ").map { "[]:*?/\\".contains($0) ? "-" : $0 })
        name = trimmedName(name)
        if name.utf16.count > maximumSheetNameLength { name = shortenAtWord(name, limit: maximumSheetNameLength) }
        if name.isEmpty { name = "Feuille" }
        if name.lowercased() == "history" { name += " (1)" }
        return name
    }

    /// `name` with ` (n)` at the end, shortened so the whole stays a valid sheet name.
    static func numberedSheetName(_ name: String, _ number: Int) -> String {
        let suffix = " (\(number))"
        let room = maximumSheetNameLength - suffix.utf16.count
        let base = name.utf16.count > room ? shortenAtWord(name, limit: room) : name
        return base + suffix
    }

    // MARK: - Pieces

    /// Whether `text` needs nothing done: no control character but `\n`, nothing from U+F000
    /// (to look at U+FFFE and U+FFFF closely), short enough — one pass over the UTF-8 bytes.
    static func isPlain(_ text: String, limit: Int) -> Bool {
        var count = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x0A || byte == 0xEF { return false }
            count += 1
        }
        return count <= limit
    }

    /// Control characters out, line breaks as `lineBreak`.
    static func clean(_ text: String, lineBreak: String) -> String {
        let needsWork = text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0D:
                if pending?.value == 0x0A { pending = scalars.next() }
                result.append(contentsOf: lineBreak.unicodeScalars)
            case 0x0A, 0x0B, 0x0C:
                result.append(contentsOf: lineBreak.unicodeScalars)
            case 0x09:
                result.append(" ")
            case 0x00..<0x20, 0xFFFE, 0xFFFF:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` cut so that, with `mark`, it takes at most `limit` UTF-16 units (whole characters).
    static func cap(_ text: String, at limit: Int, mark: String) -> String {
        guard text.utf16.count > limit else { return text }
        let room = limit - mark.utf16.count
        var length = 0
        var end = text.startIndex
        for index in text.indices {
            let size = text[index].utf16.count
            guard length + size <= room else { break }
            length += size
            end = text.index(after: index)
        }
        return String(text[..<end]) + mark
    }

    /// Cut at the last space that leaves at least a third of `limit`, trailing punctuation
    /// dropped, then « … »; within `limit` UTF-16 units.
    static func shortenAtWord(_ text: String, limit: Int) -> String {
        let room = limit - 1
        var length = 0
        var end = text.startIndex
        var lastSpace: String.Index?
        for index in text.indices {
            let size = text[index].utf16.count
            guard length + size <= room else { break }
            if text[index] == " " && length >= limit / 3 { lastSpace = index }
            length += size
            end = text.index(after: index)
        }
        var cut = String(text[..<(lastSpace ?? end)])
        while let last = cut.last, last == " " || ",;-—–'’(".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// No leading or trailing spaces or apostrophes (Excel refuses a name that starts or ends with `'`).
    static func trimmedName(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "'’")))
    }
}
