/// A1-style references (the C macros `CELL` and `RANGE` are not imported into Swift).
public enum XlsxCell {
    /// Column letters for a 0-based column: 0 → `A`, 27 → `AB`.
    public static func column(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    /// `B3` for row 2, column 1 (0-based).
    public static func name(row: Int, column: Int) -> String { "\(self.column(column))\(row + 1)" }

    /// `$B$3`.
    public static func absolute(row: Int, column: Int) -> String { "$\(self.column(column))$\(row + 1)" }

    /// A sheet name quoted when needed for a formula: `'Synthèse globale'`, apostrophes doubled.
    public static func quotedSheet(_ name: String) -> String {
        let plain = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } && !(name.first?.isNumber ?? true)
        return plain ? name : "'\(name.replacingOccurrences(of: "'", with: "''"))'"
    }

    /// `'Sheet'!$A$1:$C$9`.
    public static func range(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) -> String {
        "\(quotedSheet(sheet))!\(absolute(row: firstRow, column: firstColumn)):\(absolute(row: lastRow, column: lastColumn))"
    }
}
