import PratiquesCore

extension CohortWorkbook {
    /// Per grid: paired progress per pair of sessions and dimension, the criteria where the
    /// cohort progressed most and least, and each organisation's change from first to last session.
    func writeProgress(_ sheet: XlsxWorksheet, page: ReportPage) throws {
        let widest = comparison.grids.map(\.dimensionCount).max() ?? 1
        let pairs = max(1, comparison.grids.map(\.pairs.count).max() ?? 1)
        let lastColumn = max(5 * pairs, widest, 4)
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, lastColumn, width: widest > 8 ? 8 : 7.5)
        try sheet.write(t("Progression appariée (organisations présentes aux deux sessions)",
                          "Paired progress (organisations present at both sessions)"), row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        try sheet.writeParagraph(t("Évolution : moyenne des écarts de score (sur 100) ; nombre d'organisations qui ont progressé, sont restées stables (moins d'un point d'écart) ou ont régressé.",
                                   "Change: mean of the score changes (out of 100); organisations that progressed, stayed (less than one point) or regressed."),
                                 row: 1, columns: 0...lastColumn, style: ReportStyles.wrappedNote)
        var row = 2
        for grid in comparison.grids {
            row += 1
            let start = row
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            row = try sheet.writePairHeaders(grid.pairs, sessions: grid.sessions, at: row + 1,
                                             columns: ["n", t("Évolution", "Change"), t("En progrès", "Progressed"), t("Stables", "Stayed"), t("En recul", "Regressed")])
            for dimension in 0..<grid.dimensionCount {
                row += 1
                let name = grid.dimensionTitle(dimension, in: language)
                try sheet.setRow(row, height: RowHeight.forWrapped([(name, 34)]))
                try sheet.write(name, row: row, column: 0, style: dimension == grid.overallIndex ? ReportStyles.boldText : ReportStyles.text)
                for index in grid.pairs.indices {
                    try writeProgressFigures(sheet, grid.progress[index][dimension], row: row, column: 1 + index * 5)
                }
            }
            sheet.keepTogether(start...row)
            row += 1
            if let first = grid.sessions.first, let last = grid.sessions.last, grid.sessions.count >= 2 {
                for (title, criteria) in [(t("Critères où la cohorte a le plus progressé", "Criteria where the cohort progressed most"), grid.mostProgressed()),
                                          (t("Critères où la cohorte a le moins progressé", "Criteria where the cohort progressed least"), grid.leastProgressed())] {
                    row += 1
                    let start = row
                    try sheet.write("\(title) (\(first) → \(last))", row: row, column: 0, style: ReportStyles.label)
                    row += 1
                    let headers = [t("Critère", "Criterion"), "n", t("Évolution moyenne", "Mean change"),
                                   t("Score moyen ", "Mean score ") + first, t("Score moyen ", "Mean score ") + last]
                    try sheet.setRow(row, height: 30)
                    for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: column == 0 ? ReportStyles.header : ReportStyles.numberHeader) }
                    for criterion in criteria {
                        row += 1
                        let name = criterionTitle(grid, criterion.criterionID)
                        try sheet.setRow(row, height: RowHeight.forWrapped([(name, 34)]))
                        try sheet.write(name, row: row, column: 0, style: ReportStyles.text)
                        try sheet.write(Double(criterion.progress.n), row: row, column: 1, style: ReportStyles.integer)
                        try sheet.write(criterion.progress.meanChange, row: row, column: 2, style: ReportStyles.delta)
                        try sheet.write(criterion.meanScores.first ?? nil, row: row, column: 3, style: ReportStyles.score)
                        try sheet.write(criterion.meanScores.last ?? nil, row: row, column: 4, style: ReportStyles.score)
                    }
                    sheet.keepTogether(start...row)
                    row += 1
                }
                row += 1
                let start = row
                try sheet.write(t("Évolution de chaque organisation", "Change of each organisation") + " (\(first) → \(last))",
                                row: row, column: 0, style: ReportStyles.label)
                row += 1
                let titles = (0..<grid.dimensionCount).map { grid.dimensionTitle($0, in: language) }
                try sheet.setRow(row, height: RowHeight.forWrapped(titles.map { ($0, widest > 8 ? 8 : 7.5) }))
                try sheet.write("Organisation", row: row, column: 0, style: ReportStyles.header)
                for (dimension, title) in titles.enumerated() {
                    try sheet.write(title, row: row, column: 1 + dimension, style: ReportStyles.numberHeader)
                }
                let lastSession = grid.sessions.count - 1
                for organisation in grid.organisations.indices
                where grid.isPresent(organisation: organisation, session: 0) && grid.isPresent(organisation: organisation, session: lastSession) {
                    row += 1
                    try sheet.write(report.name(grid.organisations[organisation]), row: row, column: 0, style: ReportStyles.plain)
                    for dimension in 0..<grid.dimensionCount {
                        var change: Double?
                        if let before = grid.score(organisation: organisation, session: 0, dimension: dimension),
                           let after = grid.score(organisation: organisation, session: lastSession, dimension: dimension) {
                            change = after - before
                        }
                        try sheet.write(change, row: row, column: 1 + dimension, style: ReportStyles.delta)
                    }
                }
                sheet.keepTogether(start...row)
                row += 1
            }
        }
        sheet.freezePanes(row: 1, column: 0)
        sheet.setPageSetup(page.setup(.landscape, title: t("Progression", "Progress"), columns: 0...lastColumn))
    }

    /// n, mean change and the organisations that progressed, stayed and regressed, from `column` on.
    func writeProgressFigures(_ sheet: XlsxWorksheet, _ progress: PairedProgress, row: Int, column: Int) throws {
        try sheet.write(Double(progress.n), row: row, column: column, style: ReportStyles.integer)
        try sheet.write(progress.meanChange, row: row, column: column + 1, style: ReportStyles.delta)
        try sheet.write(Double(progress.progressed), row: row, column: column + 2, style: ReportStyles.integer)
        try sheet.write(Double(progress.stable), row: row, column: column + 3, style: ReportStyles.integer)
        try sheet.write(Double(progress.regressed), row: row, column: column + 4, style: ReportStyles.integer)
    }
}
