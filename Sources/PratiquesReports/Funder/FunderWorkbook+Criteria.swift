import PratiquesCore

extension FunderWorkbook {
    /// Per grid: the three criteria where the panel progressed most, then the three where it
    /// progressed least (paired, from the first to the last session), named by their short
    /// label; criteria whose change is withheld are not ranked.
    func writeCriteria(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage) throws {
        let widths: [Double] = [56, 5, 8, 8, 8]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        try sheet.writeParagraph(t("Critères où la cohorte a le plus et le moins progressé", "Criteria where the cohort progressed most and least"),
                                 row: 0, columns: all, style: ReportStyles.title, fontSize: 16, minimumHeight: 22)
        try sheet.writeParagraph(t("Par grille, sur le panel, les trois plus fortes puis les trois plus faibles évolutions appariées du score moyen (sur 100, arrondi au point) de la première à la dernière session ; colonnes de droite : score moyen à chaque session. Les critères dont un chiffre est couvert par le secret statistique ne sont pas classés. Le détail des niveaux par critère est en annexe.",
                                   "By grid, on the panel, the three largest then the three smallest paired changes of the mean score (out of 100, rounded to the point) from the first to the last session; right-hand columns: mean score at each session. Criteria with a suppressed figure are not ranked. Levels by criterion are in the annex."),
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
                try sheet.merge(t("secret statistique : aucun critère n'a tous ses chiffres publiés", "suppressed: no criterion has all its figures published"),
                                firstRow: row, firstColumn: 0, lastRow: row, lastColumn: all.upperBound, style: ReportStyles.suppressed)
            }
            for criterion in shown {
                row += 1
                let name = grid.referentiel.criterion(id: criterion.criterionID).map { ReportText.criterionLabel($0, language, limit: 62) } ?? criterion.criterionID
                try sheet.setRow(row, height: RowHeight.forWrapped([(name, widths[0])]))
                try sheet.write(name, row: row, column: 0, style: ReportStyles.text)
                let change = criterion.change.value!
                try sheet.write(Double(change.n), row: row, column: 1, style: ReportStyles.integer)
                try sheet.write(change.meanChange, row: row, column: 2, style: FunderStyles.delta)
                try sheet.write(criterion.distributions.first?.value?.meanScore, row: row, column: 3, style: FunderStyles.score)
                try sheet.write(criterion.distributions.last?.value?.meanScore, row: row, column: 4, style: FunderStyles.score)
            }
            sheet.keepTogether(start...row)
        }
        var setup = page.setup(.portrait, title: t("Critères", "Criteria"), columns: all)
        setup.fitToPage = true
        sheet.setPageSetup(setup)
    }

    /// The annex (not part of the printed report): each criterion's share of the panel at each
    /// level (whole percent) and mean score (whole points), per session; withheld groups say why.
    func writeLevels(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage) throws {
        let maxLevel = statistics.grids.flatMap(\.criteria).map(\.maxLevel).max() ?? 4
        let widths: [Double] = [40, 8, 5] + Array(repeating: 8, count: maxLevel + 1) + [11]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        try sheet.writeParagraph(t("Annexe — répartition des niveaux par critère et session (part des organisations du panel)",
                                   "Annex — level distribution by criterion and session (share of the panel's organisations)"),
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
                    switch criterion.distributions[session] {
                    case .shown(let distribution):
                        try sheet.write(Double(distribution.n), row: row, column: 2, style: ReportStyles.integer)
                        for (level, share) in distribution.shares.enumerated() {
                            try sheet.write(share, row: row, column: 3 + level, style: ReportStyles.percent)
                        }
                        try sheet.write(distribution.meanScore, row: row, column: 4 + maxLevel, style: FunderStyles.score)
                    case .withheld(let reason):
                        try sheet.write(withheldText(reason), row: row, column: 2, style: ReportStyles.suppressed.with(horizontal: .left).unwrapped)
                    }
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
