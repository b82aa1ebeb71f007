import PratiquesCore

extension CohortWorkbook {
    /// Per grid: each organisation's overall score at every session with its gap to the cohort
    /// median, then its score on each dimension at the latest session (heat maps). A grid's
    /// tables print on one page.
    func writeOrganisations(_ sheet: XlsxWorksheet, page: ReportPage) throws {
        let widest = comparison.grids.map(\.dimensionCount).max() ?? 1
        let sessions = comparison.grids.map(\.sessions.count).max() ?? 1
        let lastColumn = max(widest, 2 * sessions)
        try sheet.setColumns(0, 0, width: 32)
        try sheet.setColumns(1, lastColumn, width: 10.5)
        try sheet.write(t("Organisations — scores et écart à la médiane de la cohorte", "Organisations — scores and gap to the cohort median"),
                        row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        try sheet.writeParagraph(t("Scores sur 100. Écart : score de l'organisation moins la médiane de la cohorte à la même session (vert : au-dessus, rouge : en dessous).",
                                   "Scores out of 100. Gap: the organisation's score minus the cohort median at the same session (green: above, red: below)."),
                                 row: 1, columns: 0...lastColumn, style: ReportStyles.wrappedNote)
        var row = 2
        let gapScale = XlsxConditionalFormat.threeColorScale(low: 0xF8696B, middle: 0xFFFFFF, high: 0x63BE7B, minimum: -25, maximum: 25)
        for grid in comparison.grids {
            guard let latest = grid.sessions.indices.last else { continue }
            row += 1
            let start = row
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            // Overall score and gap at each session.
            row += 1
            try sheet.write(t("Score global", "Overall score"), row: row, column: 0, style: ReportStyles.header)
            for (session, label) in grid.sessions.enumerated() {
                try sheet.merge(report.sessionTitle(label), firstRow: row, firstColumn: 1 + 2 * session, lastRow: row, lastColumn: 2 + 2 * session,
                                style: ReportStyles.numberHeader)
            }
            row += 1
            try sheet.write("Organisation", row: row, column: 0, style: ReportStyles.header)
            for session in grid.sessions.indices {
                try sheet.write(t("Score", "Score"), row: row, column: 1 + 2 * session, style: ReportStyles.numberHeader)
                try sheet.write(t("Écart", "Gap"), row: row, column: 2 + 2 * session, style: ReportStyles.numberHeader)
            }
            let firstOverall = row + 1
            for organisation in grid.organisations.indices where grid.sessions.indices.contains(where: { grid.isPresent(organisation: organisation, session: $0) }) {
                row += 1
                try sheet.write(report.name(grid.organisations[organisation]), row: row, column: 0, style: ReportStyles.plain)
                for session in grid.sessions.indices {
                    try sheet.write(grid.score(organisation: organisation, session: session, dimension: grid.overallIndex),
                                    row: row, column: 1 + 2 * session, style: ReportStyles.score)
                    try sheet.write(grid.gapToMedian(organisation: organisation, session: session, dimension: grid.overallIndex),
                                    row: row, column: 2 + 2 * session, style: ReportStyles.delta)
                }
            }
            for session in grid.sessions.indices where row >= firstOverall {
                try sheet.conditionalFormat(firstRow: firstOverall, firstColumn: 1 + 2 * session, lastRow: row, lastColumn: 1 + 2 * session, ReportStyles.scoreScale)
                try sheet.conditionalFormat(firstRow: firstOverall, firstColumn: 2 + 2 * session, lastRow: row, lastColumn: 2 + 2 * session, gapScale)
            }
            // Dimensions at the latest session.
            row += 1
            let titles = (0..<grid.overallIndex).map { grid.dimensionTitle($0, in: language) }
            try sheet.setRow(row, height: RowHeight.forWrapped(titles.map { ($0, 10.5) } + [(t("Dimensions en ", "Dimensions at ") + report.sessionTitle(grid.sessions[latest]), 32)]))
            try sheet.write(t("Dimensions en ", "Dimensions at ") + report.sessionTitle(grid.sessions[latest]), row: row, column: 0, style: ReportStyles.header)
            for (dimension, title) in titles.enumerated() {
                try sheet.write(title, row: row, column: 1 + dimension, style: ReportStyles.numberHeader)
            }
            let firstDimension = row + 1
            for organisation in grid.organisations.indices where grid.isPresent(organisation: organisation, session: latest) {
                row += 1
                try sheet.write(report.name(grid.organisations[organisation]), row: row, column: 0, style: ReportStyles.plain)
                for dimension in titles.indices {
                    try sheet.write(grid.score(organisation: organisation, session: latest, dimension: dimension), row: row, column: 1 + dimension,
                                    style: ReportStyles.score)
                }
            }
            if row >= firstDimension && !titles.isEmpty {
                try sheet.conditionalFormat(firstRow: firstDimension, firstColumn: 1, lastRow: row, lastColumn: titles.count, ReportStyles.scoreScale)
            }
            sheet.keepTogether(start...row)
            row += 1
        }
        sheet.freezePanes(row: 1, column: 1)
        sheet.setPageSetup(page.setup(.landscape, title: "Organisations", columns: 0...lastColumn))
    }
}
