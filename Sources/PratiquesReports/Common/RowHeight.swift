/// Row heights for wrapped text: libxlsxwriter cannot autofit, and LibreOffice does not
/// recompute heights when it opens or prints a file, so the height is estimated from the text.
enum RowHeight {
    /// Points for the longest of `cells` (text, column width in characters), 15 points a line
    /// of 11-point text (`fontSize` scales both the characters a line holds and its height).
    static func forWrapped(_ cells: [(String, Double)], minimumLines: Int = 1, fontSize: Double = 11) -> Double {
        var lines = minimumLines
        for (text, width) in cells {
            lines = max(lines, self.lines(text, width: width, fontSize: fontSize))
        }
        return (Double(min(lines, 60)) * 15 * fontSize / 11).rounded(.up) + (lines > 1 ? 2 : 0)
    }

    /// Lines `text` takes in a column `width` characters wide (words are not split).
    ///
    /// A column's width counts digits of the default font (11-point Calibri, printed with its
    /// metric twin Carlito); each letter is measured with Carlito's advance widths
    /// (``CharacterWidth``), so a line of narrow letters (`i`, `l`, `·`) holds more than one of
    /// capitals. A line holds 95 % of the width less the cell's padding: a margin for bold text
    /// and for LibreOffice's rounding, so an estimate errs on one line too many, never too few.
    static func lines(_ text: String, width: Double, fontSize: Double = 11) -> Int {
        let capacity = max(1, (width * 0.95 - 0.6) * 11 / fontSize)
        let space = CharacterWidth.of(" ")
        var count = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var used = 0.0
            var paragraphLines = 1
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let length = CharacterWidth.of(word)
                if used == 0 {
                    used = length
                } else if used + space + length <= capacity {
                    used += space + length
                } else {
                    paragraphLines += 1
                    used = length
                }
                while used > capacity {
                    paragraphLines += 1
                    used -= capacity
                }
            }
            count += paragraphLines
        }
        return max(1, count)
    }
}

extension XlsxWorksheet {
    /// Text across `columns` of one row (merged, wrapped), the row as high as the text needs.
    func writeParagraph(_ text: String, row: Int, columns: ClosedRange<Int>, style: XlsxStyle = ReportStyles.wrapped,
                        fontSize: Double = 11, minimumHeight: Double = 15) throws {
        let width = columns.reduce(0.0) { $0 + columnWidth($1) }
        try setRow(row, height: max(minimumHeight, RowHeight.forWrapped([(text, width)], fontSize: fontSize)))
        if columns.count == 1 {
            try write(text, row: row, column: columns.lowerBound, style: style)
        } else {
            try merge(text, firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound, style: style)
        }
    }
}
