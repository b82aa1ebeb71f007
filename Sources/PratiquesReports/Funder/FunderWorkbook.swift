import PratiquesCore

/// The funder's workbook: aggregates only.
///
/// Privacy rules (docs/cohorts.md):
/// - a group is the set of organisations behind one figure (session × dimension, a paired
///   progress between two sessions, a criterion's distribution at a session); a group of fewer
///   than ``minimumGroup`` organisations shows « secret statistique (moins de K organisations) »
///   in its `n` cell and no figure at all;
/// - minimum and maximum are never shown (each is one organisation's own score), nor counts
///   of organisations that progressed or regressed (shares only);
/// - organisation names appear only in *Participants*, and only for organisations that
///   consented to be named; no per-organisation row; no comment or other free text.
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
    var comparison: CohortComparison { report.comparison }
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The text of a suppressed group.
    public var suppressedText: String {
        t("secret statistique (moins de \(minimumGroup) organisations)", "suppressed (fewer than \(minimumGroup) organisations)")
    }

    /// Sheet names, in order.
    public var sheetNames: [String] {
        [t("Synthèse", "Summary"), t("Progression", "Progress"), t("Critères", "Criteria"), "Participants", t("Méthode", "Method"),
         t("Métadonnées", "Metadata")]
    }

    /// Writes the workbook to `path` (through a temporary file moved into place).
    public func write(to path: String) throws {
        let workbook = try XlsxWorkbook(path: path)
        try workbook.setProperties(title: t("Cohorte ", "Cohort ") + report.cohort.name + t(" — financeurs", " — funders"),
                                   author: "Pratiques \(PratiquesVersion.current)", comments: t("Généré le ", "Generated on ") + report.generatedOn)
        let names = sheetNames
        let sheets = try names.map { name throws(XlsxError) in try workbook.addWorksheet(name) }
        try writeSummary(sheets[0], workbook: workbook)
        try writeProgress(sheets[1])
        try writeCriteria(sheets[2])
        try writeParticipants(sheets[3])
        try writeMethod(sheets[4])
        try CohortMetadataSheet(language: language).write(sheets[5], report: report, audience: .funder, minimumGroup: minimumGroup)
        sheets[0].activate()
        try workbook.close()
    }

    /// Whether a group of `n` organisations may be shown.
    func isShown(_ n: Int) -> Bool { n >= minimumGroup }

    /// Writes `n` in its cell, or the suppression text when the group is too small; returns
    /// whether the group's figures may follow.
    func writeGroupSize(_ sheet: XlsxWorksheet, n: Int, row: Int, column: Int) throws -> Bool {
        if isShown(n) {
            try sheet.write(Double(n), row: row, column: column, style: ReportStyles.integer)
            return true
        }
        try sheet.write(suppressedText, row: row, column: column, style: FunderStyles.suppressed)
        return false
    }

    func gridTitle(_ grid: CohortGridComparison) -> String {
        "\(grid.referentiel.title.text(in: language)) — \(grid.referentiel.id) \(grid.referentiel.version)"
    }
}

enum FunderStyles {
    static let suppressed = XlsxStyle(italic: true, fontColor: 0x7F7F7F, border: true, verticalTop: true)
}
