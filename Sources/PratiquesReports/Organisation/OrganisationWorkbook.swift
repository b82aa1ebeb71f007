import Foundation
import PratiquesCore

/// The organisation's progress workbook: *En bref* (one page in words), *Synthèse*, one sheet
/// per grid, *Plan d'action* — the printed report —, then the data sheets *Données* (long
/// format for pivot tables) and *Métadonnées*.
///
/// Every value written is computed by the scoring engine (never a formula whose cached result
/// would be missing); every user text is written as a string. Drafts are left out of the
/// figures and named in *En bref*; their answers stay in *Données*, marked. Respondents' names,
/// comments and free-text answers appear only with ``OrganisationReport/withNames``.
public struct OrganisationWorkbook {
    public let report: OrganisationReport

    public init(report: OrganisationReport) {
        self.report = report
    }

    var language: Language { report.language }
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Writes the workbook to `path` (through a temporary file moved into place).
    public func write(to path: String) throws {
        let workbook = try XlsxWorkbook(path: path, language: language)
        try workbook.setProperties(title: t("Progression des pratiques — ", "Practice progress — ") + report.organisation.name,
                                   author: "Pratiques \(PratiquesVersion.current)",
                                   comments: t("Généré le ", "Generated on ") + report.generatedOn)
        let page = ReportPage(language: language, subject: report.organisation.name, generatedOn: report.generatedOn)
        let brief = try workbook.addWorksheet(t("En bref", "At a glance"))
        let summary = try workbook.addWorksheet(t("Synthèse", "Summary"))
        let grids = report.byGrid
        var gridSheets: [XlsxWorksheet] = []
        for grid in grids {
            gridSheets.append(try workbook.addWorksheet(grid.entries.last?.scoredOn.referentiel.title.text(in: language) ?? grid.id))
        }
        let actions = try workbook.addWorksheet(t("Plan d'action", "Action plan"))
        let data = try workbook.addWorksheet(t("Données", "Data"), typesetsText: false)
        let metadata = try workbook.addWorksheet(t("Métadonnées", "Metadata"))
        let reportSheets = [brief, summary] + gridSheets + [actions]
        try writeBrief(brief, page: page, reportSheets: reportSheets.map(\.name))
        try writeSummary(summary, workbook: workbook, page: page)
        for (index, grid) in grids.enumerated() {
            try writeGridSheet(gridSheets[index], entries: grid.entries, page: page)
        }
        try writeActionPlan(actions, page: page)
        try DataSheet(language: language).write(data, rows: dataRows(), page: page)
        var loaded: [LoadedReferentiel] = []
        for item in report.entries.flatMap({ [$0.referentiel, $0.scoredOn] })
        where !loaded.contains(where: { $0.referentiel.reference == item.referentiel.reference }) {
            loaded.append(item)
        }
        try MetadataSheet(language: language).write(metadata, referentiels: loaded, generatedOn: report.generatedOn,
                                                    subject: "\(report.organisation.name) (\(report.organisation.slug))", page: page,
                                                    notes: metadataNotes(reportSheets: reportSheets.map(\.name), page: page))
        try writeCarriedTable(metadata)
        brief.activate()
        try workbook.close()
    }

    /// What the data sheets say about printing, names and drafts.
    func metadataNotes(reportSheets: [String], page: ReportPage) -> [String] {
        var notes = [page.howToPrint(reportSheets: reportSheets)]
        notes.append(report.withNames
            ? t("Noms des répondants, commentaires et réponses libres : inclus (option --with-names).",
                "Respondents' names, comments and free answers: included (option --with-names).")
            : t("Noms des répondants, commentaires et réponses libres : non inclus (répondants numérotés R1, R2… dans Données) ; l'option --with-names les ajoute.",
                "Respondents' names, comments and free answers: left out (respondents numbered R1, R2… in Data); the option --with-names adds them."))
        if !report.drafts.isEmpty {
            notes.append(t("Évaluations en cours (brouillons) : hors des chiffres du rapport ; leurs réponses sont dans Données, colonne statut = brouillon.",
                           "Assessments in progress (drafts): left out of the report's figures; their answers are in Data, status column = draft."))
        }
        return notes
    }

    /// Ids of the carried assessments: path of versions and criteria not comparable.
    func writeCarriedTable(_ sheet: XlsxWorksheet) throws {
        let carried = report.entries.filter(\.isCarried)
        guard !carried.isEmpty else { return }
        var row = sheet.lastRow + 2
        let start = row
        try sheet.write(t("Évaluations reprises d'une version antérieure", "Assessments carried from an earlier version"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        for (column, header) in [t("Référentiel", "Grid"), t("Évaluation", "Assessment"), "versions", t("critères non comparables", "criteria not comparable")].enumerated() {
            try sheet.write(header, row: row, column: column, style: ReportStyles.header)
        }
        for entry in carried {
            guard let carry = entry.carry else { continue }
            row += 1
            try sheet.write(entry.referentiel.referentiel.id, row: row, column: 0, style: ReportStyles.plain)
            try sheet.write(entry.assessment.label, row: row, column: 1, style: ReportStyles.plain)
            try sheet.write(carry.pathText, row: row, column: 2, style: ReportStyles.plain)
            let text = carry.notComparable.map { $0.describe(in: language) }.joined(separator: " ; ")
            try sheet.write(text, row: row, column: 3, style: ReportStyles.text)
            try sheet.setRow(row, height: RowHeight.forWrapped([(text, 68)]))
        }
        sheet.keepTogether(start...row)
    }

    func dataRows() -> [DataSheet.Row] {
        var rows: [DataSheet.Row] = []
        let status = (draft: t("brouillon", "draft"), complete: t("terminée", "complete"))
        for entry in report.entries {
            let referentiel = entry.referentiel.referentiel
            let state = entry.assessment.status == .draft ? status.draft : status.complete
            for dimension in referentiel.dimensions {
                for criterion in dimension.criteria {
                    for (index, respondent) in entry.assessment.respondents.enumerated() {
                        guard var answer = respondent.answers[criterion.id] else { continue }
                        if !report.withNames {
                            answer.comment = nil
                            if case .text = answer.value { answer.value = nil }
                        }
                        rows.append(DataSheet.Row(organisation: report.organisation.name, referentiel: referentiel.id,
                                                  version: referentiel.version.description, dimension: dimension.id, criterion: criterion.id,
                                                  role: respondent.role.label(in: language),
                                                  respondent: report.withNames ? (respondent.name ?? "") : "R\(index + 1)",
                                                  date: entry.assessment.date, label: entry.assessment.label, status: state, answer: answer,
                                                  value: answer.value.flatMap { ScoringEngine.value(of: $0, for: criterion) }))
                    }
                    if var consensus = entry.assessment.consensus[criterion.id] {
                        if !report.withNames { consensus.comment = nil }
                        rows.append(DataSheet.Row(organisation: report.organisation.name, referentiel: referentiel.id,
                                                  version: referentiel.version.description, dimension: dimension.id, criterion: criterion.id,
                                                  role: t("Consensus", "Consensus"), respondent: "", date: entry.assessment.date,
                                                  label: entry.assessment.label, status: state, answer: consensus,
                                                  value: consensus.value.flatMap { ScoringEngine.value(of: $0, for: criterion) }))
                    }
                }
            }
        }
        return rows
    }
}
