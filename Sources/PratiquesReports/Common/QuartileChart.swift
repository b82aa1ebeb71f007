import PratiquesCore

/// The chart of medians with their interquartile range, shared by the cohort and the funder
/// workbooks: Q1, median and Q3 as markers joined by high-low lines, on a 0–100 axis.
struct QuartileChart {
    /// Rows of the statistics table, one per dimension × session.
    var rows: ClosedRange<Int>
    /// Columns naming each row (dimension, session).
    var categoryColumns: ClosedRange<Int>
    var medianColumn: Int
    var firstQuartileColumn: Int
    var thirdQuartileColumn: Int
    var language: Language

    /// Adds the chart to `workbook`, its series read from `sheet`.
    func make(title: String, sheet: XlsxWorksheet, workbook: XlsxWorkbook) throws -> XlsxChart {
        let fr = language == .fr
        let chart = try workbook.addChart(.line)
        chart.setTitle(title)
        let categories = (row: rows, column: categoryColumns)
        try chart.addMarkerSeries(name: "Q1", sheet: sheet.name, categories: categories,
                                  values: (rows, firstQuartileColumn...firstQuartileColumn), color: 0x5B9BD5, small: true)
        try chart.addMarkerSeries(name: fr ? "Médiane" : "Median", sheet: sheet.name, categories: categories,
                                  values: (rows, medianColumn...medianColumn), color: 0x1F4E79, small: false)
        try chart.addMarkerSeries(name: "Q3", sheet: sheet.name, categories: categories,
                                  values: (rows, thirdQuartileColumn...thirdQuartileColumn), color: 0x5B9BD5, small: true)
        chart.showHighLowLines()
        chart.setValueAxis(minimum: 0, maximum: 100, title: fr ? "Score (sur 100)" : "Score (out of 100)")
        chart.legendAtBottom()
        return chart
    }
}
