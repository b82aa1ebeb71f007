import PratiquesCore

extension FunderWorkbook {
    /// Columns a session takes in the summary tables: n, mean, median, Q1, Q3.
    static let summaryColumnsPerSession = 5

    /// The mean overall score of every grid at each session (one chart), then per grid n, mean,
    /// median and quartiles per dimension and session, as ``FunderStatistics`` publishes them;
    /// a grid with nothing published is one line.
    func writeSummary(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, statistics: FunderStatistics, page: ReportPage) throws {
        let sessionCount = max(1, statistics.grids.map(\.sessions.count).max() ?? 1)
        try sheet.setColumns(0, 0, width: 30)
        for session in 0..<sessionCount {
            let first = 1 + session * Self.summaryColumnsPerSession
            try sheet.setColumns(first, first, width: 4.5)
            try sheet.setColumns(first + 1, first + 4, width: 6.5)
        }
        let tableEnd = sessionCount * Self.summaryColumnsPerSession
        try sheet.setColumns(tableEnd + 1, tableEnd + 1, width: 1.5)
        let chartColumns = (tableEnd + 2)...(tableEnd + 6)
        try sheet.setColumns(chartColumns.lowerBound, chartColumns.upperBound, width: 9)
        try sheet.write(report.cohort.parcours + t(" — scores par grille, dimension et session", " — scores by grid, dimension and session"),
                        row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        try sheet.writeParagraph(t("Scores sur 100, arrondis au point, sur le panel de chaque grille (organisations présentes à chaque session). n : organisations sur lesquelles porte le chiffre. Moy. : moyenne. Méd. : médiane ; Q1 et Q3 : un quart des organisations sont en dessous de Q1, un quart au-dessus de Q3 ; « — » : donnés à partir de \(rule.quartileGroup) organisations.",
                                   "Scores out of 100, rounded to the point, on each grid's panel (organisations present at every session). n: organisations behind the figure. Q1 and Q3: a quarter of the organisations lie below Q1, a quarter above Q3; '—': given from \(rule.quartileGroup) organisations on."),
                                 row: 1, columns: 0...chartColumns.upperBound, style: ReportStyles.wrappedNote)
        let chartStart = 3
        let chart = FunderOverviewChart(language: language, helperColumn: chartColumns.upperBound + 2)
        let chartRows = try chart.write(statistics: statistics, sheet: sheet, workbook: workbook, at: chartStart, columns: chartColumns,
                                        title: t("Score global moyen par grille et session", "Mean overall score by grid and session"))
        if let chartRows { sheet.keepTogether(chartRows) }
        var row = chartStart
        for grid in statistics.grids {
            if grid.isFullyWithheld {
                try sheet.writeParagraph(withheldGridLine(grid), row: row, columns: 0...tableEnd, style: ReportStyles.suppressed)
                row += 2
                continue
            }
            row = try writeSummaryTable(grid, sheet: sheet, at: row) + 2
        }
        sheet.freezePanes(row: 1, column: 0)
        sheet.setPageSetup(page.setup(.landscape, title: t("Synthèse", "Summary"), columns: 0...chartColumns.upperBound))
    }

    /// One grid's table from `start`: its title, the sessions, then a row per dimension and the
    /// overall score. Returns the last row.
    func writeSummaryTable(_ grid: FunderStatistics.Grid, sheet: XlsxWorksheet, at start: Int) throws -> Int {
        let width = Self.summaryColumnsPerSession
        var row = start
        try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        try sheet.writeBlank(row: row, column: 0, style: ReportStyles.header)
        for (index, label) in grid.sessions.enumerated() {
            try sheet.merge(report.sessionTitle(label), firstRow: row, firstColumn: 1 + index * width, lastRow: row,
                            lastColumn: (index + 1) * width, style: ReportStyles.numberHeader)
        }
        row += 1
        try sheet.write("Dimension", row: row, column: 0, style: ReportStyles.header)
        for index in grid.sessions.indices {
            for (offset, header) in ["n", t("Moy.", "Mean"), t("Méd.", "Median"), "Q1", "Q3"].enumerated() {
                try sheet.write(header, row: row, column: 1 + index * width + offset, style: ReportStyles.numberHeader)
            }
        }
        for dimension in 0..<grid.dimensionCount {
            row += 1
            let overall = dimension == grid.dimensionCount - 1
            let name = grid.dimensionTitle(dimension, in: language)
            var height = RowHeight.forWrapped([(name, 30)])
            try sheet.write(name, row: row, column: 0, style: overall ? ReportStyles.boldText : ReportStyles.text)
            for session in grid.sessions.indices {
                let first = 1 + session * width
                switch grid.figures[session][dimension] {
                case .shown(let figure):
                    try sheet.write(Double(figure.n), row: row, column: first, style: ReportStyles.integer)
                    try sheet.write(figure.mean, row: row, column: first + 1, style: overall ? FunderStyles.boldScore : FunderStyles.score)
                    for (offset, value) in [figure.median, figure.firstQuartile, figure.thirdQuartile].enumerated() {
                        if let value {
                            try sheet.write(value, row: row, column: first + 2 + offset, style: overall ? FunderStyles.boldScore : FunderStyles.score)
                        } else {
                            try sheet.write("—", row: row, column: first + 2 + offset, style: FunderStyles.notGiven)
                        }
                    }
                case .withheld(let reason):
                    let text = withheldText(reason)
                    try sheet.merge(text, firstRow: row, firstColumn: first, lastRow: row, lastColumn: first + width - 1, style: ReportStyles.suppressed)
                    height = max(height, RowHeight.forWrapped([(text, 4.5 + 4 * 6.5)]))
                }
            }
            if height > XlsxWorksheet.defaultRowHeight { try sheet.setRow(row, height: height) }
        }
        sheet.keepTogether(start...row)
        return row
    }
}
