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
    static func lines(_ text: String, width: Double, fontSize: Double = 11) -> Int {
        // An average letter of 11-point Calibri or Carlito is narrower than the digit that
        // defines a column's width: about 1.2 letters a width unit on LibreOffice's pages (a
        // width unit is 7.5 pixels there, an average letter with its space about 6.2); 1.15 keeps
        // a margin for capitals and bold. Words are kept whole.
        let perLine = max(1, Int(width * 1.15 * 11 / fontSize))
        var count = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var used = 0
            var paragraphLines = 1
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let length = word.count
                if used == 0 {
                    used = length
                } else if used + 1 + length <= perLine {
                    used += 1 + length
                } else {
                    paragraphLines += 1
                    used = length
                }
                while used > perLine {
                    paragraphLines += 1
                    used -= perLine
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
