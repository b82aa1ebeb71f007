import PratiquesCore

/// The chart of medians with their interquartile range, shared by the cohort and the funder
/// workbooks: for each dimension and session a floating bar from Q1 to Q3, split at the median,
/// on a 0–100 axis. Floating (stacked) bars render the same in Excel and LibreOffice, which
/// does not draw the high-low lines of a line chart.
///
/// The chart reads a long helper table (bar label, Q1, median − Q1, Q3 − median) in
/// hidden columns beside the printed area.
struct QuartileChart {
    /// One bar (a dimension at a session: `Économie locale — T0`, then `T1`…); `nil` quartiles
    /// leave the bar out (a withheld group).
    struct Bar {
        var category: String
        var firstQuartile: Double? = nil
        var median: Double? = nil
        var thirdQuartile: Double? = nil
    }

    var language: Language
    /// The first of the four hidden helper columns.
    var helperColumn: Int

    /// Writes the helper cells of bar `index` (if there is one) in `row`; rows are written in
    /// order, one call per row, so that a streamed (constant-memory) sheet keeps them.
    func writeHelperRow(_ bars: [Bar], index: Int, sheet: XlsxWorksheet, row: Int) throws {
        guard bars.indices.contains(index) else { return }
        let bar = bars[index]
        try sheet.write(bar.category, row: row, column: helperColumn)
        if let q1 = bar.firstQuartile, let median = bar.median, let q3 = bar.thirdQuartile {
            try sheet.write(q1, row: row, column: helperColumn + 1)
            try sheet.write(median - q1, row: row, column: helperColumn + 2)
            try sheet.write(q3 - median, row: row, column: helperColumn + 3)
        }
    }

    /// Hides the helper columns and puts the chart (titled `title`), reading `helperRows`, into
    /// the cell range `rows` × `columns`.
    func insertChart(sheet: XlsxWorksheet, workbook: XlsxWorkbook, title: String, helperRows: ClosedRange<Int>,
                     rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        try sheet.setColumns(helperColumn, helperColumn + 3, width: 10, hidden: true)
        let fr = language == .fr
        let categories = (row: helperRows, column: helperColumn...helperColumn)
        let chart = try workbook.addChart(.stackedBar)
        chart.setTitle(title)
        try chart.addInvisibleSeries(sheet: sheet.name, categories: categories, values: (helperRows, (helperColumn + 1)...(helperColumn + 1)))
        try chart.addSeries(name: fr ? "de Q1 à la médiane" : "Q1 to median", sheet: sheet.name, categories: categories,
                            values: (helperRows, (helperColumn + 2)...(helperColumn + 2)), color: 0x9DC3E6)
        try chart.addSeries(name: fr ? "de la médiane à Q3" : "median to Q3", sheet: sheet.name, categories: categories,
                            values: (helperRows, (helperColumn + 3)...(helperColumn + 3)), color: 0x2E75B6)
        chart.setValueAxis(minimum: 0, maximum: 100, majorUnit: 25)
        chart.setCategoryAxis(fontSize: 8, topDown: true)
        chart.setBarSpacing(gap: 40, overlap: 100)
        chart.plotHiddenCells()
        chart.legendAtBottom()
        try sheet.insert(chart, rows: rows, columns: columns)
    }

    /// Chart rows for `bars` bars: about two bars a row, with room for the title, axis and legend.
    static func rows(forBars bars: Int) -> Int { max(10, 6 + (bars + 1) / 2) }
}
