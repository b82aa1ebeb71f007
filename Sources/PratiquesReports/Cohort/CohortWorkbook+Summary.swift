import PratiquesCore

extension CohortWorkbook {
    /// Cohort facts, then per grid: statistics per dimension and session, medians per session,
    /// a chart of medians with the quartile range and a line chart of the medians over sessions.
    func writeSummary(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook) throws {
        let cohort = report.cohort
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 8, width: 11)
        try sheet.write(t("Cohorte — ", "Cohort — ") + cohort.name, row: 0, column: 0, style: ReportStyles.title)
        let facts: [(label: String, value: String)] = [
            ("Parcours", cohort.parcours),
            (t("Sessions", "Sessions"), cohort.sessions.map { "\($0.label) (\($0.date))" }.joined(separator: ", ")),
            (t("Organisations membres", "Member organisations"), String(cohort.members.count)),
            (t("Généré le", "Generated on"), report.generatedOn),
        ]
        try sheet.writeFacts(facts)
        var row = 6
        if comparison.grids.isEmpty {
            try sheet.write(t("Aucune évaluation des membres ne tombe dans les sessions.", "No member assessment falls in the sessions."),
                            row: row, column: 0, style: ReportStyles.note)
        }
        for grid in comparison.grids {
            row = try writeSummaryBlock(sheet, workbook: workbook, grid: grid, at: row)
        }
        try sheet.write(t("Scores sur 100 ; méthode et quartiles : feuille Métadonnées.", "Scores out of 100; method and quartiles: Metadata sheet."),
                        row: row, column: 0, style: ReportStyles.note)
        sheet.freezePanes(row: 1, column: 0)
        try sheet.setLandscapePrint()
    }

    /// One grid's block; returns the next free row.
    private func writeSummaryBlock(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, grid: CohortGridComparison, at start: Int) throws -> Int {
        var row = start
        try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let headers = ["Dimension", "Session", "n", t("Moyenne", "Mean"), t("Médiane", "Median"), "Q1", "Q3", "Min", "Max"]
        for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
        let firstStatistics = row + 1
        for dimension in 0..<grid.dimensionCount {
            for (session, label) in grid.sessions.enumerated() {
                row += 1
                let statistics = grid.statistics[session][dimension]
                try sheet.write(grid.dimensionTitle(dimension, in: language), row: row, column: 0, style: ReportStyles.plain)
                try sheet.write(label, row: row, column: 1, style: ReportStyles.plain)
                try sheet.write(Double(statistics.n), row: row, column: 2, style: ReportStyles.integer)
                let values = [statistics.mean, statistics.median, statistics.firstQuartile, statistics.thirdQuartile,
                              statistics.minimum, statistics.maximum]
                for (offset, value) in values.enumerated() { try sheet.write(value, row: row, column: 3 + offset, style: ReportStyles.score) }
            }
        }
        let lastStatistics = row
        try sheet.conditionalFormat(firstRow: firstStatistics, firstColumn: 4, lastRow: lastStatistics, lastColumn: 4, ReportStyles.scoreScale)
        row += 2
        try sheet.write(t("Médianes par session", "Medians by session"), row: row, column: 0, style: ReportStyles.label)
        row += 1
        try sheet.write("Session", row: row, column: 0, style: ReportStyles.header)
        for dimension in 0..<grid.dimensionCount {
            try sheet.write(grid.dimensionTitle(dimension, in: language), row: row, column: 1 + dimension, style: ReportStyles.header)
        }
        let mediansHeader = row
        for (session, label) in grid.sessions.enumerated() {
            row += 1
            try sheet.write(report.sessionTitle(label), row: row, column: 0, style: ReportStyles.plain)
            for dimension in 0..<grid.dimensionCount {
                try sheet.write(grid.statistics[session][dimension].median, row: row, column: 1 + dimension, style: ReportStyles.score)
            }
        }
        let lastMedian = row

        let range = try QuartileChart(rows: firstStatistics...lastStatistics, categoryColumns: 0...1, medianColumn: 4,
                                      firstQuartileColumn: 5, thirdQuartileColumn: 6, language: language)
            .make(title: t("Médiane et écart interquartile (Q1–Q3)", "Median and interquartile range (Q1–Q3)"), sheet: sheet, workbook: workbook)
        try sheet.insert(range, row: start, column: 10, xScale: 1.6, yScale: 1.4)

        let lines = try workbook.addChart(.line)
        lines.setTitle(t("Progression des médianes", "Progress of the medians"))
        for dimension in 0..<grid.dimensionCount {
            try lines.addSeries(name: grid.dimensionTitle(dimension, in: language), sheet: sheet.name,
                                categories: (mediansHeader + 1...lastMedian, 0...0), values: (mediansHeader + 1...lastMedian, (1 + dimension)...(1 + dimension)))
        }
        lines.setValueAxis(minimum: 0, maximum: 100, title: t("Médiane (sur 100)", "Median (out of 100)"))
        lines.setCategoryAxis(title: "Session")
        lines.legendAtBottom()
        try sheet.insert(lines, row: start + 23, column: 10, xScale: 1.6, yScale: 1.4)
        return max(row + 2, start + 46)
    }
}
