import PratiquesCore

extension CohortWorkbook {
    /// Per grid: organisations at each level per criterion and session, with a stacked bar chart.
    func writeCriteria(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook) throws {
        try sheet.setColumns(0, 0, width: 28)
        try sheet.setColumns(1, 12, width: 10)
        try sheet.write(t("Répartition des niveaux par critère et session", "Level distribution by criterion and session"),
                        row: 0, column: 0, style: ReportStyles.title)
        var row = 1
        for grid in comparison.grids {
            row += 1
            let start = row
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            row += 1
            let maxLevel = grid.criteria.map(\.maxLevel).max() ?? 0
            var headers = [t("Critère", "Criterion"), "Session", "n"]
            headers += (0...maxLevel).map { t("Niveau ", "Level ") + String($0) }
            headers += [t("Score moyen", "Mean score"), "Dimension"]
            for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
            let first = row + 1
            for criterion in grid.criteria {
                for (session, label) in grid.sessions.enumerated() {
                    row += 1
                    try sheet.write(criterion.criterionID, row: row, column: 0, style: ReportStyles.plain)
                    try sheet.write(label, row: row, column: 1, style: ReportStyles.plain)
                    try sheet.write(Double(criterion.n(session: session)), row: row, column: 2, style: ReportStyles.integer)
                    for level in 0...maxLevel {
                        let count = level <= criterion.maxLevel ? Double(criterion.levelCounts[session][level]) : nil
                        try sheet.write(count, row: row, column: 3 + level, style: ReportStyles.integer)
                    }
                    try sheet.write(criterion.meanScores[session], row: row, column: 4 + maxLevel, style: ReportStyles.score)
                    try sheet.write(criterion.dimensionID, row: row, column: 5 + maxLevel, style: ReportStyles.plain)
                }
            }
            guard row >= first else { continue }
            let chart = try workbook.addChart(.stackedBar)
            chart.setTitle(t("Organisations par niveau — ", "Organisations by level — ") + grid.referentiel.title.text(in: language))
            let colors: [UInt32] = [0xF8696B, 0xFBAA77, 0xFFEB84, 0xB1D580, 0x63BE7B]
            for level in 0...maxLevel {
                try chart.addSeries(name: t("Niveau ", "Level ") + String(level), sheet: sheet.name, categories: (first...row, 0...1),
                                    values: (first...row, (3 + level)...(3 + level)), color: colors[min(level, colors.count - 1)])
            }
            chart.legendAtBottom()
            try sheet.insert(chart, row: start, column: 7 + maxLevel, xScale: 1.8, yScale: min(40, max(1.5, Double(row - first + 1) / 12)))
            row += 1
        }
        sheet.freezePanes(row: 1, column: 1)
    }
}
