import PratiquesCore

extension CohortWorkbook {
    /// Per grid and session: organisation × dimension heat map of scores, and below it each
    /// organisation's gap to the cohort median. Each session's two tables print on one page.
    func writeOrganisations(_ sheet: XlsxWorksheet, page: ReportPage) throws {
        let widest = comparison.grids.map(\.dimensionCount).max() ?? 1
        let width: Double = widest > 8 ? 8 : 11
        try sheet.setColumns(0, 0, width: 30)
        try sheet.setColumns(1, widest, width: width)
        let columns = 0...max(widest, 8)
        try sheet.write(t("Organisations — scores par dimension et écart à la médiane de la cohorte",
                          "Organisations — scores by dimension and gap to the cohort median"), row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        var row = 1
        let gapScale = XlsxConditionalFormat.threeColorScale(low: 0xF8696B, middle: 0xFFFFFF, high: 0x63BE7B, minimum: -25, maximum: 25)
        for grid in comparison.grids {
            let count = grid.dimensionCount
            let titles = (0..<count).map { grid.dimensionTitle($0, in: language) }
            let present = grid.organisations.indices
            for (session, label) in grid.sessions.enumerated() {
                let members = present.filter { grid.isPresent(organisation: $0, session: session) }
                guard !members.isEmpty else { continue }
                row += 1
                let start = row
                try sheet.write(gridTitle(grid) + " — " + report.sessionTitle(label), row: row, column: 0, style: ReportStyles.subtitle)
                for (caption, isGap) in [(t("Score (sur 100)", "Score (out of 100)"), false), (t("Écart à la médiane de la cohorte", "Gap to the cohort median"), true)] {
                    row += 1
                    try sheet.setRow(row, height: RowHeight.forWrapped(titles.map { ($0, width) }))
                    try sheet.write(caption, row: row, column: 0, style: ReportStyles.header)
                    for (dimension, title) in titles.enumerated() {
                        try sheet.write(title, row: row, column: 1 + dimension, style: ReportStyles.numberHeader)
                    }
                    let first = row + 1
                    for organisation in members {
                        row += 1
                        try sheet.write(report.name(grid.organisations[organisation]), row: row, column: 0, style: ReportStyles.plain)
                        for dimension in 0..<count {
                            if isGap {
                                try sheet.write(grid.gapToMedian(organisation: organisation, session: session, dimension: dimension),
                                                row: row, column: 1 + dimension, style: ReportStyles.delta)
                            } else {
                                try sheet.write(grid.score(organisation: organisation, session: session, dimension: dimension), row: row, column: 1 + dimension,
                                                style: dimension == grid.overallIndex ? ReportStyles.boldScore : ReportStyles.score)
                            }
                        }
                    }
                    try sheet.conditionalFormat(firstRow: first, firstColumn: 1, lastRow: row, lastColumn: count, isGap ? gapScale : ReportStyles.scoreScale)
                }
                sheet.keepTogether(start...row)
                row += 1
            }
        }
        sheet.freezePanes(row: 1, column: 1)
        sheet.setPageSetup(page.setup(.landscape, title: "Organisations", columns: columns))
    }
}
