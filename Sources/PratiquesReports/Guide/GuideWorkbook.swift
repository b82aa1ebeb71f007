import Foundation
import PratiquesCore

/// The guide of good practices' yearly view, a workbook of its own (one printed sheet, then
/// nothing else): what the board presents to the general assembly each year. Theme by theme,
/// in the guide's order: the criteria tagged with it, where the organisation stands, how it
/// moved since last year, the targets at one and three years and the actions; a theme no
/// criterion covers says so. Then room for the assembly's debate (date, decisions).
///
/// Every user text is written as a string; French first, words not ids.
public struct GuideWorkbook {
    public let report: GuideReport

    public init(report: GuideReport) {
        self.report = report
    }

    var language: Language { report.language }
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    static let widths: [Double] = [36, 24, 10, 10, 15, 15, 33]

    /// Writes the workbook to `path`.
    public func write(to path: String) throws {
        let workbook = try XlsxWorkbook(path: path, language: language)
        let title = t("Guide des bonnes pratiques \(report.year) — ", "Guide of good practices \(report.year) — ") + report.organisation.name
        try workbook.setProperties(title: title, author: "Pratiques \(PratiquesVersion.current)",
                                   comments: t("Généré le ", "Generated on ") + report.generatedOn)
        let page = ReportPage(language: language, subject: report.organisation.name, generatedOn: report.generatedOn)
        let sheet = try workbook.addWorksheet(t("Guide \(report.year)", "Guide \(report.year)"))
        try writeGuide(sheet, title: title)
        sheet.setPageSetup(page.setup(.landscape, title: t("Guide des bonnes pratiques", "Guide of good practices") + " \(report.year)",
                                      columns: 0...(Self.widths.count - 1)))
        sheet.activate()
        try workbook.close()
    }

