import PratiquesCore

extension OrganisationWorkbook {
    /// Organisation, period, overall scores over time, then one block per grid with its
    /// dimension scores, a radar (first against latest assessment) and a line chart.
    func writeSummary(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook) throws {
        let organisation = report.organisation
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 7, width: 14)
        try sheet.setColumns(8, 8, width: 60)
        try sheet.write(t("Progression des pratiques — ", "Practice progress — ") + organisation.name, row: 0, column: 0, style: ReportStyles.title)
        let dates = report.entries.map(\.assessment.date).sorted()
        let period = dates.isEmpty ? "—" : "\(dates.first!) → \(dates.last!)"
        let facts: [(label: String, value: String)] = [
            (t("Forme juridique", "Legal form"), organisation.legalForm.label(in: language)),
            (t("Département", "Département"), organisation.departement ?? ""),
            (t("Période", "Period"), period),
            (t("Généré le", "Generated on"), report.generatedOn),
        ]
        try sheet.writeFacts(facts)
        var row = 6
        try sheet.write(t("Scores globaux (sur 100)", "Overall scores (out of 100)"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let headers = [t("Référentiel", "Grid"), "Version", t("Évaluation", "Assessment"), "Date", t("Score global", "Overall score"),
                       t("Évolution", "Change"), t("Couverture", "Coverage"), t("Score sur la version", "Scored on version"),
                       t("Reprise", "Carried")]
        for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
        let firstScoreRow = row + 1
        for entry in report.entries {
            row += 1
            let referentiel = entry.referentiel.referentiel
            try sheet.write(referentiel.title.text(in: language), row: row, column: 0, style: ReportStyles.plain)
            try sheet.write(referentiel.version.description, row: row, column: 1, style: ReportStyles.plain)
            try sheet.write(entry.assessment.label, row: row, column: 2, style: ReportStyles.plain)
            try sheet.write(date: entry.assessment.date, row: row, column: 3, style: ReportStyles.date)
            try sheet.write(entry.score.overall, row: row, column: 4, style: entry.isCarried ? ReportStyles.carriedScore : ReportStyles.score)
            try sheet.write(entry.progress?.overall.change, row: row, column: 5, style: ReportStyles.delta)
            try sheet.write(entry.score.coverage, row: row, column: 6, style: ReportStyles.percent)
            try sheet.write(entry.scoredOn.referentiel.version.description, row: row, column: 7, style: ReportStyles.plain)
            try sheet.write(entry.carry.map { carriedNote($0) } ?? "", row: row, column: 8,
                            style: entry.isCarried ? ReportStyles.carriedNote : ReportStyles.plain)
        }
        if row >= firstScoreRow {
            try sheet.conditionalFormat(firstRow: firstScoreRow, firstColumn: 4, lastRow: row, lastColumn: 4, ReportStyles.scoreScale)
        }
        row += 2
        for grid in report.byGrid {
            row = try writeGridBlock(sheet, workbook: workbook, gridID: grid.id, entries: grid.entries, at: row)
        }
        try sheet.write(t("Scores calculés par Pratiques : voir la feuille Métadonnées pour la méthode.",
                          "Scores computed by Pratiques: see the Metadata sheet for the method."), row: row, column: 0, style: ReportStyles.note)
        sheet.freezePanes(row: 1, column: 0)
        try sheet.setLandscapePrint()
        try sheet.setFooter("&L\(organisation.name)&R&P / &N")
    }

    /// One grid: dimensions × assessments table, radar and line chart. Returns the next free row.
    private func writeGridBlock(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, gridID: String, entries: [OrganisationReport.Entry], at start: Int) throws -> Int {
        guard let latest = entries.last else { return start }
        let referentiel = latest.scoredOn.referentiel
        var row = start
        try sheet.write(referentiel.title.text(in: language), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let headerRow = row
        try sheet.write(t("Dimension", "Dimension"), row: row, column: 0, style: ReportStyles.header)
        for (index, entry) in entries.enumerated() {
            try sheet.write("\(entry.assessment.label) (\(entry.versionText))", row: row, column: 1 + index, style: ReportStyles.header)
        }
        let deltaColumn = 1 + entries.count
        try sheet.write(t("Évolution", "Change"), row: row, column: deltaColumn, style: ReportStyles.header)
        for dimension in referentiel.dimensions {
            row += 1
            try sheet.write(dimension.title.text(in: language), row: row, column: 0, style: ReportStyles.text)
            var values: [Double?] = []
            for (index, entry) in entries.enumerated() {
                let value = entry.score.dimension(dimension.id)?.score
                values.append(value)
                try sheet.write(value, row: row, column: 1 + index, style: entry.isCarried ? ReportStyles.carriedScore : ReportStyles.score)
            }
            let change: Double? = (values.first ?? nil).flatMap { first in (values.last ?? nil).map { $0 - first } }
            try sheet.write(entries.count > 1 ? change : nil, row: row, column: deltaColumn, style: ReportStyles.delta)
        }
        let lastDimensionRow = row
        row += 1
        let overallRow = row
        try sheet.write(t("Score global", "Overall score"), row: row, column: 0, style: ReportStyles.label)
        for (index, entry) in entries.enumerated() {
            try sheet.write(entry.score.overall, row: row, column: 1 + index, style: entry.isCarried ? ReportStyles.carriedScore : ReportStyles.score)
        }
        let overallChange: Double? = entries.count > 1 ? (entries.first!.score.overall).flatMap { first in latest.score.overall.map { $0 - first } } : nil
        try sheet.write(overallChange, row: row, column: deltaColumn, style: ReportStyles.delta)
        row += 1
        try sheet.write(t("Couverture", "Coverage"), row: row, column: 0, style: ReportStyles.label)
        for (index, entry) in entries.enumerated() { try sheet.write(entry.score.coverage, row: row, column: 1 + index, style: ReportStyles.percent) }
        try sheet.conditionalFormat(firstRow: headerRow + 1, firstColumn: 1, lastRow: overallRow, lastColumn: entries.count, ReportStyles.scoreScale)

        // Radar: dimensions of the first against the latest assessment.
        let radar = try workbook.addChart(.radar)
        radar.setTitle(referentiel.title.text(in: language) + t(" — dimensions", " — dimensions"))
        let categories = (row: (headerRow + 1)...lastDimensionRow, column: 0...0)
        if entries.count > 1 {
            try radar.addSeries(name: entries.first!.assessment.label, sheet: sheet.name, categories: categories,
                                values: (row: (headerRow + 1)...lastDimensionRow, column: 1...1), color: 0xA6A6A6)
        }
        try radar.addSeries(name: latest.assessment.label, sheet: sheet.name, categories: categories,
                            values: (row: (headerRow + 1)...lastDimensionRow, column: entries.count...entries.count), color: 0x1F4E79)
        radar.setValueAxis(minimum: 0, maximum: 100)
        radar.legendAtBottom()
        try sheet.insert(radar, row: start, column: deltaColumn + 2, xScale: 0.9, yScale: 1.1)

        // Line: overall score over time.
        let line = try workbook.addChart(.line)
        line.setTitle(t("Score global dans le temps", "Overall score over time"))
        try line.addSeries(name: referentiel.title.text(in: language), sheet: sheet.name,
                           categories: (row: headerRow...headerRow, column: 1...entries.count),
                           values: (row: overallRow...overallRow, column: 1...entries.count), color: 0x2E75B6)
        line.setValueAxis(minimum: 0, maximum: 100, title: t("sur 100", "out of 100"))
        line.legendAtBottom()
        try sheet.insert(line, row: start, column: deltaColumn + 9, xScale: 0.9, yScale: 1.1)
        var explained = Set<String>()
        for entry in entries {
            guard let carry = entry.carry, explained.insert(carry.pathText).inserted else { continue }
            row += 1
            try sheet.write(carriedLegend(carry), row: row, column: 0, style: ReportStyles.note)
        }
        return max(row + 3, start + 19)
    }

    /// `* valeurs reprises de la version 1.0.0 (1.0.0 → 1.1.0 → 2.0.0)`.
    func carriedLegend(_ carry: CarryReport) -> String {
        t("* valeurs reprises d'une version antérieure (\(carry.pathText)) : voir la colonne Reprise de la feuille de la grille",
          "* values carried from an earlier version (\(carry.pathText)): see the Carried column of the grid's sheet")
    }

    /// How an assessment was carried, in one cell: path, non-trivial steps, criteria not comparable.
    func carriedNote(_ carry: CarryReport) -> String {
        var parts = [t("reprise \(carry.pathText)", "carried \(carry.pathText)")]
        let changed = carry.traces.filter { !$0.isEqual }
        if !changed.isEmpty {
            parts.append(changed.map { "\($0.sourceIDs.joined(separator: " + ")) → \($0.criterionID) (\($0.how(in: language)))" }.joined(separator: " ; "))
        }
        if !carry.notComparable.isEmpty {
            parts.append(t("non comparables : ", "not comparable: ") + carry.notComparable.map { $0.describe(in: language) }.joined(separator: " ; "))
        }
        return parts.joined(separator: " — ")
    }
}
