import PratiquesCore

/// The funder summary's chart: each grid's mean overall score (whole points, on its panel) at
/// each session, as horizontal bars on a 0–100 axis, one colour per session. It reads a helper
/// table (grid, then one mean per session) in hidden columns beside the printed area. Means are
/// given for every published grid, where median and quartiles need 2K organisations.
struct FunderOverviewChart {
    var language: Language
    /// The first of the hidden helper columns.
    var helperColumn: Int

    /// Session colours, light to dark.
    static let colors: [UInt32] = [0xBDD7EE, 0x9DC3E6, 0x2E75B6, 0x1F4E79, 0x0B2A45]

    /// Writes the helper table from `start` and the chart titled `title` in `columns`; returns the
    /// rows the chart takes, or `nil` when no grid has a published overall mean (no chart).
    func write(statistics: FunderStatistics, sheet: XlsxWorksheet, workbook: XlsxWorkbook, at start: Int, columns: ClosedRange<Int>,
               title: String) throws -> ClosedRange<Int>? {
        let grids = statistics.grids.filter { grid in grid.figures.contains { $0.last?.value?.mean != nil } }
        let sessions = grids.flatMap(\.sessions).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !grids.isEmpty else { return nil }
        for (index, grid) in grids.enumerated() {
            try sheet.write(grid.referentiel.title.text(in: language), row: start + index, column: helperColumn)
            for (position, label) in sessions.enumerated() {
                guard let session = grid.sessions.firstIndex(of: label) else { continue }
                try sheet.write(grid.figures[session][grid.dimensionCount - 1].value?.mean, row: start + index, column: helperColumn + 1 + position)
            }
        }
        try sheet.setColumns(helperColumn, helperColumn + sessions.count, width: 10, hidden: true)
        let helperRows = start...(start + grids.count - 1)
        let chart = try workbook.addChart(.bar)
        chart.setTitle(title)
        for (position, label) in sessions.enumerated() {
            try chart.addSeries(name: label, sheet: sheet.name, categories: (helperRows, helperColumn...helperColumn),
                                values: (helperRows, (helperColumn + 1 + position)...(helperColumn + 1 + position)),
                                color: Self.colors[position % Self.colors.count])
            chart.showValuesOnLastSeries()
        }
        chart.setValueAxis(minimum: 0, maximum: 100, majorUnit: 25)
        chart.setCategoryAxis(fontSize: 8, topDown: true)
        chart.setBarSpacing(gap: 60)
        chart.plotHiddenCells()
        chart.legendAtBottom()
        let rows = start...(start + QuartileChart.rows(forBars: grids.count * sessions.count) + 3)
        try sheet.insert(chart, rows: rows, columns: columns)
        return rows
    }
}
