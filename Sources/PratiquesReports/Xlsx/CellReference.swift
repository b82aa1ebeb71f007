import PratiquesCore

/// A cell reference such as `E5` or `$AB$12`: 1-based row and column, within Excel's sheet
/// (`XFD1048576`): longer letters or larger rows are refused, never overflowed.
struct CellReference: Equatable {
    var row: Int
    var column: Int

    init?(_ text: String) {
        var letters = Substring(text)
        if letters.first == "$" { letters = letters.dropFirst() }
        let columnPart = letters.prefix { $0.isASCII && $0.isLetter }
        var rowPart = letters.dropFirst(columnPart.count)
        if rowPart.first == "$" { rowPart = rowPart.dropFirst() }
        guard (1...3).contains(columnPart.count) else { return nil }
        var column = 0
        for character in columnPart.uppercased().utf8 { column = column * 26 + Int(character) - 64 }
        guard column <= XlsxLimits.maximumColumn,
              case .success(let row) = CheckedNumber.integer(rowPart, in: 1...XlsxLimits.maximumRow, signed: false) else { return nil }
        self.row = row
        self.column = column
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `E5` for row 5, column 5.
    static func name(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row)
    }
}
