import PratiquesCore

extension FunderWorkbook {
    /// Per grid: n, mean, median and quartiles per dimension and session (groups under K
    /// suppressed), and a chart of the medians that are shown.
    func writeSummary(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook) throws {
        let cohort = report.cohort
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 1, width: 10)
        try sheet.setColumns(2, 2, width: 40)
        try sheet.setColumns(3, 6, width: 11)
        try sheet.write(t("Cohorte — ", "Cohort — ") + cohort.name, row: 0, column: 0, style: ReportStyles.title)
        let facts: [(label: String, value: String)] = [
            ("Parcours", cohort.parcours),
            (t("Sessions", "Sessions"), cohort.sessions.map { "\($0.label) (\($0.date))" }.joined(separator: ", ")),
            (t("Seuil de diffusion", "Disclosure threshold"),
             t("aucun chiffre sur moins de \(minimumGroup) organisations", "no figure on fewer than \(minimumGroup) organisations")),
            (t("Généré le", "Generated on"), report.generatedOn),
        ]
        try sheet.writeFacts(facts)
        var row = 6
        for grid in comparison.grids {
            let start = row
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            row += 1
            let headers = ["Dimension", "Session", "n", t("Moyenne", "Mean"), t("Médiane", "Median"), "Q1", "Q3"]
            for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
            let first = row + 1
            for dimension in 0..<grid.dimensionCount {
                for (session, label) in grid.sessions.enumerated() {
                    row += 1
                    let statistics = grid.statistics[session][dimension]
                    try sheet.write(grid.dimensionTitle(dimension, in: language), row: row, column: 0, style: ReportStyles.plain)
                    try sheet.write(label, row: row, column: 1, style: ReportStyles.plain)
                    guard try writeGroupSize(sheet, n: statistics.n, row: row, column: 2) else { continue }
                    let values = [statistics.mean, statistics.median, statistics.firstQuartile, statistics.thirdQuartile]
                    for (offset, value) in values.enumerated() { try sheet.write(value, row: row, column: 3 + offset, style: ReportStyles.score) }
                }
            }
            let chart = try QuartileChart(rows: first...row, categoryColumns: 0...1, medianColumn: 4, firstQuartileColumn: 5,
                                          thirdQuartileColumn: 6, language: language)
                .make(title: t("Médiane et quartiles (groupes d'au moins \(minimumGroup) organisations)",
                               "Median and quartiles (groups of at least \(minimumGroup) organisations)"), sheet: sheet, workbook: workbook)
            try sheet.insert(chart, row: start, column: 8, xScale: 1.6, yScale: 1.4)
            row = max(row + 2, start + 24)
        }
        try sheet.write(t("Scores sur 100. Méthode et règles de confidentialité : feuille Méthode.",
                          "Scores out of 100. Method and privacy rules: Method sheet."), row: row, column: 0, style: ReportStyles.note)
        sheet.freezePanes(row: 1, column: 0)
        try sheet.setLandscapePrint()
    }

    /// Paired progress per pair of sessions and dimension: n, mean change and shares.
    func writeProgress(_ sheet: XlsxWorksheet) throws {
        try sheet.setColumns(0, 0, width: 40)
        try sheet.setColumns(1, 1, width: 40)
        try sheet.setColumns(2, 5, width: 13)
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
                let headers = ["Dimension", "n", t("Évolution moyenne", "Mean change"), t("% progressé", "% progressed"),
                               t("% stable", "% stayed"), t("% régressé", "% regressed")]
                for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
                for dimension in 0..<grid.dimensionCount {
                    row += 1
                    let progress = grid.progress[index][dimension]
                    try sheet.write(grid.dimensionTitle(dimension, in: language), row: row, column: 0, style: ReportStyles.plain)
                    guard try writeGroupSize(sheet, n: progress.n, row: row, column: 1) else { continue }
                    try sheet.write(progress.meanChange, row: row, column: 2, style: ReportStyles.delta)
                    try sheet.write(progress.shares?.progressed, row: row, column: 3, style: ReportStyles.percent)
                    try sheet.write(progress.shares?.stable, row: row, column: 4, style: ReportStyles.percent)
                    try sheet.write(progress.shares?.regressed, row: row, column: 5, style: ReportStyles.percent)
                }
                row += 1
            }
            if let first = grid.sessions.first, let last = grid.sessions.last, grid.sessions.count >= 2 {
                let ranked = grid.criteriaByProgress.filter { isShown($0.progress.n) }
                for (title, criteria) in [(t("Critères où la cohorte a le plus progressé", "Criteria where the cohort progressed most"), Array(ranked.prefix(5))),
                                          (t("Critères où la cohorte a le moins progressé", "Criteria where the cohort progressed least"), Array(ranked.reversed().prefix(5)))] {
                    row += 1
                    try sheet.write("\(title) (\(first) → \(last))", row: row, column: 0, style: ReportStyles.label)
                    row += 1
                    for (column, header) in [t("Critère", "Criterion"), "n", t("Évolution moyenne", "Mean change")].enumerated() {
                        try sheet.write(header, row: row, column: column, style: ReportStyles.header)
                    }
                    for criterion in criteria {
                        row += 1
                        try sheet.write(grid.referentiel.criterion(id: criterion.criterionID)?.question.text(in: language) ?? criterion.criterionID,
                                        row: row, column: 0, style: ReportStyles.text)
                        guard try writeGroupSize(sheet, n: criterion.progress.n, row: row, column: 1) else { continue }
                        try sheet.write(criterion.progress.meanChange, row: row, column: 2, style: ReportStyles.delta)
                    }
                    row += 1
                }
            }
        }
        sheet.freezePanes(row: 1, column: 0)
        try sheet.setLandscapePrint()
    }

    /// Share of organisations at each level per criterion and session.
    func writeCriteria(_ sheet: XlsxWorksheet) throws {
        try sheet.setColumns(0, 0, width: 28)
        try sheet.setColumns(1, 1, width: 10)
        try sheet.setColumns(2, 2, width: 40)
        try sheet.setColumns(3, 10, width: 11)
        try sheet.write(t("Répartition des niveaux par critère et session (part des organisations)",
                          "Level distribution by criterion and session (share of organisations)"), row: 0, column: 0, style: ReportStyles.title)
        var row = 1
        for grid in comparison.grids {
            row += 1
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            row += 1
            let maxLevel = grid.criteria.map(\.maxLevel).max() ?? 0
            let headers = [t("Critère", "Criterion"), "Session", "n"] + (0...maxLevel).map { t("Niveau ", "Level ") + String($0) } + [t("Score moyen", "Mean score")]
            for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
            for criterion in grid.criteria {
                for (session, label) in grid.sessions.enumerated() {
                    row += 1
                    try sheet.write(criterion.criterionID, row: row, column: 0, style: ReportStyles.plain)
                    try sheet.write(label, row: row, column: 1, style: ReportStyles.plain)
                    let n = criterion.n(session: session)
                    guard try writeGroupSize(sheet, n: n, row: row, column: 2) else { continue }
                    for level in 0...criterion.maxLevel {
                        try sheet.write(Double(criterion.levelCounts[session][level]) / Double(n), row: row, column: 3 + level, style: ReportStyles.percent)
                    }
                    try sheet.write(criterion.meanScores[session], row: row, column: 4 + maxLevel, style: ReportStyles.score)
                }
            }
            row += 1
        }
        sheet.freezePanes(row: 1, column: 1)
    }

    /// The names of the members that consented to be named, and how many others took part.
    func writeParticipants(_ sheet: XlsxWorksheet) throws {
        try sheet.setColumns(0, 0, width: 50)
        try sheet.write(t("Organisations participantes", "Participating organisations"), row: 0, column: 0, style: ReportStyles.title)
        try sheet.write(t("Seules les organisations qui ont accepté d'être nommées figurent ici.",
                          "Only the organisations that agreed to be named are listed."), row: 1, column: 0, style: ReportStyles.note)
        let members = Set(report.cohort.members)
        let consenting = report.organisations.filter { members.contains($0.slug) && $0.consentsToBeNamed }
            .map(\.name).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        try sheet.write(t("Organisation", "Organisation"), row: 3, column: 0, style: ReportStyles.header)
        var row = 3
        for name in consenting {
            row += 1
            try sheet.write(name, row: row, column: 0, style: ReportStyles.plain)
        }
        let others = members.count - consenting.count
        row += 2
        try sheet.write(t("Autres organisations de la cohorte, non nommées : \(others)", "Other organisations of the cohort, not named: \(others)"),
                        row: row, column: 0)
    }

    /// The method in plain words.
    func writeMethod(_ sheet: XlsxWorksheet) throws {
        try sheet.setColumns(0, 0, width: 120)
        try sheet.write(t("Comment lire ce classeur", "How to read this workbook"), row: 0, column: 0, style: ReportStyles.title)
        var row = 1
        for line in FunderMethod.lines(minimumGroup: minimumGroup, language: language) {
            row += 1
            try sheet.write(line, row: row, column: 0, style: ReportStyles.wrapped)
        }
    }
}
