import PratiquesCore

extension OrganisationWorkbook {
    /// The action plan: open actions first, overdue ones highlighted.
    func writeActionPlan(_ sheet: XlsxWorksheet) throws {
        try sheet.write(t("Plan d'action — ", "Action plan — ") + report.organisation.name, row: 0, column: 0, style: ReportStyles.title)
        let headers = [t("Action", "Action"), t("Référentiel", "Grid"), t("Critère", "Criterion"), t("Porteur", "Owner"),
                       t("Échéance", "Due"), t("Statut", "Status"), t("En retard", "Overdue"), t("Notes", "Notes")]
        let headerRow = 2
        for (column, header) in headers.enumerated() { try sheet.write(header, row: headerRow, column: column, style: ReportStyles.header) }
        var row = headerRow
        for action in report.actions {
            row += 1
            let overdue = action.isOverdue(on: report.generatedOn)
            let style = overdue ? ReportStyles.overdue : ReportStyles.text
            try sheet.setRow(row, height: RowHeight.forWrapped([(action.title, 46), (action.notes ?? "", 40), (action.criterionID ?? "", 24)]))
            try sheet.write(action.title, row: row, column: 0, style: style)
            try sheet.write(action.referentielID ?? "", row: row, column: 1, style: style)
            try sheet.write(action.criterionID ?? "", row: row, column: 2, style: style)
            try sheet.write(action.owner ?? "", row: row, column: 3, style: style)
            if let due = action.dueDate {
                try sheet.write(date: due, row: row, column: 4, style: overdue ? ReportStyles.overdueDate : ReportStyles.date)
            } else {
                try sheet.writeBlank(row: row, column: 4, style: style)
            }
            try sheet.write(action.status.label(in: language), row: row, column: 5, style: style)
            try sheet.write(overdue ? t("oui", "yes") : "", row: row, column: 6, style: style)
            try sheet.write(action.notes ?? "", row: row, column: 7, style: style)
        }
        if report.actions.isEmpty {
            try sheet.write(t("Aucune action enregistrée.", "No action recorded."), row: headerRow + 1, column: 0, style: ReportStyles.note)
        }
        try sheet.setColumns(0, 0, width: 46)
        try sheet.setColumns(1, 2, width: 24)
        try sheet.setColumns(3, 3, width: 22)
        try sheet.setColumns(4, 6, width: 12)
        try sheet.setColumns(7, 7, width: 40)
        sheet.freezePanes(row: headerRow + 1, column: 0)
        try sheet.setLandscapePrint(repeatRows: headerRow...headerRow)
    }
}
