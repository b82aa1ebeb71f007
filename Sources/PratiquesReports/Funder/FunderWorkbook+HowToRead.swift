import PratiquesCore

extension FunderWorkbook {
    /// « Comment lire »: the programme, the cohort, its sessions, each grid's panel (and how many
    /// organisations are left out of it), the method and privacy rules in plain words, and the
    /// organisations that agreed to be named.
    func writeHowToRead(_ sheet: XlsxWorksheet, statistics: FunderStatistics, page: ReportPage, reportSheets: [String]) throws {
        let cohort = report.cohort
        let widths: [Double] = [34, 17, 17, 21]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        var row = 0
        try sheet.writeParagraph(cohort.parcours + t(" — bilan pour les financeurs", " — report for funders"), row: row, columns: all,
                                 style: ReportStyles.title, fontSize: 16, minimumHeight: 22)
        row += 2
        let facts: [(String, String)] = [
            (t("Programme", "Programme"), cohort.parcours),
            (t("Cohorte", "Cohort"), t("\(cohort.members.count) organisations", "\(cohort.members.count) organisations")),
            (t("Sessions", "Sessions"), cohort.sessions.map { "\($0.label) (\(ReportText.day($0.date, language)))" }.joined(separator: ", ")),
            (t("Règle de diffusion", "Disclosure rule"),
             t("un panel par grille ; aucun chiffre sur moins de \(minimumGroup) organisations ; médiane et quartiles à partir de \(rule.quartileGroup) ; chiffres arrondis au point",
               "one panel per grid; no figure on fewer than \(minimumGroup) organisations; median and quartiles from \(rule.quartileGroup); figures rounded to the point")),
            (t("Généré le", "Generated on"), ReportText.day(report.generatedOn, language)),
        ]
        var label = ReportStyles.label
        label.verticalTop = true
        for fact in facts {
            try sheet.write(fact.0, row: row, column: 0, style: label)
            try sheet.merge(fact.1, firstRow: row, firstColumn: 1, lastRow: row, lastColumn: all.upperBound, style: ReportStyles.wrapped)
            try sheet.setRow(row, height: RowHeight.forWrapped([(fact.1, widths.dropFirst().reduce(0, +))]))
            row += 1
        }
        row += 1
        try sheet.write(t("Organisations sur lesquelles portent les chiffres, par grille", "Organisations behind the figures, by grid"),
                        row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let start = row
        let headers = [t("Grille", "Grid"), t("Panel (présentes à chaque session)", "Panel (present at every session)"),
                       t("Hors panel (absentes à une session au moins)", "Left out (missing at one session or more)"), t("Publié", "Published")]
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: row, column: column, style: column == 0 || column == 3 ? ReportStyles.header : ReportStyles.numberHeader)
        }
        try sheet.setRow(row, height: RowHeight.forWrapped(zip(headers, widths).map { ($0, $1) }))
        for grid in statistics.grids {
            row += 1
            try sheet.write(gridTitle(grid), row: row, column: 0, style: ReportStyles.text)
            if let n = grid.panelSize.value {
                try sheet.write(Double(n), row: row, column: 1, style: ReportStyles.integer)
            } else {
                try sheet.write(t("moins de \(minimumGroup)", "fewer than \(minimumGroup)"), row: row, column: 1, style: ReportStyles.suppressed)
            }
            try sheet.write(Double(grid.leftOut), row: row, column: 2, style: ReportStyles.integer)
            let figures = grid.figures.flatMap { $0 }
            let shown = figures.filter { $0.value != nil }.count
            try sheet.write(shown == 0 ? t("non (secret statistique)", "no (suppressed)") : shown == figures.count ? t("oui", "yes") : t("en partie", "partly"),
                            row: row, column: 3, style: shown == 0 ? ReportStyles.suppressed : ReportStyles.plain)
        }
        sheet.keepTogether(start...row)
        row += 2
        try sheet.write(t("Comment lire ces chiffres", "How to read these figures"), row: row, column: 0, style: ReportStyles.subtitle)
        for line in FunderMethod.lines(rule: rule, language: language) {
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
}
