import PratiquesCore

extension FunderWorkbook {
    /// « Comment lire »: the programme, the cohort, its sessions, how many organisations each
    /// grid's figures rest on, the method and privacy rules in plain words, and the organisations
    /// that agreed to be named.
    func writeHowToRead(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage, reportSheets: [String]) throws {
        let cohort = report.cohort
        let sessions = cohort.sessions
        let widths: [Double] = [34] + Array(repeating: 11, count: max(1, sessions.count)) + [22]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        var row = 0
        try sheet.writeParagraph(cohort.parcours + t(" — bilan pour les financeurs", " — report for funders"), row: row, columns: all,
                                 style: ReportStyles.title, fontSize: 16, minimumHeight: 22)
        row += 2
        let facts: [(String, String)] = [
            (t("Programme", "Programme"), cohort.parcours),
            (t("Cohorte", "Cohort"), t("\(cohort.members.count) organisations", "\(cohort.members.count) organisations")),
            (t("Sessions", "Sessions"), sessions.map { "\($0.label) (\(ReportText.day($0.date, language)))" }.joined(separator: ", ")),
            (t("Règle de diffusion", "Disclosure rule"), t("aucun chiffre sur moins de \(minimumGroup) organisations", "no figure on fewer than \(minimumGroup) organisations")),
            (t("Généré le", "Generated on"), ReportText.day(report.generatedOn, language)),
        ]
        for fact in facts {
            try sheet.write(fact.0, row: row, column: 0, style: ReportStyles.label)
            try sheet.merge(fact.1, firstRow: row, firstColumn: 1, lastRow: row, lastColumn: all.upperBound, style: ReportStyles.wrapped)
            try sheet.setRow(row, height: RowHeight.forWrapped([(fact.1, widths.dropFirst().reduce(0, +))]))
            row += 1
        }
        row += 1
        try sheet.write(t("Organisations dont les chiffres sont publiés, par grille et session", "Organisations behind the published figures, by grid and session"),
                        row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let start = row
        try sheet.write(t("Grille", "Grid"), row: row, column: 0, style: ReportStyles.header)
        for (index, session) in sessions.enumerated() { try sheet.write(session.label, row: row, column: 1 + index, style: ReportStyles.numberHeader) }
        try sheet.write(t("Publié", "Published"), row: row, column: all.upperBound, style: ReportStyles.header)
        for grid in statistics.grids {
            row += 1
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.text)
            for (index, label) in sessions.map(\.label).enumerated() {
                guard let session = grid.sessions.firstIndex(of: label) else {
                    try sheet.write("—", row: row, column: 1 + index, style: ReportStyles.plain.with(horizontal: .center))
                    continue
                }
                if let n = grid.sessionSizes[session].value {
                    try sheet.write(Double(n), row: row, column: 1 + index, style: ReportStyles.integer)
                } else {
                    try sheet.write(t("moins de \(minimumGroup)", "fewer than \(minimumGroup)"), row: row, column: 1 + index, style: ReportStyles.suppressed)
                }
            }
            let shown = grid.figures.flatMap { $0 }.filter { $0.value != nil }.count
            let all = grid.figures.flatMap { $0 }.count
            try sheet.write(shown == 0 ? t("non (secret statistique)", "no (suppressed)") : shown == all ? t("oui", "yes") : t("en partie", "partly"),
                            row: row, column: widths.count - 1, style: shown == 0 ? ReportStyles.suppressed : ReportStyles.plain)
        }
        sheet.keepTogether(start...row)
        row += 2
        try sheet.write(t("Comment lire ces chiffres", "How to read these figures"), row: row, column: 0, style: ReportStyles.subtitle)
        for line in FunderMethod.lines(minimumGroup: minimumGroup, language: language) {
            row += 1
            try sheet.writeParagraph(line, row: row, columns: all)
        }
        row += 2
        let members = Set(cohort.members)
        let consenting = report.organisations.filter { members.contains($0.slug) && $0.consentsToBeNamed }
            .map(\.name).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        try sheet.write(t("Organisations participantes", "Participating organisations"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let others = members.count - consenting.count
        let text = (consenting.isEmpty ? t("Aucune organisation n'a demandé à être nommée.", "No organisation asked to be named.")
                    : consenting.joined(separator: ", ") + ".")
            + " " + t("Autres organisations de la cohorte, non nommées : \(others).", "Other organisations of the cohort, not named: \(others).")
        try sheet.writeParagraph(text, row: row, columns: all)
        row += 1
        try sheet.writeParagraph(t("Seules les organisations qui l'ont accepté sont nommées. ", "Only the organisations that agreed are named. ")
                                 + page.howToPrint(reportSheets: reportSheets), row: row, columns: all, style: ReportStyles.wrappedNote)
        var setup = page.setup(.portrait, title: t("Comment lire", "How to read"), columns: all)
        setup.fitToPage = true
        sheet.setPageSetup(setup)
    }

    /// The overall score of every grid at each session (median and quartiles, one chart), then
    /// per grid n, mean, median and quartiles per dimension and session (groups under K
    /// withheld); a grid with nothing published is one line.
    func writeSummary(_ sheet: XlsxWorksheet, workbook: XlsxWorkbook, statistics: FunderStatistics, page: ReportPage) throws {
        let sessionCount = max(1, statistics.grids.map(\.sessions.count).max() ?? 1)
        try StatisticsTable.setColumns(sheet, sessions: sessionCount)
        let tableEnd = StatisticsTable.lastColumn(sessions: sessionCount)
        try sheet.setColumns(tableEnd + 1, tableEnd + 1, width: 1.5)
        let chartColumns = (tableEnd + 2)...(tableEnd + 6)
        try sheet.setColumns(chartColumns.lowerBound, chartColumns.upperBound, width: 9)
        let helperColumn = chartColumns.upperBound + 2
        try sheet.write(report.cohort.parcours + t(" — scores par grille, dimension et session", " — scores by grid, dimension and session"),
                        row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        try sheet.writeParagraph(t("Scores sur 100. n : organisations sur lesquelles porte le chiffre. Méd. : médiane ; Q1 et Q3 : un quart des organisations sont en dessous de Q1, un quart au-dessus de Q3.",
                                   "Scores out of 100. n: organisations behind the figure. Q1 and Q3: a quarter of the organisations lie below Q1, a quarter above Q3."),
                                 row: 1, columns: 0...chartColumns.upperBound, style: ReportStyles.wrappedNote)
        // The overview: each grid's overall score per session, beside the tables.
        var bars: [QuartileChart.Bar] = []
        for grid in statistics.grids where !grid.isFullyWithheld {
            for (session, label) in grid.sessions.enumerated() {
                let figure = grid.figures[session][grid.dimensionCount - 1].value
                bars.append(.init(category: session == 0 ? gridTitle(grid) + " — " + label : label, firstQuartile: figure?.firstQuartile,
                                  median: figure?.median, thirdQuartile: figure?.thirdQuartile))
            }
        }
        let overview = QuartileChart(language: language, helperColumn: helperColumn)
        let chartStart = 3
        let chartRows = QuartileChart.rows(forBars: bars.count) + 4
        if bars.contains(where: { $0.median != nil }) {
            for index in bars.indices { try overview.writeHelperRow(bars, index: index, sheet: sheet, row: chartStart + index) }
            try overview.insertChart(sheet: sheet, workbook: workbook, title: t("Score global par grille — médiane et quartiles", "Overall score by grid — median and quartiles"),
                                     helperRows: chartStart...(chartStart + bars.count - 1), rows: chartStart...(chartStart + chartRows - 1), columns: chartColumns)
            sheet.keepTogether(chartStart...(chartStart + chartRows - 1))
        }
        var row = chartStart
        for grid in statistics.grids {
            if grid.isFullyWithheld {
                try sheet.writeParagraph(withheldGridLine(grid), row: row, columns: 0...tableEnd, style: ReportStyles.suppressed)
                row += 2
                continue
            }
            let table = StatisticsTable(language: language, sessions: grid.sessions.map { ($0, report.sessionTitle($0)) },
                                        dimensions: (0..<grid.dimensionCount).map { grid.dimensionTitle($0, in: language) }) { session, dimension in
                guard let figure = grid.figures[session][dimension].value else { return .withheld(suppressedText) }
                return .shown(.init(n: figure.n, mean: figure.mean, median: figure.median, firstQuartile: figure.firstQuartile,
                                    thirdQuartile: figure.thirdQuartile))
            }
            row = try table.write(sheet, workbook: workbook, title: gridTitle(grid), note: nil, at: row, chartColumns: nil, helperColumn: helperColumn) + 2
        }
        sheet.freezePanes(row: 1, column: 0)
        sheet.setPageSetup(page.setup(.landscape, title: t("Synthèse", "Summary"), columns: 0...chartColumns.upperBound))
    }

    /// Paired progress per grid and dimension, for each pair of sessions: n, mean change, shares
    /// that progressed and regressed.
    func writeProgress(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage) throws {
        let pairCount = max(1, statistics.grids.map(\.pairs.count).max() ?? 1)
        try sheet.setColumns(0, 0, width: 34)
        for pair in 0..<pairCount {
            try sheet.setColumns(1 + pair * 4, 1 + pair * 4, width: 4.5)
            try sheet.setColumns(2 + pair * 4, 4 + pair * 4, width: 8)
        }
        let last = pairCount * 4
        try sheet.writeParagraph(t("Progression appariée (organisations présentes aux deux sessions)", "Paired progress (organisations present at both sessions)"),
                                 row: 0, columns: 0...last, style: ReportStyles.title, fontSize: 16, minimumHeight: 22)
        try sheet.writeParagraph(t("Évol. : moyenne des écarts de score (sur 100) des organisations présentes aux deux sessions ; % progrès, % recul : parts de celles qui ont progressé ou régressé d'un point ou plus.",
                                   "Change: mean of the score changes (out of 100) of the organisations present at both sessions; % up, % down: shares of those that progressed or regressed by one point or more."),
                                 row: 1, columns: 0...last, style: ReportStyles.wrappedNote)
        var row = 2
        for grid in statistics.grids {
            row += 1
            if grid.isFullyWithheld {
                try sheet.writeParagraph(withheldGridLine(grid), row: row, columns: 0...last, style: ReportStyles.suppressed)
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
                    guard let change = grid.changes[index][dimension].value else {
                        try sheet.merge(suppressedText, firstRow: row, firstColumn: first, lastRow: row, lastColumn: first + 3, style: ReportStyles.suppressed)
                        height = max(height, RowHeight.forWrapped([(suppressedText, 28)]))
                        continue
                    }
                    try sheet.write(Double(change.n), row: row, column: first, style: ReportStyles.integer)
                    try sheet.write(change.meanChange, row: row, column: first + 1, style: ReportStyles.delta)
                    try sheet.write(change.progressed, row: row, column: first + 2, style: ReportStyles.percent)
                    try sheet.write(change.regressed, row: row, column: first + 3, style: ReportStyles.percent)
                }
                try sheet.setRow(row, height: height)
            }
            sheet.keepTogether(start...row)
            row += 1
        }
        sheet.setPageSetup(page.setup(.portrait, title: t("Progression", "Progress"), columns: 0...last))
    }

    /// Per grid: the three criteria where the cohort progressed most, then the three where it
    /// progressed least (paired, from the first to the last session), named by their short label.
    func writeCriteria(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage) throws {
        let widths: [Double] = [56, 5, 8, 8, 8]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        try sheet.writeParagraph(t("Critères où la cohorte a le plus et le moins progressé", "Criteria where the cohort progressed most and least"),
                                 row: 0, columns: all, style: ReportStyles.title, fontSize: 16, minimumHeight: 22)
        try sheet.writeParagraph(t("Par grille, les trois plus fortes puis les trois plus faibles évolutions appariées du score moyen (sur 100) de la première à la dernière session ; colonnes de droite : score moyen à chaque session. Le détail des niveaux par critère est en annexe.",
                                   "By grid, the three largest then the three smallest paired changes of the mean score (out of 100) from the first to the last session; right-hand columns: mean score at each session. Levels by criterion are in the annex."),
                                 row: 1, columns: all, style: ReportStyles.wrappedNote)
        var row = 2
        for grid in statistics.grids {
            row += 1
            guard !grid.isFullyWithheld, let first = grid.sessions.first, let last = grid.sessions.last, grid.sessions.count > 1 else {
                if grid.isFullyWithheld { try sheet.writeParagraph(withheldGridLine(grid), row: row, columns: all, style: ReportStyles.suppressed) }
                continue
            }
            let start = row
            try sheet.write(gridTitle(grid) + " (\(first) → \(last))", row: row, column: 0, style: ReportStyles.subtitle)
            row += 1
            let headers = [t("Critère", "Criterion"), "n", t("Évol.", "Change"), first, last]
            for (column, header) in headers.enumerated() {
                try sheet.write(header, row: row, column: column, style: column == 0 ? ReportStyles.header : ReportStyles.numberHeader)
            }
            let ranked = grid.criteria.filter { $0.change.value?.meanChange != nil }
                .sorted { ($0.change.value!.meanChange!, $1.criterionID) > ($1.change.value!.meanChange!, $0.criterionID) }
            let shown = ranked.count <= 6 ? ranked : Array(ranked.prefix(3)) + Array(ranked.suffix(3))
            if ranked.isEmpty {
                row += 1
                try sheet.merge(suppressedText, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: all.upperBound, style: ReportStyles.suppressed)
            }
            for criterion in shown {
                row += 1
                let name = grid.referentiel.criterion(id: criterion.criterionID).map { ReportText.criterionLabel($0, language, limit: 62) } ?? criterion.criterionID
                try sheet.setRow(row, height: RowHeight.forWrapped([(name, widths[0])]))
                try sheet.write(name, row: row, column: 0, style: ReportStyles.text)
                let change = criterion.change.value!
                try sheet.write(Double(change.n), row: row, column: 1, style: ReportStyles.integer)
                try sheet.write(change.meanChange, row: row, column: 2, style: ReportStyles.delta)
                try sheet.write(criterion.distributions.first?.value?.meanScore, row: row, column: 3, style: ReportStyles.score)
                try sheet.write(criterion.distributions.last?.value?.meanScore, row: row, column: 4, style: ReportStyles.score)
            }
            sheet.keepTogether(start...row)
        }
        var setup = page.setup(.portrait, title: t("Critères", "Criteria"), columns: all)
        setup.fitToPage = true
        sheet.setPageSetup(setup)
    }

    /// The annex (not part of the printed report): each criterion's share of organisations at
    /// each level and mean score, per session, groups under K withheld.
    func writeLevels(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage) throws {
        let maxLevel = statistics.grids.flatMap(\.criteria).map(\.maxLevel).max() ?? 4
        let widths: [Double] = [40, 8, 5] + Array(repeating: 8, count: maxLevel + 1) + [9]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        try sheet.writeParagraph(t("Annexe — répartition des niveaux par critère et session (part des organisations)",
                                   "Annex — level distribution by criterion and session (share of organisations)"),
                                 row: 0, columns: all, style: ReportStyles.title, fontSize: 16, minimumHeight: 22)
        var row = 1
        for grid in statistics.grids {
            row += 1
            if grid.isFullyWithheld {
                try sheet.writeParagraph(withheldGridLine(grid), row: row, columns: all, style: ReportStyles.suppressed)
                continue
            }
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.subtitle)
            row += 1
            let headers = [t("Critère", "Criterion"), "Session", "n"] + (0...maxLevel).map { t("Niveau ", "Level ") + String($0) } + [t("Score moyen", "Mean score")]
            for (column, header) in headers.enumerated() {
                try sheet.write(header, row: row, column: column, style: column == 0 ? ReportStyles.header : ReportStyles.numberHeader)
            }
            for criterion in grid.criteria {
                let name = grid.referentiel.criterion(id: criterion.criterionID).map { ReportText.criterionLabel($0, language) } ?? criterion.criterionID
                for (session, label) in grid.sessions.enumerated() {
                    row += 1
                    try sheet.write(name, row: row, column: 0, style: ReportStyles.plain)
                    try sheet.write(label, row: row, column: 1, style: ReportStyles.plain)
                    guard let distribution = criterion.distributions[session].value else {
                        try sheet.write(suppressedText, row: row, column: 2, style: ReportStyles.suppressed.with(horizontal: .left).unwrapped)
                        continue
                    }
                    try sheet.write(Double(distribution.n), row: row, column: 2, style: ReportStyles.integer)
                    for (level, share) in distribution.shares.enumerated() {
                        try sheet.write(share, row: row, column: 3 + level, style: ReportStyles.percent)
                    }
                    try sheet.write(distribution.meanScore, row: row, column: 4 + maxLevel, style: ReportStyles.score)
                }
            }
            row += 1
        }
        sheet.freezePanes(row: 1, column: 1)
        sheet.setPageSetup(page.setup(.portrait, title: t("Annexe (hors rapport imprimé)", "Annex (not part of the printed report)"), columns: all))
    }
}

extension XlsxStyle {
    /// The same style without wrapping (text may run over the empty cells to its right).
    var unwrapped: XlsxStyle {
        var copy = self
        copy.wrap = false
        return copy
    }
}
