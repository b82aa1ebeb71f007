import PratiquesCore

/// The long *Données* sheet: one row per answer (organisation × criterion × respondent × date),
/// for pivot tables. Ids, as stored; no typography. Not part of the printed report (it prints,
/// when asked, with its header row on every page).
struct DataSheet {
    struct Row {
        var organisation: String
        var referentiel: String
        var version: String
        var dimension: String
        var criterion: String
        var role: String
        var respondent: String
        var date: String
        var label: String
        /// `terminée` or `brouillon` (the assessment's status).
        var status: String
        var answer: Answer
        /// The value used for scores, in levels.
        var value: Double?
    }

    var language: Language
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func write(_ sheet: XlsxWorksheet, rows: [Row], page: ReportPage) throws {
        let headers = ["organisation", t("référentiel", "grid"), "version", "dimension", t("critère", "criterion"), t("rôle", "role"),
                       t("répondant", "respondent"), "date", t("évaluation", "assessment"), t("réponse", "answer"), t("valeur", "value"),
                       t("non applicable", "not applicable"), t("commentaire", "comment"), t("statut", "status")]
        for (column, header) in headers.enumerated() { try sheet.write(header, row: 0, column: column, style: ReportStyles.header) }
        for (index, row) in rows.enumerated() {
            let r = index + 1
            try sheet.write(row.organisation, row: r, column: 0)
            try sheet.write(row.referentiel, row: r, column: 1)
            try sheet.write(row.version, row: r, column: 2)
            try sheet.write(row.dimension, row: r, column: 3)
            try sheet.write(row.criterion, row: r, column: 4)
            try sheet.write(row.role, row: r, column: 5)
            try sheet.write(row.respondent, row: r, column: 6)
            try sheet.write(date: row.date, row: r, column: 7, style: ReportStyles.plainDate(language))
            try sheet.write(row.label, row: r, column: 8)
            switch row.answer.value {
            case .level(let level): try sheet.write(Double(level), row: r, column: 9)
            case .number(let number): try sheet.write(number, row: r, column: 9)
            case .yesNo(let yes): try sheet.write(yes ? t("oui", "yes") : t("non", "no"), row: r, column: 9)
            case .text(let text): try sheet.write(text, row: r, column: 9)
            case .notApplicable, nil: break
            }
            if let value = row.value { try sheet.write(value, row: r, column: 10) }
            try sheet.write(row.answer.isNotApplicable, row: r, column: 11)
            if let comment = row.answer.comment { try sheet.write(comment, row: r, column: 12) }
            try sheet.write(row.status, row: r, column: 13)
        }
        try sheet.setColumns(0, 0, width: 28)
        try sheet.setColumns(1, 4, width: 22)
        try sheet.setColumns(5, 11, width: 13)
        try sheet.setColumns(12, 12, width: 50)
        try sheet.setColumns(13, 13, width: 11)
        try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: max(rows.count, 1), lastColumn: headers.count - 1)
        sheet.freezePanes(row: 1, column: 0)
        var setup = page.setup(.landscape, title: t("Données (hors rapport imprimé)", "Data (not part of the printed report)"), repeatRows: 0...0)
        setup.fitToWidth = false
        sheet.setPageSetup(setup)
    }
}
