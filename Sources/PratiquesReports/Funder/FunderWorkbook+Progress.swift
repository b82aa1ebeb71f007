import PratiquesCore

extension FunderWorkbook {
    /// Paired progress per grid and dimension, for each pair of sessions: n, mean change, shares
    /// that progressed and regressed — on the panel, as ``FunderStatistics`` publishes them.
    func writeProgress(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage) throws {
        let pairCount = max(1, statistics.grids.map(\.pairs.count).max() ?? 1)
        try sheet.setColumns(0, 0, width: 34)
        for pair in 0..<pairCount {
            try sheet.setColumns(1 + pair * 4, 1 + pair * 4, width: 4.5)
            try sheet.setColumns(2 + pair * 4, 4 + pair * 4, width: 8)
        }
        let last = pairCount * 4
        try sheet.writeParagraph(t("Progression appariée (organisations du panel, présentes à chaque session)", "Paired progress (panel organisations, present at every session)"),
                                 row: 0, columns: 0...last, style: ReportStyles.title, fontSize: 16, minimumHeight: 22)
        try sheet.writeParagraph(t("Évol. : moyenne des écarts de score (sur 100, arrondie au point) des organisations du panel ; % progrès, % recul : parts de celles qui ont progressé ou régressé d'un point ou plus.",
                                   "Change: mean of the score changes (out of 100, rounded to the point) of the panel's organisations; % up, % down: shares of those that progressed or regressed by one point or more."),
                                 row: 1, columns: 0...last, style: ReportStyles.wrappedNote)
        var row = 2
        for grid in statistics.grids {
            row += 1
            if grid.isFullyWithheld {
                try sheet.writeParagraph(withheldGridLine(grid), row: row, columns: 0...last, style: ReportStyles.suppressed)
                row += 1
                continue
            }
            let start = row
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            row = try sheet.writePairHeaders(grid.pairs, sessions: grid.sessions, at: row + 1,
                                             columns: ["n", t("Évol.", "Change"), t("% progrès", "% up"), t("% recul", "% down")], height: 15)
            for dimension in 0..<grid.dimensionCount {
                row += 1
                let overall = dimension == grid.dimensionCount - 1
                try sheet.write(grid.dimensionTitle(dimension, in: language), row: row, column: 0, style: overall ? ReportStyles.boldText : ReportStyles.text)
                var height = RowHeight.forWrapped([(grid.dimensionTitle(dimension, in: language), 34)])
                for index in grid.pairs.indices {
                    let first = 1 + index * 4
                    switch grid.changes[index][dimension] {
                    case .shown(let change):
                        try sheet.write(Double(change.n), row: row, column: first, style: ReportStyles.integer)
                        try sheet.write(change.meanChange, row: row, column: first + 1, style: FunderStyles.delta)
                        try sheet.write(change.progressed, row: row, column: first + 2, style: ReportStyles.percent)
                        try sheet.write(change.regressed, row: row, column: first + 3, style: ReportStyles.percent)
                    case .withheld(let reason):
                        let text = withheldText(reason)
                        try sheet.merge(text, firstRow: row, firstColumn: first, lastRow: row, lastColumn: first + 3, style: ReportStyles.suppressed)
                        height = max(height, RowHeight.forWrapped([(text, 28)]))
                    }
                }
                try sheet.setRow(row, height: height)
            }
            sheet.keepTogether(start...row)
            row += 1
        }
        sheet.setPageSetup(page.setup(.portrait, title: t("Progression", "Progress"), columns: 0...last))
    }
}
