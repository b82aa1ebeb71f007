import PratiquesCore

extension OrganisationWorkbook {
    /// Organisation and period, then one block per grid: its dimensions × assessments table
    /// (overall score and coverage below) beside a chart of horizontal bars on 0–100. Blocks
    /// never straddle a page.
    func writeSummary(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, page: ReportPage) throws {
        let organisation = report.organisation
        let assessmentColumns = max(3, report.byGrid.map(\.entries.count).max() ?? 0)
        let changeColumn = 1 + assessmentColumns
        try sheet.setColumns(0, 0, width: 30)
        try sheet.setColumns(1, assessmentColumns, width: 8)
        try sheet.setColumns(changeColumn, changeColumn, width: 10)
        let chartFirst = changeColumn + 2
        try sheet.setColumns(changeColumn + 1, changeColumn + 1, width: 2)
        try sheet.setColumns(chartFirst, chartFirst + 6, width: 10)
        let lastColumn = chartFirst + 6
        try sheet.write(t("Synthèse — ", "Summary — ") + organisation.name, row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        let dates = report.completedEntries.map(\.assessment.date).sorted()
        var facts = [organisation.legalForm.label(in: language)]
        if let departement = organisation.departement, !departement.isEmpty { facts.append(t("département ", "département ") + departement) }
        if let first = dates.first, let last = dates.last {
            facts.append(t("évaluations du ", "assessments from ") + ReportText.day(first, language) + t(" au ", " to ") + ReportText.day(last, language))
        }
        facts.append(t("scores sur 100 ; méthode : feuille Métadonnées", "scores out of 100; method: Metadata sheet"))
        try sheet.writeParagraph(facts.joined(separator: " · "), row: 1, columns: 0...lastColumn, style: ReportStyles.wrappedNote)
        var row = 3
        for grid in report.byGrid {
            row = try writeGridBlock(sheet, workbook: workbook, entries: grid.entries, at: row, changeColumn: changeColumn,
                                     chartColumns: chartFirst...lastColumn) + 1
        }
        if report.byGrid.isEmpty {
            try sheet.write(t("Aucune évaluation terminée.", "No completed assessment."), row: row, column: 0, style: ReportStyles.note)
        }
        sheet.freezePanes(row: 1, column: 0)
        sheet.setPageSetup(page.setup(.landscape, title: t("Synthèse", "Summary"), columns: 0...lastColumn))
    }

    /// One grid: dimensions × assessments with the overall score and the coverage, notes on
    /// carried values, and the bar chart beside. Returns the block's last row.
    private func writeGridBlock(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, entries: [OrganisationReport.Entry], at start: Int,
                                changeColumn: Int, chartColumns: ClosedRange<Int>) throws -> Int {
        guard let latest = entries.last else { return start }
        let referentiel = latest.scoredOn.referentiel
        let title = referentiel.title.text(in: language)
        var row = start
        try sheet.write(title, row: row, column: 0, style: ReportStyles.subtitle)
        try sheet.write(t("version ", "version ") + referentiel.version.description, row: row, column: 1, style: ReportStyles.note)
        row += 1
        let headerRow = row
        try sheet.write(t("Dimension", "Dimension"), row: row, column: 0, style: ReportStyles.header)
        for (index, entry) in entries.enumerated() {
            try sheet.write(entry.assessment.label + (entry.isCarried ? "*" : ""), row: row, column: 1 + index, style: ReportStyles.numberHeader)
        }
        for column in (1 + entries.count)..<changeColumn { try sheet.writeBlank(row: row, column: column, style: ReportStyles.numberHeader) }
        try sheet.write(entries.count > 1 ? t("Évolution", "Change") : "", row: row, column: changeColumn, style: ReportStyles.numberHeader)
        for dimension in referentiel.dimensions {
            row += 1
            let name = dimension.title.text(in: language)
            try sheet.write(name, row: row, column: 0, style: ReportStyles.text)
            try sheet.setRow(row, height: RowHeight.forWrapped([(name, 30)]))
            let values = entries.map { $0.score.dimension(dimension.id)?.score }
            try writeValues(sheet, values, entries: entries, row: row, changeColumn: changeColumn, style: ReportStyles.score)
        }
        row += 1
        let overallRow = row
        try sheet.write(t("Score global", "Overall score"), row: row, column: 0, style: ReportStyles.boldText)
        try writeValues(sheet, entries.map(\.score.overall), entries: entries, row: row, changeColumn: changeColumn, style: ReportStyles.boldScore)
        row += 1
        try sheet.write(t("Couverture (critères répondus)", "Coverage (criteria answered)"), row: row, column: 0, style: ReportStyles.text)
        for (index, entry) in entries.enumerated() { try sheet.write(entry.score.coverage, row: row, column: 1 + index, style: ReportStyles.percent) }
        for column in (1 + entries.count)...changeColumn { try sheet.writeBlank(row: row, column: column, style: ReportStyles.plain) }
        try sheet.conditionalFormat(firstRow: headerRow + 1, firstColumn: 1, lastRow: overallRow, lastColumn: entries.count, ReportStyles.scoreScale)
        let carried = entries.filter(\.isCarried)
        if !carried.isEmpty {
            row += 1
            try sheet.writeParagraph(carriedLegend(carried, newest: referentiel.version), row: row, columns: 0...changeColumn, style: ReportStyles.carriedNote)
        }

        // Horizontal bars: a group per dimension (and the overall score), a bar per assessment.
        let chart = try workbook.addChart(.bar)
        chart.setTitle(title + t(" — scores par dimension", " — scores by dimension"))
        let colors = ReportStyles.seriesColors(entries.count)
        for (index, entry) in entries.enumerated() {
            try chart.addSeries(name: entry.assessment.label + (entry.isCarried ? "*" : ""), sheet: sheet.name,
                                categories: ((headerRow + 1)...overallRow, 0...0), values: ((headerRow + 1)...overallRow, (1 + index)...(1 + index)),
                                color: colors[index])
        }
        chart.setValueAxis(minimum: 0, maximum: 100, majorUnit: 25)
        chart.setCategoryAxis(fontSize: 8, topDown: true)
        chart.setBarSpacing(gap: 60)
        chart.legendAtBottom()
        let bars = (overallRow - headerRow) * entries.count
        let chartRows = max(row - start + 1, min(30, 5 + (bars + 1) / 2))
        try sheet.insert(chart, rows: start...(start + chartRows - 1), columns: chartColumns)
        let end = max(row, start + chartRows - 1)
        sheet.keepTogether(start...end)
        return end
    }

    /// One value per assessment (carried ones marked), blanks up to the change column, then the
    /// change from the first to the latest.
    private func writeValues(_ sheet: XlsxWorksheet, _ values: [Double?], entries: [OrganisationReport.Entry], row: Int, changeColumn: Int,
                             style: XlsxStyle) throws {
        for (index, entry) in entries.enumerated() {
            try sheet.write(values[index], row: row, column: 1 + index, style: entry.isCarried ? ReportStyles.carriedScore : style)
        }
        for column in (1 + entries.count)..<changeColumn { try sheet.writeBlank(row: row, column: column, style: ReportStyles.plain) }
        let change: Double? = entries.count > 1 ? OrganisationBrief.difference(values.last ?? nil, values.first ?? nil) : nil
        try sheet.write(change, row: row, column: changeColumn, style: ReportStyles.delta)
    }

    /// `* 2024, 2025 : réponses données sur une version antérieure (1.0.0, 1.1.0), reprises sur la 2.0.0 — détail dans la feuille de la grille`.
    func carriedLegend(_ entries: [OrganisationReport.Entry], newest: SemanticVersion) -> String {
        let labels = entries.map(\.assessment.label).joined(separator: ", ")
        var versions: [String] = []
        for entry in entries where !versions.contains(entry.referentiel.referentiel.version.description) {
            versions.append(entry.referentiel.referentiel.version.description)
        }
        return t("* \(labels) : réponses données sur une version antérieure (\(versions.joined(separator: ", "))), reprises sur la \(newest) — détail dans la feuille de la grille",
                 "* \(labels): answers given on an earlier version (\(versions.joined(separator: ", "))), carried onto \(newest) — detail in the grid's sheet")
    }

    /// A criterion that cannot be compared, named in words: `Information financière (supprimé en 2.0.0)`.
    func notComparableText(_ item: NotComparableCriterion, entry: OrganisationReport.Entry) -> String {
        let criterion = entry.scoredOn.referentiel.criterion(id: item.criterionID) ?? entry.referentiel.referentiel.criterion(id: item.criterionID)
        let name = criterion.map { ReportText.criterionLabel($0, language) } ?? item.criterionID
        let described = item.describe(in: language)
        return described.hasPrefix(item.criterionID) ? name + described.dropFirst(item.criterionID.count) : described
    }
}
