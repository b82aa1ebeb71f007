import PratiquesCore

extension OrganisationWorkbook {
    /// « En bref »: one landscape page for the board and the general assembly, in words.
    func writeBrief(_ sheet: XlsxWorksheet, page: ReportPage, reportSheets: [String]) throws {
        let brief = OrganisationBrief(report: report)
        let hasCohort = brief.grids.contains { $0.cohort != nil }
        let widths: [Double] = hasCohort ? [32, 17, 10, 14, 14, 14, 14, 25] : [38, 22, 14, 20, 20, 26]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        var row = 0
        try sheet.write(t("En bref — ", "At a glance — ") + report.organisation.name, row: row, column: 0, style: ReportStyles.title)
        try sheet.setRow(row, height: 22)
        row += 1
        let latestDay = brief.grids.map(\.latest.assessment.date).max()
        var context = [t("Auto-évaluation des pratiques", "Self-assessment of practices"),
                       t("\(brief.grids.count) grille(s)", "\(brief.grids.count) grid(s)")]
        if let latestDay { context.append(t("dernière évaluation le ", "latest assessment on ") + ReportText.day(latestDay, language)) }
        context.append(t("généré le ", "generated on ") + ReportText.day(report.generatedOn, language))
        try sheet.writeParagraph(context.joined(separator: " · "), row: row, columns: all, style: ReportStyles.wrappedNote)
        row += 2

        // Where each grid stands.
        try sheet.write(t("Où en sommes-nous ? Scores sur 100", "Where do we stand? Scores out of 100"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        var headers = [t("Grille", "Grid"), t("Dernière évaluation", "Latest assessment"), t("Score", "Score"),
                       t("Depuis la précédente", "Since the previous"), t("Depuis la première", "Since the first"),
                       t("Objectifs atteints", "Targets reached")]
        if hasCohort { headers += [t("Médiane de la cohorte", "Cohort median"), t("Cohorte (session, organisations)", "Cohort (session, organisations)")] }
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: row, column: column, style: column == 0 ? ReportStyles.header : ReportStyles.numberHeader)
        }
        try sheet.setRow(row, height: 32)
        let tableStart = row
        if brief.grids.isEmpty {
            row += 1
            try sheet.writeParagraph(t("Aucune évaluation terminée.", "No completed assessment."), row: row, columns: all, style: ReportStyles.note)
        }
        for line in brief.grids {
            row += 1
            try sheet.write(line.title, row: row, column: 0, style: ReportStyles.boldText)
            try sheet.write("\(line.latest.assessment.label) (\(ReportText.day(line.latest.assessment.date, language)))", row: row, column: 1, style: ReportStyles.text)
            try sheet.write(line.latest.score.overall, row: row, column: 2, style: line.latest.isCarried ? ReportStyles.carriedScore : ReportStyles.boldScore)
            for (column, change, label) in [(3, line.sincePrevious, line.previousLabel), (4, line.sinceFirst, line.firstLabel)] {
                if let change {
                    try sheet.write(change, row: row, column: column, style: ReportStyles.delta)
                } else {
                    try sheet.write(label == nil ? t("première évaluation", "first assessment") : "—", row: row, column: column, style: ReportStyles.plain)
                }
            }
            try sheet.write(line.targets == 0 ? t("aucun objectif fixé", "no target set") : t("\(line.targetsReached) sur \(line.targets)", "\(line.targetsReached) of \(line.targets)"),
                            row: row, column: 5, style: ReportStyles.plain.with(horizontal: .center))
            if hasCohort {
                if let cohort = line.cohort {
                    try sheet.write(cohort.median, row: row, column: 6, style: ReportStyles.score)
                    try sheet.write("\(cohort.session) (\(ReportText.day(cohort.sessionDate, language))), n = \(cohort.n)", row: row, column: 7, style: ReportStyles.text)
                } else {
                    try sheet.write("—", row: row, column: 6, style: ReportStyles.plain)
                    try sheet.writeBlank(row: row, column: 7, style: ReportStyles.plain)
                }
            }
            try sheet.setRow(row, height: RowHeight.forWrapped([(line.title, widths[0]), (hasCohort ? "T2 (17/03/2026), n = 8" : "", widths.last!)]))
        }
        if !brief.grids.isEmpty {
            try sheet.conditionalFormat(firstRow: tableStart + 1, firstColumn: 2, lastRow: row, lastColumn: 2, ReportStyles.scoreScale)
        }
        if let cohort = brief.grids.compactMap(\.cohort).first {
            row += 1
            try sheet.writeParagraph(t("Cohorte : « \(cohort.parcours) » ; médiane des scores globaux des organisations de la cohorte à la session indiquée (montrée à partir de \(OrganisationReport.minimumCohortGroup) organisations).",
                                       "Cohort: '\(cohort.parcours)'; median overall score of the cohort's organisations at the session shown (shown from \(OrganisationReport.minimumCohortGroup) organisations on)."),
                                     row: row, columns: all, style: ReportStyles.wrappedNote)
        }
        sheet.keepTogether(tableStart - 1...row)
        row += 2

        // Strengths and points to work on.
        for (title, lines, empty) in [
            (t("Nos points forts", "Our strengths"), brief.strengths,
             t("Aucun critère n'atteint 50 sur 100 pour l'instant.", "No criterion reaches 50 out of 100 yet.")),
            (t("Nos points à travailler (les plus loin de l'objectif, ou du niveau le plus haut)", "Points to work on (furthest from the target, or from the top level)"),
             brief.pointsToWork, t("Tous les critères ont atteint leur objectif.", "Every criterion reached its target.")),
        ] {
            let start = row
            try sheet.write(title, row: row, column: 0, style: ReportStyles.subtitle)
            if lines.isEmpty {
                row += 1
                try sheet.writeParagraph(empty, row: row, columns: all, style: ReportStyles.note)
            }
            for line in lines {
                row += 1
                let name = ReportText.criterionLabel(line.criterion, language)
                try sheet.write(name, row: row, column: 0, style: ReportStyles.boldText)
                var text = line.grid + " · " + t("niveau ", "level ") + line.level + " (" + ReportText.score(line.score, language) + t(" sur 100)", " out of 100)")
                if let target = line.target { text += t(", objectif : niveau \(target)", ", target: level \(target)") }
                if !line.descriptor.isEmpty { text += t(" — ce que nous faisons : ", " — what we do: ") + line.descriptor }
                let merged = 1...(widths.count - 1)
                try sheet.merge(text, firstRow: row, firstColumn: merged.lowerBound, lastRow: row, lastColumn: merged.upperBound, style: ReportStyles.text)
                try sheet.setRow(row, height: RowHeight.forWrapped([(name, widths[0]), (text, widths.dropFirst().reduce(0, +))]))
            }
            sheet.keepTogether(start...row)
            row += 2
        }

        // Falls, divergences, action plan.
        let start = row
        try sheet.write(t("À regarder", "To look at"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        var notes: [String] = []
        if brief.falls.isEmpty {
            notes.append(t("Aucun recul de 10 points ou plus depuis l'évaluation précédente.", "No fall of 10 points or more since the previous assessment."))
        }
        for fall in brief.falls {
            let what = fall.dimension.map { "\(fall.grid) — \($0)" } ?? "\(fall.grid) — " + t("score global", "overall score")
            notes.append(t("Recul : ", "Fall: ") + what + t(" : ", ": ") + ReportText.score(fall.before, language) + " → " + ReportText.score(fall.after, language)
                         + " (" + ReportText.change(fall.after - fall.before, language) + t(" points", " points") + t(", entre \(fall.fromLabel) et \(fall.toLabel))", ", from \(fall.fromLabel) to \(fall.toLabel))"))
        }
        let divergent = brief.divergences.filter { $0.count > 0 }
        let total = divergent.reduce(0) { $0 + $1.count }
        if total == 0 {
            notes.append(t("Aucune divergence entre répondants dans les dernières évaluations.", "No divergence between respondents in the latest assessments."))
        } else {
            notes.append(t("À discuter : \(total) critère(s) où les répondants divergent de deux niveaux ou plus (", "To discuss: \(total) criterion(s) where respondents differ by two levels or more (")
                         + divergent.map { $0.grid + t(" : ", ": ") + String($0.count) }.joined(separator: ", ") + t(") — détail dans la feuille de chaque grille.", ") — detail in each grid's sheet."))
        }
        for draft in report.drafts {
            notes.append(t("Évaluation en cours non comptée ici : ", "Assessment in progress, not counted here: ")
                         + draft.scoredOn.referentiel.title.text(in: language) + t(", brouillon du ", ", draft of ") + ReportText.day(draft.assessment.date, language) + ".")
        }
        for note in notes {
            try sheet.writeParagraph("• " + note, row: row, columns: all)
            row += 1
        }
        sheet.keepTogether(start...(row - 1))
        row += 1

        let actionStart = row
        try sheet.write(t("Plan d'action", "Action plan"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let counts = brief.actions
        let statuses: [(String, Int)] = [(t("Fait", "Done"), counts.done), (t("En cours", "In progress"), counts.inProgress),
                                         (t("À faire", "To do"), counts.toDo), (t("En retard", "Late"), counts.late)]
            + (counts.dropped > 0 ? [(t("Abandonné", "Dropped"), counts.dropped)] : [])
        for (column, status) in statuses.enumerated() {
            try sheet.write(status.0, row: row, column: column + 1, style: ReportStyles.numberHeader)
            try sheet.write(Double(status.1), row: row + 1, column: column + 1,
                            style: status.0 == t("En retard", "Late") && status.1 > 0 ? ReportStyles.overdue.with(horizontal: .center) : ReportStyles.integer)
        }
        try sheet.write(t("Actions", "Actions"), row: row, column: 0, style: ReportStyles.header)
        try sheet.write(t("Nombre", "Number"), row: row + 1, column: 0, style: ReportStyles.boldText)
        row += 2
        for action in counts.lateActions.prefix(3) {
            var text = t("En retard : ", "Late: ") + action.title
            if let due = action.dueDate { text += t(" (échéance ", " (due ") + ReportText.day(due, language) + (action.owner.map { ", " + $0 } ?? "") + ")" }
            try sheet.writeParagraph("• " + text, row: row, columns: all)
            row += 1
        }
        if counts.lateActions.count > 3 {
            try sheet.writeParagraph(t("• et \(counts.lateActions.count - 3) autre(s) : voir la feuille Plan d'action.", "• and \(counts.lateActions.count - 3) more: see the Action plan sheet."),
                                     row: row, columns: all)
            row += 1
        }
        sheet.keepTogether(actionStart...(row - 1))
        row += 1
        let privacy = report.withNames
            ? t("Ce classeur contient les noms des répondants et leurs commentaires : ne pas le diffuser au-delà du groupe de travail.",
                "This workbook holds respondents' names and comments: do not circulate it beyond the working group.")
            : t("Ce classeur ne contient ni les noms des répondants ni leurs commentaires : il peut être remis en assemblée générale.",
                "This workbook holds neither respondents' names nor their comments: it can be handed out at a general assembly.")
        try sheet.writeParagraph(privacy + " " + page.howToPrint(reportSheets: reportSheets), row: row, columns: all, style: ReportStyles.wrappedNote)
        var setup = page.setup(.landscape, title: t("En bref", "At a glance"), columns: all)
        setup.fitToPage = true
        sheet.setPageSetup(setup)
    }
}

extension XlsxStyle {
    /// The same style with another horizontal alignment.
    func with(horizontal: HorizontalAlignment) -> XlsxStyle {
        var copy = self
        copy.horizontal = horizontal
        return copy
    }
}
