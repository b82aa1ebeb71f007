import PratiquesCore

/// Writes the long *Données* sheet of a cohort, row after row (the workbook is in
/// constant-memory mode): header, then one row per ``CohortDataRow``.
///
/// A sheet holds at most 1,048,576 rows (Excel's limit): past `rowsPerSheet` data rows the
/// rows go on in « Données (2) », « Données (3) »…, each with the same header.
struct CohortDataSheet {
    var language: Language
    var rowsPerSheet: Int

    /// Writes the rows from `first` on, adding continuation sheets as needed; returns how many
    /// rows were written.
    @discardableResult
    func write<Rows: Sequence>(_ first: XlsxWorksheet, workbook: XlsxWorkbook, rows: Rows, page: ReportPage) throws -> Int where Rows.Element == CohortDataRow {
        let headers = CohortDataRow.headers(in: language)
        let header = try workbook.resolve(ReportStyles.header)
        let plain = try workbook.resolve(nil)
        let date = try workbook.resolve(ReportStyles.plainDate(language))
        let decimal = try workbook.resolve(XlsxStyle(numberFormat: "0.00"))
        func start(_ sheet: XlsxWorksheet) throws {
            try sheet.setColumns(0, 0, width: 30)
            try sheet.setColumns(1, 2, width: 11)
            try sheet.setColumns(3, 6, width: 24)
            try sheet.setColumns(7, 9, width: 10)
            sheet.freezePanes(row: 1, column: 0)
            var setup = page.setup(.landscape, title: sheet.name + (language == .fr ? " (hors rapport imprimé)" : " (not part of the printed report)"),
                                   repeatRows: 0...0)
            setup.fitToWidth = false
            sheet.setPageSetup(setup)
            for (column, text) in headers.enumerated() { try sheet.write(text, row: 0, column: column, resolved: header) }
        }
        func finish(_ sheet: XlsxWorksheet, rows: Int) throws {
            try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: max(rows, 1), lastColumn: headers.count - 1)
        }
        var sheet = first
        try start(sheet)
        var row = 0, total = 0, sheetCount = 1
        var lastDate = "", year: Int32 = 0, month: Int32 = 0, day: Int32 = 0
        for item in rows {
            if row == rowsPerSheet {
                try finish(sheet, rows: row)
                sheetCount += 1
                sheet = try workbook.addWorksheet("\(first.name) (\(sheetCount))", typesetsText: false)
                try start(sheet)
                row = 0
            }
            row += 1
            total += 1
            try sheet.write(item.organisation, row: row, column: 0, resolved: plain)
            try sheet.write(item.session, row: row, column: 1, resolved: plain)
            if item.date != lastDate {
                lastDate = item.date
                let parts = item.date.split(separator: "-").compactMap { Int32($0) }
                (year, month, day) = parts.count == 3 ? (parts[0], parts[1], parts[2]) : (0, 0, 0)
            }
            if year > 0 {
                try sheet.write(year: year, month: month, day: day, row: row, column: 2, resolved: date)
            } else {
                try sheet.write(item.date, row: row, column: 2, resolved: plain)
            }
            try sheet.write(item.referentiel, row: row, column: 3, resolved: plain)
            try sheet.write(item.version, row: row, column: 4, resolved: plain)
            try sheet.write(item.dimension, row: row, column: 5, resolved: plain)
            try sheet.write(item.criterion, row: row, column: 6, resolved: plain)
            if let value = item.value { try sheet.write(value, row: row, column: 7, resolved: decimal) }
            if let score = item.score { try sheet.write(score, row: row, column: 8, resolved: decimal) }
            try sheet.write(Double(item.respondents), row: row, column: 9, resolved: plain)
        }
        try finish(sheet, rows: row)
        return total
    }
}
