import PratiquesCore

extension CohortWorkbook {
    /// The parcours, the cohort and its sessions, then per grid the statistics by dimension and
    /// session (n, mean, median, quartiles) beside the medians with their interquartile range.
    func writeSummary(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, page: ReportPage, reportSheets: [String]) throws {
        let cohort = report.cohort
        let sessionCount = max(1, comparison.grids.map(\.sessions.count).max() ?? cohort.sessions.count)
        try StatisticsTable.setColumns(sheet, sessions: sessionCount)
        let tableEnd = StatisticsTable.lastColumn(sessions: sessionCount)
        try sheet.setColumns(tableEnd + 1, tableEnd + 1, width: 1.5)
        let chartColumns = (tableEnd + 2)...(tableEnd + 7)
        try sheet.setColumns(chartColumns.lowerBound, chartColumns.upperBound, width: 9)
        try sheet.write(cohort.parcours + t(" — bilan de la cohorte", " — cohort report"), row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        let facts = [t("\(cohort.members.count) organisations", "\(cohort.members.count) organisations"),
                     t("sessions ", "sessions ") + cohort.sessions.map { "\($0.label) (\(ReportText.day($0.date, language)))" }.joined(separator: ", "),
                     t("scores sur 100 ; méthode et quartiles : feuille Métadonnées", "scores out of 100; method and quartiles: Metadata sheet")]
        try sheet.writeParagraph(facts.joined(separator: " · "), row: 1, columns: 0...chartColumns.upperBound, style: ReportStyles.wrappedNote)
        var row = 3
        if comparison.grids.isEmpty {
            try sheet.write(t("Aucune évaluation des membres ne tombe dans les sessions.", "No member assessment falls in the sessions."),
                            row: row, column: 0, style: ReportStyles.note)
        }
        for grid in comparison.grids {
            let table = StatisticsTable(language: language, sessions: grid.sessions.map { ($0, report.sessionTitle($0)) },
                                        dimensions: (0..<grid.dimensionCount).map { grid.dimensionTitle($0, in: language) }) { session, dimension in
                let statistics = grid.statistics[session][dimension]
                return .shown(.init(n: statistics.n, mean: statistics.mean, median: statistics.median,
                                    firstQuartile: statistics.firstQuartile, thirdQuartile: statistics.thirdQuartile))
            }
            row = try table.write(sheet, workbook: workbook, title: gridTitle(grid), note: t("version ", "version ") + grid.referentiel.version.description,
                                  at: row, chartColumns: chartColumns, helperColumn: chartColumns.upperBound + 2) + 2
        }
        try sheet.writeParagraph(page.howToPrint(reportSheets: reportSheets), row: row, columns: 0...chartColumns.upperBound, style: ReportStyles.wrappedNote)
        sheet.freezePanes(row: 1, column: 0)
        sheet.setPageSetup(page.setup(.landscape, title: t("Synthèse", "Summary"), columns: 0...chartColumns.upperBound))
    }
}
