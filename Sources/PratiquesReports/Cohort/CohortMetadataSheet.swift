import PratiquesCore

/// The *Métadonnées* sheet of the cohort workbooks: cohort, sessions and their windows, grids
/// (id, version, sha256), tool version, date, and how scores and statistics are computed.
struct CohortMetadataSheet {
    enum Audience { case accompanist, funder }

    var language: Language
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func write(_ sheet: XlsxWorksheet, report: CohortReport, audience: Audience, minimumGroup: Int? = nil) throws {
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 2, width: 26)
        try sheet.setColumns(3, 3, width: 68)
        try sheet.write(t("Métadonnées", "Metadata"), row: 0, column: 0, style: ReportStyles.title)
        var facts: [(String, String)] = [
            (t("Cohorte", "Cohort"), report.cohort.name),
            ("Parcours", report.cohort.parcours),
            (t("Outil", "Tool"), "Pratiques \(PratiquesVersion.current)"),
            (t("Règles de calcul", "Scoring rules"), ScoringEngine.rulesVersion),
            (t("Date de génération", "Generated on"), report.generatedOn),
            (t("Langue", "Language"), language.rawValue),
        ]
        if let minimumGroup { facts.append((t("Taille minimale des groupes (K)", "Minimum group size (K)"), String(minimumGroup))) }
        var row = 1
        for fact in facts {
            row += 1
            try sheet.write(fact.0, row: row, column: 0, style: ReportStyles.label)
            try sheet.write(fact.1, row: row, column: 1)
        }
        row += 2
        try sheet.write(t("Sessions", "Sessions"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        for (column, header) in ["Session", "Date", t("Fenêtre : du", "Window: from"), t("au", "to")].enumerated() {
            try sheet.write(header, row: row, column: column, style: ReportStyles.header)
        }
        for session in report.cohort.sessions {
            row += 1
            try sheet.write(session.label, row: row, column: 0, style: ReportStyles.plain)
            try sheet.write(session.date, row: row, column: 1, style: ReportStyles.plain)
            try sheet.write(session.windowStart, row: row, column: 2, style: ReportStyles.plain)
            try sheet.write(session.windowEnd, row: row, column: 3, style: ReportStyles.plain)
        }
        row += 2
        try sheet.write(t("Référentiels comparés", "Grids compared"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        for (column, header) in [t("Référentiel", "Grid"), "id", "version", "sha256"].enumerated() {
            try sheet.write(header, row: row, column: column, style: ReportStyles.header)
        }
        for grid in report.comparison.grids {
            row += 1
            try sheet.write(grid.referentiel.title.text(in: language), row: row, column: 0, style: ReportStyles.plain)
            try sheet.write(grid.referentiel.id, row: row, column: 1, style: ReportStyles.plain)
            try sheet.write(grid.referentiel.version.description, row: row, column: 2, style: ReportStyles.plain)
            try sheet.write(grid.sha256 ?? "", row: row, column: 3, style: ReportStyles.plain)
        }
        if audience == .accompanist && !report.comparison.notCompared.isEmpty {
            row += 2
            try sheet.write(t("Évaluations non comparées", "Assessments not compared"), row: row, column: 0, style: ReportStyles.subtitle)
            row += 1
            for (column, header) in ["Organisation", "Session", t("Référentiel", "Grid"), t("Raison", "Reason")].enumerated() {
                try sheet.write(header, row: row, column: column, style: ReportStyles.header)
            }
            for item in report.comparison.notCompared {
                row += 1
                try sheet.write(report.name(item.organisation), row: row, column: 0, style: ReportStyles.plain)
                try sheet.write(item.session, row: row, column: 1, style: ReportStyles.plain)
                try sheet.write(item.referentiel.description, row: row, column: 2, style: ReportStyles.plain)
                try sheet.write(item.reason.text(in: language), row: row, column: 3, style: ReportStyles.plain)
            }
        }
        row += 2
        try sheet.write(t("Méthode", "Method"), row: row, column: 0, style: ReportStyles.subtitle)
        for line in MetadataSheet(language: language).method + CohortMethod.lines(in: language) {
            row += 1
            try sheet.write(line, row: row, column: 0)
        }
    }
}

/// The method of the cohort statistics, in plain words (also in docs/cohorts.md).
enum CohortMethod {
    static func lines(in language: Language) -> [String] {
        language == .fr ? [
            "• Une session (T0, T1, …) retient pour chaque organisation l'évaluation nommée explicitement, sinon la plus récente dont la date tombe dans la fenêtre de la session, par référentiel.",
            "• Les sessions sont comparées référentiel par référentiel, dans la version la plus récente présente ; les évaluations d'autres versions sont listées comme non comparées.",
            "• Par session et dimension : n (organisations ayant un score), moyenne, médiane, premier et troisième quartiles, minimum et maximum.",
            "• Quartiles par interpolation linéaire (méthode « type 7 », celle de QUARTILE.INC des tableurs) : h = (n − 1) × p, valeur = x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋+1 − x⌊h⌋).",
            "• Progression appariée : seules les organisations présentes aux deux sessions comptent ; moyenne des écarts ; « stable » si l'écart est inférieur à 1 point sur 100.",
            "• Niveau d'une organisation sur un critère : sa valeur (consensus ou moyenne des répondants) arrondie au niveau le plus proche (les demis vers le haut).",
        ] : [
            "• A session (T0, T1, …) takes for each organisation the assessment named explicitly, otherwise the latest one dated within the session's window, per grid.",
            "• Sessions are compared grid by grid, within the newest version present; assessments on other versions are listed as not compared.",
            "• Per session and dimension: n (organisations with a score), mean, median, first and third quartiles, minimum and maximum.",
            "• Quartiles by linear interpolation ('type 7', as spreadsheets' QUARTILE.INC): h = (n − 1) × p, value = x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋+1 − x⌊h⌋).",
            "• Paired progress: only organisations present at both sessions count; mean of the changes; 'stayed' when the change is below 1 point out of 100.",
            "• An organisation's level on a criterion: its value (consensus or mean of respondents) rounded to the nearest level (halves upwards).",
        ]
    }
}
