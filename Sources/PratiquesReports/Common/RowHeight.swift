/// Row heights for wrapped text: libxlsxwriter cannot autofit, and LibreOffice does not
/// recompute heights when it opens or prints a file, so the height is estimated from the text.
enum RowHeight {
    /// Points for the longest of `cells` (text, column width in characters), 15 points a line.
    static func forWrapped(_ cells: [(String, Double)], minimumLines: Int = 1) -> Double {
        var lines = minimumLines
        for (text, width) in cells {
            let perLine = max(1, Int(width * 1.1))
            let count = text.split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
            lines = max(lines, count)
        }
        return Double(min(lines, 27)) * 15
    }
}
