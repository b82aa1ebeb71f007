import PratiquesCore

/// The print setup of the workbooks' sheets: A4, the sheet's title in the header, the subject
/// (organisation, parcours), the day and « Page x / y » in the footer.
struct ReportPage {
    var language: Language
    /// What the workbook is about, in the footer's left part.
    var subject: String
    /// `YYYY-MM-DD`, printed `dd/mm/yyyy` in French.
    var generatedOn: String

    /// The setup of a sheet titled `title`. `fitToWidth` only where the sheet's columns keep the
    /// scale at 70 % or more (checked by ``XlsxWorksheet/estimatedPrintScale`` in the tests).
    func setup(_ orientation: XlsxPageSetup.Orientation, title: String, repeatRows: ClosedRange<Int>? = nil,
               columns: ClosedRange<Int>? = nil, fitToWidth: Bool = true) -> XlsxPageSetup {
        XlsxPageSetup(orientation: orientation, fitToWidth: fitToWidth, repeatRows: repeatRows, columns: columns,
                      header: XlsxHeaderFooter(center: [.text(title)]),
                      footer: XlsxHeaderFooter(left: [.text(subject)], center: [.text(ReportText.day(generatedOn, language))],
                                               right: XlsxHeaderFooter.pageOfPages(french: language == .fr)))
    }

    /// The note on the data sheets and the summary: which sheets make the printed report.
    func howToPrint(reportSheets: [String]) -> String {
        guard let first = reportSheets.first, let last = reportSheets.last else { return "" }
        return language == .fr
            ? "Pour imprimer le rapport : cliquez sur l'onglet « \(first) », puis Maj + clic sur l'onglet « \(last) », et imprimez les feuilles sélectionnées. Les feuilles de données qui suivent ne font pas partie du rapport imprimé."
            : "To print the report: click the '\(first)' tab, then Shift + click the '\(last)' tab, and print the selected sheets. The data sheets that follow are not part of the printed report."
    }
}
