import Foundation
import PratiquesCore

/// The organisation's progress workbook: *Synthèse*, one sheet per grid, *Plan d'action*,
/// *Données* (long format for pivot tables) and *Métadonnées*.
///
/// Every value written is computed by the scoring engine (never a formula whose cached result
/// would be missing); every user text is written as a string.
public struct OrganisationWorkbook {
    public let report: OrganisationReport

    public init(report: OrganisationReport) {
        self.report = report
    }

    var language: Language { report.language }
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Sheet names, in order (the grid sheets use the grids' titles).
    public var sheetNames: [String] {
        var names = SheetNames(reserved: fixedSheetNames)
        return [fixedSheetNames[0]] + report.byGrid.map { names.make(gridTitle($0.id)) } + Array(fixedSheetNames.dropFirst())
    }

    var fixedSheetNames: [String] {
        [t("Synthèse", "Summary"), t("Plan d'action", "Action plan"), t("Données", "Data"), t("Métadonnées", "Metadata")]
    }

    func gridTitle(_ id: String) -> String {
        report.byGrid.first { $0.id == id }?.entries.last?.scoredOn.referentiel.title.text(in: language) ?? id
    }

    /// Writes the workbook to `path` (through a temporary file moved into place).
    public func write(to path: String) throws {
        let workbook = try XlsxWorkbook(path: path)
        try workbook.setProperties(title: t("Progression de ", "Progress of ") + report.organisation.name,
                                   author: "Pratiques \(PratiquesVersion.current)",
                                   comments: t("Généré le ", "Generated on ") + report.generatedOn)
        let names = sheetNames
        let summary = try workbook.addWorksheet(names[0])
        var gridSheets: [XlsxWorksheet] = []
        for index in report.byGrid.indices {
            gridSheets.append(try workbook.addWorksheet(names[1 + index]))
        }
        let actions = try workbook.addWorksheet(names[names.count - 3])
        let data = try workbook.addWorksheet(names[names.count - 2])
        let metadata = try workbook.addWorksheet(names[names.count - 1])
        try writeSummary(summary, workbook: workbook)
        for (index, grid) in report.byGrid.enumerated() {
            try writeGridSheet(gridSheets[index], entries: grid.entries)
        }
        try writeActionPlan(actions)
        try DataSheet(language: language).write(data, rows: dataRows())
        var grids: [LoadedReferentiel] = []
        for loaded in report.entries.flatMap({ [$0.referentiel, $0.scoredOn] })
        where !grids.contains(where: { $0.referentiel.reference == loaded.referentiel.reference }) {
            grids.append(loaded)
        }
        try MetadataSheet(language: language).write(metadata, referentiels: grids,
                                                    generatedOn: report.generatedOn,
                                                    subject: "\(report.organisation.name) (\(report.organisation.slug))")
        summary.activate()
        try workbook.close()
    }

    func dataRows() -> [DataSheet.Row] {
        var rows: [DataSheet.Row] = []
        for entry in report.entries {
            let referentiel = entry.referentiel.referentiel
            for dimension in referentiel.dimensions {
                for criterion in dimension.criteria {
                    for respondent in entry.assessment.respondents {
                        guard let answer = respondent.answers[criterion.id] else { continue }
                        rows.append(DataSheet.Row(organisation: report.organisation.name, referentiel: referentiel.id,
                                                  version: referentiel.version.description, dimension: dimension.id, criterion: criterion.id,
                                                  role: respondent.role.label(in: language), respondent: respondent.name ?? "",
                                                  date: entry.assessment.date, label: entry.assessment.label, answer: answer,
                                                  value: answer.value.flatMap { ScoringEngine.value(of: $0, for: criterion) }))
                    }
                    if let consensus = entry.assessment.consensus[criterion.id] {
                        rows.append(DataSheet.Row(organisation: report.organisation.name, referentiel: referentiel.id,
                                                  version: referentiel.version.description, dimension: dimension.id, criterion: criterion.id,
                                                  role: t("Consensus", "Consensus"), respondent: "", date: entry.assessment.date,
                                                  label: entry.assessment.label, answer: consensus,
                                                  value: consensus.value.flatMap { ScoringEngine.value(of: $0, for: criterion) }))
                    }
                }
            }
        }
        return rows
    }
}
