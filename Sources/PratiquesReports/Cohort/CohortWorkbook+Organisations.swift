import PratiquesCore

extension CohortWorkbook {
    /// Per grid and session: organisation × dimension heat map of scores, and beside it each
    /// organisation's gap to the cohort median.
    func writeOrganisations(_ sheet: XlsxWorksheet) throws {
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 30, width: 12)
        try sheet.write(t("Organisations — scores par dimension et écart à la médiane de la cohorte",
                          "Organisations — scores by dimension and gap to the cohort median"), row: 0, column: 0, style: ReportStyles.title)
        var row = 1
        let gapScale = XlsxConditionalFormat.threeColorScale(low: 0xF8696B, middle: 0xFFFFFF, high: 0x63BE7B, minimum: -25, maximum: 25)
        for grid in comparison.grids {
            row += 1
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            let width = grid.dimensionCount
            for (session, label) in grid.sessions.enumerated() {
                row += 1
                try sheet.write(report.sessionTitle(label), row: row, column: 0, style: ReportStyles.label)
                try sheet.write(t("Écart à la médiane", "Gap to the median"), row: row, column: 2 + width, style: ReportStyles.label)
                row += 1
                try sheet.write("Organisation", row: row, column: 0, style: ReportStyles.header)
                for dimension in 0..<width {
                    let title = grid.dimensionTitle(dimension, in: language)
                    try sheet.write(title, row: row, column: 1 + dimension, style: ReportStyles.header)
                    try sheet.write(title, row: row, column: 2 + width + dimension, style: ReportStyles.header)
                }
                let first = row + 1
                for organisation in grid.organisations.indices where grid.isPresent(organisation: organisation, session: session) {
                    row += 1
                    try sheet.write(report.name(grid.organisations[organisation]), row: row, column: 0, style: ReportStyles.plain)
                    for dimension in 0..<width {
                        try sheet.write(grid.score(organisation: organisation, session: session, dimension: dimension),
                                        row: row, column: 1 + dimension, style: ReportStyles.score)
                        try sheet.write(grid.gapToMedian(organisation: organisation, session: session, dimension: dimension),
                                        row: row, column: 2 + width + dimension, style: ReportStyles.delta)
                    }
                }
                if row >= first {
                    try sheet.conditionalFormat(firstRow: first, firstColumn: 1, lastRow: row, lastColumn: width, ReportStyles.scoreScale)
                    try sheet.conditionalFormat(firstRow: first, firstColumn: 2 + width, lastRow: row, lastColumn: 1 + 2 * width, gapScale)
                }
                row += 1
            }
        }
        sheet.freezePanes(row: 1, column: 1)
        try sheet.setLandscapePrint()
    }
}
