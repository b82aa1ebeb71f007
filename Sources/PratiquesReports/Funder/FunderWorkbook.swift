import PratiquesCore

/// The funder's workbook: aggregates only. *Comment lire* first (programme, cohort size,
/// sessions, the panel of each grid, method, privacy rules and the organisations that agreed
/// to be named), *Synthèse*, *Progression*, *Critères* — the printed report —, then the annex
/// of levels per criterion and *Métadonnées*.
///
/// What is published is decided by ``FunderStatistics`` under a ``DisclosureRule`` (one panel
/// per grid, nested groups K apart, whole points, quartiles from 2K, no concentrated level
/// distribution, no minimum or maximum); a withheld figure shows « secret statistique » and
/// why; a grid with nothing published is one line, without a chart. Organisation names appear
/// only in *Comment lire*, only for organisations that consented; no per-organisation row; no
/// comment or free text.
public struct FunderWorkbook {
    public let report: CohortReport
    /// The rule applied to every figure.
    public let rule: DisclosureRule

    /// The default K.
    public static let defaultMinimumGroup = DisclosureRule.defaultMinimumGroup

    /// K: the smallest group whose figures are shown.
    public var minimumGroup: Int { rule.minimumGroup }

    /// The workbook of `report` with groups of at least `minimumGroup` organisations; refuses a
    /// K below ``DisclosureRule/smallestAllowedGroup``.
    public init(report: CohortReport, minimumGroup: Int = FunderWorkbook.defaultMinimumGroup) throws(DisclosureRule.Failure) {
        self.init(report: report, rule: try DisclosureRule(minimumGroup: minimumGroup))
    }

    /// The workbook of `report` under `rule`.
    public init(report: CohortReport, rule: DisclosureRule) {
        self.report = report
        self.rule = rule
    }

    var language: Language { report.language }
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The text of a group withheld because it has fewer than K organisations.
    public var suppressedText: String { withheldText(.smallGroup) }

    /// The text in place of a withheld figure: « secret statistique » and why.
    public func withheldText(_ reason: FunderStatistics.Withheld) -> String {
        switch reason {
        case .smallGroup:
            t("secret statistique (moins de \(minimumGroup) organisations)", "suppressed (fewer than \(minimumGroup) organisations)")
        case .nearGroup:
            t("secret statistique (écart de moins de \(minimumGroup) organisations avec le panel)",
              "suppressed (differs from the panel by fewer than \(minimumGroup) organisations)")
        case .concentrated:
            t("secret statistique (toutes au même niveau, ou toutes sauf une)", "suppressed (all at one level, or all but one)")
        }
    }

    /// Sheet names, in order.
    public var sheetNames: [String] {
        [t("Comment lire", "How to read"), t("Synthèse", "Summary"), t("Progression", "Progress"), t("Critères", "Criteria"),
         t("Annexe niveaux par critère", "Annex levels by criterion"), t("Métadonnées", "Metadata")]
    }

    /// What the workbook publishes.
    public var statistics: FunderStatistics { FunderStatistics(comparison: report.comparison, rule: rule) }

    /// Writes the workbook to `path` (through a temporary file moved into place).
    public func write(to path: String) throws {
        let workbook = try XlsxWorkbook(path: path, language: language)
        try workbook.setProperties(title: report.cohort.parcours + t(" — bilan pour les financeurs", " — report for funders"),
                                   author: "Pratiques \(PratiquesVersion.current)", comments: t("Généré le ", "Generated on ") + report.generatedOn)
        let statistics = statistics
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
        gridTitle(grid) + t(" : secret statistique — moins de \(minimumGroup) organisations présentes à chaque session, aucun chiffre publié.",
                            ": suppressed — fewer than \(minimumGroup) organisations present at every session, no figure published.")
    }
}

/// Number formats of the funder's figures: whole points and whole percent.
enum FunderStyles {
    static let score = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "0")
    static let boldScore = XlsxStyle(bold: true, border: true, horizontal: .right, verticalTop: true, numberFormat: "0")
    static let delta = XlsxStyle(border: true, horizontal: .right, verticalTop: true, numberFormat: "+0;-0;0")
    /// « — » where a group is too small for its median and quartiles.
    static let notGiven = XlsxStyle(fontColor: 0x7F7F7F, border: true, horizontal: .center, verticalTop: true)
}
