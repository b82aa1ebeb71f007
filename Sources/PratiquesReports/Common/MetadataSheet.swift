import PratiquesCore

/// The *Métadonnées* sheet: grids used (id, version, sha256), tool version, date, and how the
/// scores are computed.
struct MetadataSheet {
    var language: Language
    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func write(_ sheet: XlsxWorksheet, referentiels: [LoadedReferentiel], generatedOn: String, subject: String, page: ReportPage,
               notes: [String] = []) throws {
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 2, width: 26)
        try sheet.setColumns(3, 3, width: 68)
        try sheet.write(t("Métadonnées", "Metadata"), row: 0, column: 0, style: ReportStyles.title)
        let facts: [(String, String)] = [
            (t("Objet", "Subject"), subject),
            (t("Outil", "Tool"), "Pratiques \(PratiquesVersion.current)"),
            (t("Règles de calcul", "Scoring rules"), ScoringEngine.rulesVersion),
            (t("Date de génération", "Generated on"), generatedOn),
            (t("Langue", "Language"), language.rawValue),
        ]
        for (index, fact) in facts.enumerated() {
            try sheet.write(fact.0, row: 2 + index, column: 0, style: ReportStyles.label)
            try sheet.write(fact.1, row: 2 + index, column: 1)
        }
        var row = 3 + facts.count
        for note in notes {
            try sheet.writeParagraph(note, row: row, columns: 0...3, style: ReportStyles.wrappedNote)
            row += 1
        }
        row += 1
        try sheet.write(t("Référentiels utilisés", "Grids used"), row: row, column: 0, style: ReportStyles.subtitle)
        row += 1
        for (column, header) in [t("Référentiel", "Grid"), "id", "version", "sha256"].enumerated() {
            try sheet.write(header, row: row, column: column, style: ReportStyles.header)
        }
        var seen: Set<String> = []
        for loaded in referentiels where seen.insert(loaded.referentiel.reference).inserted {
            row += 1
            try sheet.write(loaded.referentiel.title.text(in: language), row: row, column: 0, style: ReportStyles.plain)
            try sheet.write(loaded.referentiel.id, row: row, column: 1, style: ReportStyles.plain)
            try sheet.write(loaded.referentiel.version.description, row: row, column: 2, style: ReportStyles.plain)
            try sheet.write(loaded.sha256, row: row, column: 3, style: ReportStyles.plain)
        }
        row += 2
        try sheet.write(t("Comment les scores sont calculés", "How scores are computed"), row: row, column: 0, style: ReportStyles.subtitle)
        for line in method {
            row += 1
            try sheet.writeParagraph(line, row: row, columns: 0...3)
        }
        sheet.setPageSetup(page.setup(.landscape, title: t("Métadonnées (hors rapport imprimé)", "Metadata (not part of the printed report)")))
    }

    var method: [String] {
        language == .fr ? [
            "• Valeur d'un répondant : le niveau choisi (0 à 4) ; oui = 1, non = 0 ; un indicateur chiffré reçoit le niveau de son palier.",
            "• Valeur d'un critère : la valeur retenue en consensus si le groupe en a fixé une, sinon la moyenne des répondants.",
            "• « Non applicable » est exclu des calculs, jamais compté comme zéro ; les textes libres ne sont pas notés.",
            "• Score d'un critère = valeur ÷ niveau maximal × 100.",
            "• Score d'une dimension = moyenne pondérée des critères répondus et applicables ; la couverture (répondus ÷ applicables) est indiquée à côté.",
            "• Score global = moyenne pondérée des dimensions qui ont un score.",
            "• Divergence : écart d'au moins deux niveaux entre répondants (ou oui contre non), à discuter en groupe.",
            "• Les réponses brutes sont conservées telles quelles ; les scores sont recalculés à chaque rapport (voir docs/scoring.md).",
        ] : [
            "• A respondent's value: the chosen level (0 to 4); yes = 1, no = 0; an indicator gets the level of its band.",
            "• A criterion's value: the consensus value when the group set one, otherwise the mean of respondents.",
            "• 'Not applicable' is excluded, never counted as zero; free texts are not scored.",
            "• Criterion score = value ÷ highest level × 100.",
            "• Dimension score = weighted mean of answered, applicable criteria; coverage (answered ÷ applicable) is shown beside it.",
            "• Overall score = weighted mean of the dimensions that have a score.",
            "• Divergence: a spread of two levels or more between respondents (or yes against no), to discuss as a group.",
            "• Raw answers are kept as given; scores are recomputed for every report (see docs/scoring.md).",
        ]
    }
}
