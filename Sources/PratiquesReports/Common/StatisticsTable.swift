import PratiquesCore

/// One grid's statistics in the cohort and funder workbooks: a row per dimension (the overall
/// score last), for each session n, mean, median, Q1 and Q3; a withheld group reads as one
/// merged cell; beside it the ``QuartileChart``. The block prints on one page.
struct StatisticsTable {
    /// The figures of one dimension at one session.
    struct Figure {
        var n: Int
        var mean: Double?
        var median: Double?
        var firstQuartile: Double?
        var thirdQuartile: Double?
    }

    enum Cell {
        case shown(Figure)
        /// The group is too small: no figure, the text says why.
        case withheld(String)
    }

    var language: Language
    /// Session labels and their titles (`T0`, `T0 (14/03/2024)`).
    var sessions: [(label: String, title: String)]
    /// Dimension titles, the overall score last.
    var dimensions: [String]
    var cell: (_ session: Int, _ dimension: Int) -> Cell

    /// Columns a session takes: n, mean, median, Q1, Q3.
    static let columnsPerSession = 5
    /// Width of the dimension column and of a figure column.
    static let dimensionWidth = 30.0
    static let figureWidth = 7.0

    /// The table's last column for `sessions` sessions.
    static func lastColumn(sessions: Int) -> Int { sessions * columnsPerSession }

    /// Sets the table's column widths.
    static func setColumns(_ sheet: XlsxWorksheet, sessions: Int) throws {
        try sheet.setColumns(0, 0, width: dimensionWidth)
        for session in 0..<sessions {
            let first = 1 + session * columnsPerSession
            try sheet.setColumns(first, first, width: 4.5)
            try sheet.setColumns(first + 1, first + 4, width: figureWidth)
        }
    }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Writes the table titled `title` from `start`, its chart in `chartColumns` and the chart's
    /// data in the hidden columns from `helperColumn`; returns the block's last row. Rows are
    /// written in order (the cohort workbook streams them).
    func write(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, title: String, note: String?, at start: Int,
               chartColumns: ClosedRange<Int>?, helperColumn: Int) throws -> Int {
        var bars: [QuartileChart.Bar] = []
        for (dimension, name) in dimensions.enumerated() {
            for (session, label) in sessions.enumerated() {
                let category = session == 0 ? name + " — " + label.label : label.label
                if case .shown(let figure) = cell(session, dimension) {
                    bars.append(.init(category: category, firstQuartile: figure.firstQuartile, median: figure.median, thirdQuartile: figure.thirdQuartile))
                } else {
                    bars.append(.init(category: category))
                }
            }
        }
        let chart = QuartileChart(language: language, helperColumn: helperColumn)
        let hasChart = chartColumns != nil && bars.contains { $0.median != nil }
        let tableEnd = start + 2 + dimensions.count
        let chartRows = max(tableEnd - start + 1, QuartileChart.rows(forBars: bars.count))
        let end = hasChart ? max(tableEnd, start + chartRows - 1, start + bars.count - 1) : tableEnd
        var row = start
        func helper() throws {
            if hasChart { try chart.writeHelperRow(bars, index: row - start, sheet: sheet, row: row) }
        }
        try sheet.write(title, row: row, column: 0, style: ReportStyles.subtitle)
        if let note { try sheet.write(note, row: row, column: 1, style: ReportStyles.note) }
        try helper()
        row += 1
        try sheet.writeBlank(row: row, column: 0, style: ReportStyles.header)
        for (index, session) in sessions.enumerated() {
            let first = 1 + index * Self.columnsPerSession
            try sheet.merge(session.title, firstRow: row, firstColumn: first, lastRow: row, lastColumn: first + Self.columnsPerSession - 1,
                            style: ReportStyles.numberHeader)
        }
        try helper()
        row += 1
        try sheet.write("Dimension", row: row, column: 0, style: ReportStyles.header)
        for index in sessions.indices {
            let first = 1 + index * Self.columnsPerSession
            for (offset, header) in ["n", t("Moy.", "Mean"), t("Méd.", "Median"), "Q1", "Q3"].enumerated() {
                try sheet.write(header, row: row, column: first + offset, style: ReportStyles.numberHeader)
            }
        }
        try helper()
        for (dimension, name) in dimensions.enumerated() {
            row += 1
            let overall = dimension == dimensions.count - 1
            let cells = sessions.indices.map { cell($0, dimension) }
            var height = RowHeight.forWrapped([(name, Self.dimensionWidth)])
            for case .withheld(let text) in cells { height = max(height, RowHeight.forWrapped([(text, 4.5 + 4 * Self.figureWidth)])) }
            if height > XlsxWorksheet.defaultRowHeight { try sheet.setRow(row, height: height) }
            try sheet.write(name, row: row, column: 0, style: overall ? ReportStyles.boldText : ReportStyles.text)
            for (session, cell) in cells.enumerated() {
                let first = 1 + session * Self.columnsPerSession
                switch cell {
                case .shown(let figure):
                    try sheet.write(Double(figure.n), row: row, column: first, style: ReportStyles.integer)
                    let values = [figure.mean, figure.median, figure.firstQuartile, figure.thirdQuartile]
                    for (offset, value) in values.enumerated() {
                        try sheet.write(value, row: row, column: first + 1 + offset, style: overall ? ReportStyles.boldScore : ReportStyles.score)
                    }
                case .withheld(let text):
                    try sheet.merge(text, firstRow: row, firstColumn: first, lastRow: row, lastColumn: first + Self.columnsPerSession - 1,
                                    style: ReportStyles.suppressed)
                }
            }
            try helper()
        }
        while row < end {
            row += 1
            try helper()
        }
        if hasChart, let chartColumns {
            try chart.insertChart(sheet: sheet, workbook: workbook, title: title + t(" — médiane et quartiles", " — median and quartiles"),
                                  helperRows: start...(start + bars.count - 1), rows: start...(start + chartRows - 1), columns: chartColumns)
        }
        sheet.keepTogether(start...end)
        return end
    }
}
