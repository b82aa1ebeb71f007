import PratiquesCore

extension OrganisationWorkbook {
    /// The action plan, late actions first, then in progress, to do, done and dropped; each
    /// action with its grid and criterion named in words.
    func writeActionPlan(_ sheet: XlsxWorksheet, page: ReportPage) throws {
        try sheet.write(t("Plan d'action — ", "Action plan — ") + report.organisation.name, row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        let headers = [t("Action", "Action"), t("Grille", "Grid"), t("Critère", "Criterion"), t("Porteur", "Owner"),
                       t("Échéance", "Due"), t("Statut", "Status"), t("Notes", "Notes")]
        let widths: [Double] = [40, 18, 26, 16, 11, 12, 34]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let headerRow = 2
        for (column, header) in headers.enumerated() { try sheet.write(header, row: headerRow, column: column, style: ReportStyles.header) }
        let grids = Dictionary(report.entries.map { ($0.scoredOn.referentiel.id, $0.scoredOn.referentiel) }, uniquingKeysWith: { _, last in last })
        func rank(_ action: PlannedAction) -> Int {
            if action.isOverdue(on: report.generatedOn) { return 0 }
            switch action.status {
            case .inProgress: return 1
            case .todo: return 2
            case .done: return 3
            case .dropped: return 4
            }
        }
        let actions = report.actions.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        var row = headerRow
        for action in actions {
            row += 1
            let overdue = action.isOverdue(on: report.generatedOn)
            let style = overdue ? ReportStyles.overdue : ReportStyles.text
            let grid = action.referentielID.map { id in grids[id]?.title.text(in: language) ?? id } ?? ""
            let criterion = action.criterionID.map { id in criterionName(id, referentielID: action.referentielID) } ?? ""
            let status = action.status.label(in: language) + (overdue ? t(" — en retard", " — late") : "")
            try sheet.setRow(row, height: RowHeight.forWrapped([(action.title, widths[0]), (grid, widths[1]), (criterion, widths[2]),
                                                                (action.owner ?? "", widths[3]), (status, widths[5]), (action.notes ?? "", widths[6])]))
            try sheet.write(action.title, row: row, column: 0, style: style)
            try sheet.write(grid, row: row, column: 1, style: style)
            try sheet.write(criterion, row: row, column: 2, style: style)
            try sheet.write(action.owner ?? "", row: row, column: 3, style: style)
            if let due = action.dueDate {
                try sheet.write(date: due, row: row, column: 4, style: overdue ? ReportStyles.overdueDate(language) : ReportStyles.date(language))
            } else {
                try sheet.writeBlank(row: row, column: 4, style: style)
            }
            try sheet.write(status, row: row, column: 5, style: style)
            try sheet.write(action.notes ?? "", row: row, column: 6, style: style)
        }
        if report.actions.isEmpty {
            try sheet.write(t("Aucune action enregistrée.", "No action recorded."), row: headerRow + 1, column: 0, style: ReportStyles.note)
        }
        sheet.freezePanes(row: headerRow + 1, column: 0)
        sheet.setPageSetup(page.setup(.landscape, title: t("Plan d'action", "Action plan"), repeatRows: headerRow...headerRow, columns: 0...(widths.count - 1)))
    }

    /// A criterion's label in the newest version of its grid, else in the older version that has it (a criterion since split or
    /// dropped), else its id.
    func criterionName(_ id: String, referentielID: String?) -> String {
        let versions = report.entries.filter { $0.referentiel.referentiel.id == referentielID }.flatMap { [$0.scoredOn.referentiel, $0.referentiel.referentiel] }
        return versions.lazy.compactMap { $0.criterion(id: id) }.first.map { ReportText.criterionLabel($0, language) } ?? id
    }
}
