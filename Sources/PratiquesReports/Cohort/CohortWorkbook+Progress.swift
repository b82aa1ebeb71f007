import PratiquesCore

extension CohortWorkbook {
    /// Per grid: paired progress per pair of sessions and dimension, the criteria where the
    /// cohort progressed most and least, and each organisation's change from first to last session.
    func writeProgress(_ sheet: XlsxWorksheet) throws {
        try sheet.setColumns(0, 0, width: 40)
        try sheet.setColumns(1, 20, width: 13)
        try sheet.write(t("Progression appariée (organisations présentes aux deux sessions)",
                          "Paired progress (organisations present at both sessions)"), row: 0, column: 0, style: ReportStyles.title)
        var row = 1
        for grid in comparison.grids {
            row += 1
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            for (index, pair) in grid.pairs.enumerated() {
                row += 1
                try sheet.write("\(grid.sessions[pair.from]) → \(grid.sessions[pair.to])", row: row, column: 0, style: ReportStyles.label)
                row += 1
                let headers = ["Dimension", "n", t("Évolution moyenne", "Mean change"), t("Ont progressé", "Progressed"),
                               t("Stables", "Stayed"), t("Ont régressé", "Regressed"), t("% progressé", "% progressed"),
                               t("% stable", "% stayed"), t("% régressé", "% regressed")]
                for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
                for dimension in 0..<grid.dimensionCount {
                    row += 1
                    let progress = grid.progress[index][dimension]
                    try sheet.write(grid.dimensionTitle(dimension, in: language), row: row, column: 0, style: ReportStyles.plain)
                    try writeProgressFigures(sheet, progress, row: row, column: 1)
                }
                row += 1
            }
            if let first = grid.sessions.first, let last = grid.sessions.last, grid.sessions.count >= 2 {
                for (title, criteria) in [(t("Critères où la cohorte a le plus progressé", "Criteria where the cohort progressed most"), grid.mostProgressed()),
                                          (t("Critères où la cohorte a le moins progressé", "Criteria where the cohort progressed least"), grid.leastProgressed())] {
                    row += 1
                    try sheet.write("\(title) (\(first) → \(last))", row: row, column: 0, style: ReportStyles.label)
                    row += 1
                    let headers = [t("Critère", "Criterion"), "id", "n", t("Évolution moyenne", "Mean change"),
                                   t("Score moyen ", "Mean score ") + first, t("Score moyen ", "Mean score ") + last]
                    for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
                    for criterion in criteria {
                        row += 1
                        try sheet.write(criterionTitle(grid, criterion.criterionID), row: row, column: 0, style: ReportStyles.text)
                        try sheet.write(criterion.criterionID, row: row, column: 1, style: ReportStyles.plain)
                        try sheet.write(Double(criterion.progress.n), row: row, column: 2, style: ReportStyles.integer)
                        try sheet.write(criterion.progress.meanChange, row: row, column: 3, style: ReportStyles.delta)
                        try sheet.write(criterion.meanScores.first ?? nil, row: row, column: 4, style: ReportStyles.score)
                        try sheet.write(criterion.meanScores.last ?? nil, row: row, column: 5, style: ReportStyles.score)
                    }
                    row += 1
                }
                row += 1
                try sheet.write(t("Évolution de chaque organisation", "Change of each organisation") + " (\(first) → \(last))",
                                row: row, column: 0, style: ReportStyles.label)
                row += 1
                try sheet.write("Organisation", row: row, column: 0, style: ReportStyles.header)
                for dimension in 0..<grid.dimensionCount {
                    try sheet.write(grid.dimensionTitle(dimension, in: language), row: row, column: 1 + dimension, style: ReportStyles.header)
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
                row += 1
            }
        }
        sheet.freezePanes(row: 1, column: 0)
        try sheet.setLandscapePrint()
    }

    /// n, mean change, counts and shares, from `column` on.
    func writeProgressFigures(_ sheet: XlsxWorksheet, _ progress: PairedProgress, row: Int, column: Int) throws {
        try sheet.write(Double(progress.n), row: row, column: column, style: ReportStyles.integer)
        try sheet.write(progress.meanChange, row: row, column: column + 1, style: ReportStyles.delta)
        try sheet.write(Double(progress.progressed), row: row, column: column + 2, style: ReportStyles.integer)
        try sheet.write(Double(progress.stable), row: row, column: column + 3, style: ReportStyles.integer)
        try sheet.write(Double(progress.regressed), row: row, column: column + 4, style: ReportStyles.integer)
        let shares = progress.shares
        try sheet.write(shares?.progressed, row: row, column: column + 5, style: ReportStyles.percent)
        try sheet.write(shares?.stable, row: row, column: column + 6, style: ReportStyles.percent)
        try sheet.write(shares?.regressed, row: row, column: column + 7, style: ReportStyles.percent)
    }
}