    private func writeGuide(_ sheet: XlsxWorksheet, title: String) throws {
        let last = Self.widths.count - 1
        for (column, width) in Self.widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.write(title, row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        let intro = t("Présenté chaque année à l'assemblée générale (loi du 31 juillet 2014 relative à l'ESS, article 3). Pour chacun des huit thèmes du guide : où en est la structure en \(report.year) (score sur 100 des critères de ses grilles d'autodiagnostic), l'évolution depuis \(report.year - 1), les objectifs à un an et à trois ans, et les actions prévues.",
                      "Presented each year to the general assembly (French law of 31 July 2014 on the social and solidarity economy, article 3). For each of the guide's eight themes: where the organisation stands in \(report.year) (score out of 100 on the criteria of its self-assessment grids), the change since \(report.year - 1), the targets at one and three years, and the actions planned.")
        try sheet.merge(intro, firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: last, style: ReportStyles.wrappedNote)
        try sheet.setRow(1, height: RowHeight.forWrapped([(intro, Self.widths.reduce(0, +))]))
        var row = 3
        for theme in report.themes {
            let start = row
            let heading = "\(theme.theme.number). " + theme.theme.title.text(in: language)
            try sheet.merge(heading, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: last, style: ReportStyles.group)
            try sheet.setRow(row, height: RowHeight.forWrapped([(heading, Self.widths.reduce(0, +))]))
            row += 1
            guard !theme.items.isEmpty else {
                let none = t("Aucun critère des grilles évaluées par la structure ne couvre ce thème : à présenter à partir d'autres éléments, ou une grille à ajouter.",
                             "No criterion of the grids the organisation assessed covers this theme: to present from other material, or a grid to add.")
                try sheet.merge(none, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: last, style: ReportStyles.wrappedNote)
                try sheet.setRow(row, height: RowHeight.forWrapped([(none, Self.widths.reduce(0, +))]))
                sheet.keepTogether(start...row)
                row += 2
                continue
            }
            let headers = [t("Critère", "Criterion"), t("Grille", "Grid"), t("\(report.year) (sur 100)", "\(report.year) (out of 100)"),
                           t("Depuis \(report.year - 1)", "Since \(report.year - 1)"), t("Objectif à un an", "One-year target"),
                           t("Objectif à trois ans", "Three-year target"), t("Actions", "Actions")]
            for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
            try sheet.setRow(row, height: 30)
            let headerRow = row
            for item in theme.items {
                row += 1
                try writeItem(item, sheet, row: row)
            }
            // The theme's title, its header and first criteria print together; a long theme
            // continues on the next page.
            sheet.keepTogether(start...min(row, headerRow + 3))
            row += 2
        }
        try writeDebate(sheet, row: row)
        if !report.sources.isEmpty {
            let sources = t("Sources : ", "Sources: ") + report.sources.joined(separator: " ; ")
            let at = sheet.lastRow + 2
            try sheet.merge(sources, firstRow: at, firstColumn: 0, lastRow: at, lastColumn: last, style: ReportStyles.wrappedNote)
            try sheet.setRow(at, height: RowHeight.forWrapped([(sources, Self.widths.reduce(0, +))]))
        }
    }

    private func writeItem(_ item: GuideReport.Item, _ sheet: XlsxWorksheet, row: Int) throws {
        let label = ReportText.criterionLabel(item.criterion, language, limit: 120)
        let actions = item.actions.joined(separator: "\n")
        let shortTarget = item.target.map { target(level: $0.level, horizon: $0.horizon) } ?? ""
        let longTarget = item.target.flatMap { target in target.longTermLevel.map { self.target(level: $0, horizon: target.longTermHorizon) } } ?? ""
        // Without a score, a phrase across the two figure columns: does not apply, a value (indicator), not given.
        let phrase: String? = !item.applies ? t("Ne s'applique pas à la structure", "Does not apply to the organisation")
            : item.score == nil ? (item.value ?? t("Non renseigné", "Not given")) : nil
        try sheet.setRow(row, height: RowHeight.forWrapped([(label, Self.widths[0]), (item.grid, Self.widths[1]), (phrase ?? "", Self.widths[2] + Self.widths[3]),
                                                            (shortTarget, Self.widths[4]), (longTarget, Self.widths[5]), (actions, Self.widths[6])]))
        try sheet.write(label, row: row, column: 0, style: ReportStyles.text)
        try sheet.write(item.grid, row: row, column: 1, style: ReportStyles.text)
        if let phrase {
            try sheet.merge(phrase, firstRow: row, firstColumn: 2, lastRow: row, lastColumn: 3,
                            style: item.applies && item.value != nil ? ReportStyles.text : ReportStyles.suppressed)
        } else if let score = item.score {
            try sheet.write(score, row: row, column: 2, style: ReportStyles.score)
            if let before = item.previousScore {
                try sheet.write(score - before, row: row, column: 3, style: ReportStyles.delta)
            } else {
                try sheet.write(t("nouveau", "new"), row: row, column: 3, style: ReportStyles.suppressed)
            }
        }
        try sheet.write(shortTarget, row: row, column: 4, style: ReportStyles.text)
        try sheet.write(longTarget, row: row, column: 5, style: ReportStyles.text)
        try sheet.write(actions, row: row, column: 6, style: ReportStyles.text)
    }

    /// « niveau 3 — 30/06/2027 ».
    private func target(level: Int, horizon: String?) -> String {
        t("niveau ", "level ") + "\(level)" + (horizon.map { " — " + ReportText.day($0, language) } ?? "")
    }

    /// Room for the general assembly's debate: its date and decisions, as recorded or to fill in.
    private func writeDebate(_ sheet: XlsxWorksheet, row start: Int) throws {
        let last = Self.widths.count - 1
        var row = start
        try sheet.write(t("Débat en assemblée générale", "General assembly debate"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        let date = report.note?.meetingDate.map { ReportText.day($0, language) } ?? ""
        try sheet.write(t("Date de l'assemblée", "Date of the assembly"), row: row, column: 0, style: ReportStyles.boldText)
        try sheet.merge(date, firstRow: row, firstColumn: 1, lastRow: row, lastColumn: last, style: date.isEmpty ? ReportStyles.input : ReportStyles.text)
        row += 1
        let decisions = report.note?.decisions ?? ""
        try sheet.write(t("Décisions et objectifs de progrès débattus", "Decisions and progress targets debated"), row: row, column: 0,
                        style: ReportStyles.boldText)
        try sheet.merge(decisions, firstRow: row, firstColumn: 1, lastRow: row, lastColumn: last,
                        style: decisions.isEmpty ? ReportStyles.input : ReportStyles.text)
        let width = Self.widths[1...].reduce(0, +)
        try sheet.setRow(row, height: max(RowHeight.forWrapped([(decisions, width)]), decisions.isEmpty ? 90 : 0))
        sheet.keepTogether(start...row)
    }
}
