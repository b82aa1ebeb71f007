import PratiquesCore

/// The accompanist's cohort workbook: *Synthèse*, *Organisations*, *Progression*, *Critères* —
/// the printed report, titled with the parcours —, then *Données* and *Métadonnées*.
/// Organisation names are shown.
///
/// Written in constant-memory mode: every sheet is written row after row (libxlsxwriter's
/// constant memory is per workbook), so the long *Données* sheet streams from any sequence
/// of ``CohortDataRow`` without being held in memory. A sheet holds at most 1,048,575 data
/// rows: beyond, the rows go on in « Données (2) », « Données (3) »… (same header), placed
/// before *Métadonnées*.
///
/// ```swift
/// var accumulator = CohortAccumulator(referentiel: grid, sessions: ["T0", "T1", "T2"])
/// accumulator.add(organisation: "ruche", session: 0, score: score)   // for each (organisation, session)
/// let comparison = CohortComparison(cohort: cohort, grids: [accumulator.finish()])
/// let report = CohortReport(comparison: comparison, organisations: members, generatedOn: "2026-11-24", language: .fr)
/// try CohortWorkbook(report: report).write(to: "cohorte.xlsx", rows: rows)   // rows: some Sequence<CohortDataRow>
/// ```
public struct CohortWorkbook {
    public let report: CohortReport
    /// Data rows per *Données* sheet before « Données (2) » starts.
    public let dataRowsPerSheet: Int

    /// Excel's limit: 1,048,576 rows a sheet, one of them the header.
    public static let maximumDataRowsPerSheet = 1_048_575

    public init(report: CohortReport, dataRowsPerSheet: Int = CohortWorkbook.maximumDataRowsPerSheet) {
        self.report = report
        self.dataRowsPerSheet = min(max(1, dataRowsPerSheet), Self.maximumDataRowsPerSheet)
    }

    var language: Language { report.language }
    var comparison: CohortComparison { report.comparison }
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Sheet names, in order (past ``dataRowsPerSheet`` rows, « Données (2) »… follow *Données*).
    public var sheetNames: [String] {
        [t("Synthèse", "Summary"), "Organisations", t("Progression", "Progress"), t("Critères", "Criteria"), t("Données", "Data"),
         t("Métadonnées", "Metadata")]
    }

    /// Writes the workbook to `path` (through a temporary file moved into place); `rows` fill
    /// *Données* in the order given. Returns the number of data rows written.
    @discardableResult
    public func write<Rows: Sequence>(to path: String, rows: Rows) throws -> Int where Rows.Element == CohortDataRow {
        let workbook = try XlsxWorkbook(path: path, constantMemory: true, language: language)
        try workbook.setProperties(title: report.cohort.parcours + t(" — bilan de la cohorte", " — cohort report"),
                                   author: "Pratiques \(PratiquesVersion.current)", comments: t("Généré le ", "Generated on ") + report.generatedOn)
        let names = sheetNames
        let page = ReportPage(language: language, subject: report.cohort.parcours, generatedOn: report.generatedOn)
        // Métadonnées is added last, after any continuation sheet of Données.
        let sheets = try names.dropLast().enumerated().map { index, name throws(XlsxError) in
            try workbook.addWorksheet(name, typesetsText: index != 4)
        }
        try writeSummary(sheets[0], workbook: workbook, page: page, reportSheets: Array(sheets[0...3].map(\.name)))
        try writeOrganisations(sheets[1], page: page)
        try writeProgress(sheets[2], page: page)
        try writeCriteria(sheets[3], workbook: workbook, page: page)
        let count = try CohortDataSheet(language: language, rowsPerSheet: dataRowsPerSheet).write(sheets[4], workbook: workbook, rows: rows, page: page)
        try CohortMetadataSheet(language: language).write(try workbook.addWorksheet(names[5]), report: report, audience: .accompanist, page: page,
                                                          notes: [page.howToPrint(reportSheets: Array(sheets[0...3].map(\.name)))])
        sheets[0].activate()
        try workbook.close()
        return count
    }

    func gridTitle(_ grid: CohortGridComparison) -> String {
        grid.referentiel.title.text(in: language)
    }

    func criterionTitle(_ grid: CohortGridComparison, _ id: String) -> String {
        grid.referentiel.criterion(id: id).map { ReportText.criterionLabel($0, language) } ?? id
    }
}
