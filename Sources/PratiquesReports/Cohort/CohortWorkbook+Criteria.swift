import PratiquesCore

extension CohortWorkbook {
    /// Criteria a block holds at most (a block prints on one page).
    static let criteriaPerBlock = 12

    /// Per grid (in blocks of whole dimensions): each criterion's share of organisations at each
    /// level at the latest session, its mean score at the first and latest sessions, and beside
    /// the table the same distribution as 100 % stacked bars, criteria named by their short label.
    func writeCriteria(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, page: ReportPage) throws {
        let maxLevel = comparison.grids.flatMap(\.criteria).map(\.maxLevel).max() ?? 4
        let widths: [Double] = [34, 5] + Array(repeating: 6.5, count: maxLevel + 1) + [8, 8, 9]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let gap = widths.count
        try sheet.setColumns(gap, gap, width: 1.5)
        let chartColumns = (gap + 1)...(gap + 6)
        try sheet.setColumns(chartColumns.lowerBound, chartColumns.upperBound, width: 9)
        try sheet.write(t("Critères — niveaux atteints et évolution", "Criteria — levels reached and change"), row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        var row = 1
        for grid in comparison.grids {
            guard let firstSession = grid.sessions.first, let lastSession = grid.sessions.last else { continue }
            let last = grid.sessions.count - 1
            let chunks = Self.chunks(grid)
            for (chunkIndex, criteria) in chunks.enumerated() where !criteria.isEmpty {
                row += 1
                let start = row
                let title = gridTitle(grid) + (chunks.count > 1 ? " (\(chunkIndex + 1)/\(chunks.count))" : "")
                try sheet.write(title, row: row, column: 0, style: ReportStyles.subtitle)
                try sheet.write(t("Part des organisations à chaque niveau en ", "Share of organisations at each level at ") + report.sessionTitle(lastSession),
                                row: start, column: 2, style: ReportStyles.note)
                row += 1
                let headerRow = row
                var headers = [t("Critère", "Criterion"), "n"] + (0...maxLevel).map { t("Niveau ", "Level ") + String($0) }
                headers += [t("Score moyen ", "Mean score ") + firstSession, t("Score moyen ", "Mean score ") + lastSession, t("Évolution", "Change")]
                try sheet.setRow(row, height: 30)
                for (column, header) in headers.enumerated() {
                    try sheet.write(header, row: row, column: column, style: column == 0 ? ReportStyles.header : ReportStyles.numberHeader)
                }
                for criterion in criteria {
                    row += 1
                    let name = criterionTitle(grid, criterion.criterionID)
                    try sheet.setRow(row, height: RowHeight.forWrapped([(name, widths[0])]))
                    try sheet.write(name, row: row, column: 0, style: ReportStyles.text)
                    let n = criterion.n(session: last)
                    try sheet.write(Double(n), row: row, column: 1, style: ReportStyles.integer)
                    for level in 0...maxLevel {
                        let share = level <= criterion.maxLevel && n > 0 ? Double(criterion.levelCounts[last][level]) / Double(n) : nil
                        try sheet.write(share, row: row, column: 2 + level, style: ReportStyles.percent)
                    }
                    let before = criterion.meanScores.first ?? nil, after = criterion.meanScores.last ?? nil
                    try sheet.write(before, row: row, column: 3 + maxLevel, style: ReportStyles.score)
                    try sheet.write(after, row: row, column: 4 + maxLevel, style: ReportStyles.score)
                    try sheet.write(grid.sessions.count > 1 ? criterion.progress.meanChange : nil, row: row, column: 5 + maxLevel, style: ReportStyles.delta)
                }
                let chart = try workbook.addChart(.percentBar)
                chart.setTitle(title + t(" — niveaux en ", " — levels at ") + lastSession)
                for level in 0...maxLevel {
                    try chart.addSeries(name: t("Niveau ", "Level ") + String(level), sheet: sheet.name, categories: ((headerRow + 1)...row, 0...0),
                                        values: ((headerRow + 1)...row, (2 + level)...(2 + level)),
                                        color: ReportStyles.levelColors[min(level, ReportStyles.levelColors.count - 1)])
                }
                chart.setValueAxis(minimum: nil, maximum: nil, numberFormat: "0%")
                chart.setCategoryAxis(fontSize: 8, topDown: true)
                chart.setBarSpacing(gap: 50, overlap: 100)
                chart.legendAtBottom()
                let end = max(row, start + 11)
                try sheet.insert(chart, rows: start...end, columns: chartColumns)
                while row < end { row += 1 }
                sheet.keepTogether(start...end)
                row += 1
            }
        }
        sheet.freezePanes(row: 1, column: 1)
        sheet.setPageSetup(page.setup(.landscape, title: t("Critères", "Criteria"), columns: 0...chartColumns.upperBound))
    }

    /// The grid's scored criteria in blocks of whole dimensions, at most ``criteriaPerBlock`` each
    /// (a dimension with more makes a block of its own).
    static func chunks(_ grid: CohortGridComparison) -> [[CohortGridComparison.CriterionSummary]] {
        var chunks: [[CohortGridComparison.CriterionSummary]] = [[]]
        for dimension in grid.referentiel.dimensions {
            let criteria = grid.criteria.filter { $0.dimensionID == dimension.id }
            if !chunks[chunks.count - 1].isEmpty && chunks[chunks.count - 1].count + criteria.count > criteriaPerBlock { chunks.append([]) }
            chunks[chunks.count - 1] += criteria
        }
        return chunks
    }
}
