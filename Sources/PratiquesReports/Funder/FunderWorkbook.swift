import PratiquesCore

/// The funder's workbook: aggregates only. *Comment lire* first (programme, cohort size,
/// sessions, organisations per grid, method, privacy rules and the organisations that agreed
/// to be named), *Synthèse*, *Progression*, *Critères* — the printed report —, then the annex
/// of levels per criterion and *Métadonnées*.
///
/// What is published is decided by ``FunderStatistics`` (today: a group of fewer than
/// ``minimumGroup`` organisations shows « secret statistique (moins de K organisations) » and no
/// figure; minimum and maximum never shown; progress as shares only); a grid with nothing
/// published is one line, without a chart. Organisation names appear only in *Comment lire*,
/// only for organisations that consented; no per-organisation row; no comment or free text.
public struct FunderWorkbook {
    public let report: CohortReport
    /// K: the smallest group whose figures are shown.
    public let minimumGroup: Int

    /// The default K.
    public static let defaultMinimumGroup = 5

    public init(report: CohortReport, minimumGroup: Int = FunderWorkbook.defaultMinimumGroup) {
        self.report = report
        self.minimumGroup = max(1, minimumGroup)
    }

    var language: Language { report.language }
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The text of a withheld group.
    public var suppressedText: String {
        t("secret statistique (moins de \(minimumGroup) organisations)", "suppressed (fewer than \(minimumGroup) organisations)")
    }

    /// Sheet names, in order.
    public var sheetNames: [String] {
        [t("Comment lire", "How to read"), t("Synthèse", "Summary"), t("Progression", "Progress"), t("Critères", "Criteria"),
         t("Annexe niveaux par critère", "Annex levels by criterion"), t("Métadonnées", "Metadata")]
    }

    /// Writes the workbook to `path` (through a temporary file moved into place).
    public func write(to path: String) throws {
        let workbook = try XlsxWorkbook(path: path, language: language)
        try workbook.setProperties(title: report.cohort.parcours + t(" — bilan pour les financeurs", " — report for funders"),
                                   author: "Pratiques \(PratiquesVersion.current)", comments: t("Généré le ", "Generated on ") + report.generatedOn)
        let statistics = FunderStatistics(comparison: report.comparison, minimumGroup: minimumGroup)
        let page = ReportPage(language: language, subject: report.cohort.parcours, generatedOn: report.generatedOn)
        let sheets = try sheetNames.map { name throws(XlsxError) in try workbook.addWorksheet(name) }
        let reportSheets = sheets[0...3].map(\.name)
        try writeHowToRead(sheets[0], statistics: statistics, page: page, reportSheets: reportSheets)
        try writeSummary(sheets[1], workbook: workbook, statistics: statistics, page: page)
        try writeProgress(sheets[2], statistics: statistics, page: page)
        try writeCriteria(sheets[3], statistics: statistics, page: page)
        try writeLevels(sheets[4], statistics: statistics, page: page)
        try CohortMetadataSheet(language: language).write(sheets[5], report: report, audience: .funder, page: page, minimumGroup: minimumGroup,
                                                          notes: [page.howToPrint(reportSheets: reportSheets)])
        sheets[0].activate()
        try workbook.close()
    }

    func gridTitle(_ grid: FunderStatistics.Grid) -> String { grid.referentiel.title.text(in: language) }

    /// « Lucrativité limitée : secret statistique… » — the one line of a grid with nothing published.
    func withheldGridLine(_ grid: FunderStatistics.Grid) -> String {
        gridTitle(grid) + t(" : secret statistique — moins de \(minimumGroup) organisations à chaque session, aucun chiffre publié.",
                            ": suppressed — fewer than \(minimumGroup) organisations at every session, no figure published.")
    }
}
