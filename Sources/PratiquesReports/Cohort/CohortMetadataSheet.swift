import PratiquesCore

/// The *Métadonnées* sheet of the cohort workbooks: cohort, sessions and their windows, grids
/// (id, version, sha256), tool version, date, and how scores and statistics are computed.
struct CohortMetadataSheet {
    enum Audience { case accompanist, funder }

    var language: Language
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func write(_ sheet: XlsxWorksheet, report: CohortReport, audience: Audience, page: ReportPage, minimumGroup: Int? = nil,
               notes: [String] = []) throws {
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 2, width: 26)
        try sheet.setColumns(3, 3, width: 68)
        try sheet.write(t("Métadonnées", "Metadata"), row: 0, column: 0, style: ReportStyles.title)
        var facts: [(label: String, value: String)] = [
            ("Parcours", report.cohort.parcours),
            (t("Cohorte (identifiant)", "Cohort (id)"), report.cohort.name),
            (t("Outil", "Tool"), "Pratiques \(PratiquesVersion.current)"),
            (t("Règles de calcul", "Scoring rules"), ScoringEngine.rulesVersion),
            (t("Date de génération", "Generated on"), report.generatedOn),
            (t("Langue", "Language"), language.rawValue),
        ]
        if let minimumGroup { facts.append((t("Taille minimale des groupes (K)", "Minimum group size (K)"), String(minimumGroup))) }
        try sheet.writeFacts(facts, firstRow: 2)
        var row = 1 + facts.count
        for note in notes {
            row += 1
            try sheet.writeParagraph(note, row: row, columns: 0...3, style: ReportStyles.wrappedNote)
        }
        try writeTable(sheet, title: t("Sessions", "Sessions"), headers: ["Session", "Date", t("Fenêtre : du", "Window: from"), t("au", "to")],
                       rows: report.cohort.sessions.map { [$0.label, $0.date, $0.windowStart, $0.windowEnd] }, after: &row)
        try writeTable(sheet, title: t("Référentiels comparés", "Grids compared"), headers: [t("Référentiel", "Grid"), "id", "version", "sha256"],
                       rows: report.comparison.grids.map {
                           [$0.referentiel.title.text(in: language), $0.referentiel.id, $0.referentiel.version.description, $0.sha256 ?? ""]
                       }, after: &row)
        if audience == .accompanist && !report.comparison.carried.isEmpty {
            try writeTable(sheet, title: t("Évaluations reprises d'une version antérieure", "Assessments carried from an earlier version"),
                           headers: ["Organisation", "Session", t("Versions", "Versions"), t("Critères non comparables", "Criteria not comparable")],
                           rows: report.comparison.carried.map {
                               [report.name($0.organisation), $0.session, $0.pathText, $0.notComparableText(in: language)]
                           }, after: &row)
        }
        if audience == .accompanist && !report.comparison.notCompared.isEmpty {
            try writeTable(sheet, title: t("Évaluations non comparées", "Assessments not compared"),
                           headers: ["Organisation", "Session", t("Référentiel", "Grid"), t("Raison", "Reason")],
                           rows: report.comparison.notCompared.map {
                               [report.name($0.organisation), $0.session, $0.referentiel.description, $0.reason.text(in: language)]
                           }, after: &row)
        }
        row += 2
        try sheet.write(t("Méthode", "Method"), row: row, column: 0, style: ReportStyles.subtitle)
        for line in MetadataSheet(language: language).method + CohortMethod.lines(in: language) {
            row += 1
            try sheet.writeParagraph(line, row: row, columns: 0...3)
        }
        sheet.setPageSetup(page.setup(.landscape, title: t("Métadonnées (hors rapport imprimé)", "Metadata (not part of the printed report)")))
    }

    /// A titled table of text cells two rows below `row`; `row` becomes its last row.
    private func writeTable(_ sheet: XlsxWorksheet, title: String, headers: [String], rows: [[String]], after row: inout Int) throws {
        row += 2
        try sheet.write(title, row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        for (column, header) in headers.enumerated() { try sheet.write(header, row: row, column: column, style: ReportStyles.header) }
        for cells in rows {
            row += 1
            try sheet.setRow(row, height: RowHeight.forWrapped([(cells.last ?? "", 68)]))
            for (column, cell) in cells.enumerated() { try sheet.write(cell, row: row, column: column, style: ReportStyles.text) }
        }
    }
}

/// The method of the cohort statistics, in plain words (also in docs/cohorts.md).
enum CohortMethod {
    static func lines(in language: Language) -> [String] {
        language == .fr ? [
            "• Une session (T0, T1, …) retient pour chaque organisation l'évaluation nommée explicitement, sinon la plus récente dont la date tombe dans la fenêtre de la session, par référentiel.",
            "• Les sessions sont comparées référentiel par référentiel, sur la version la plus récente de la grille : les évaluations faites sur une version antérieure y sont reprises par la chaîne des migrations (liste ci-dessus, avec les critères non comparables) ; sans chaîne de migrations, elles sont listées comme non comparées.",
            "• Par session et dimension : n (organisations ayant un score), moyenne, médiane, premier et troisième quartiles, minimum et maximum.",
            "• Quartiles par interpolation linéaire (méthode « type 7 », celle de QUARTILE.INC des tableurs) : h = (n − 1) × p, valeur = x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋+1 − x⌊h⌋).",
            "• Progression appariée : seules les organisations présentes aux deux sessions comptent ; moyenne des écarts ; « stable » si l'écart est inférieur à 1 point sur 100.",
            "• Niveau d'une organisation sur un critère : sa valeur (consensus ou moyenne des répondants) arrondie au niveau le plus proche (les demis vers le haut).",
        ] : [
            "• A session (T0, T1, …) takes for each organisation the assessment named explicitly, otherwise the latest one dated within the session's window, per grid.",
            "• Sessions are compared grid by grid, on the newest version of the grid: assessments given on an earlier version are carried onto it through the chain of migrations (listed above, with the criteria that cannot be compared); without a chain of migrations, they are listed as not compared.",
            "• Per session and dimension: n (organisations with a score), mean, median, first and third quartiles, minimum and maximum.",
            "• Quartiles by linear interpolation ('type 7', as spreadsheets' QUARTILE.INC): h = (n − 1) × p, value = x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋+1 − x⌊h⌋).",
            "• Paired progress: only organisations present at both sessions count; mean of the changes; 'stayed' when the change is below 1 point out of 100.",
            "• An organisation's level on a criterion: its value (consensus or mean of respondents) rounded to the nearest level (halves upwards).",
        ]
    }

}
