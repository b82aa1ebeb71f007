import PratiquesCore

extension OrganisationWorkbook {
    /// Criteria × assessments: value of each assessment, then for the latest one the level
    /// reached and its descriptor, the target and the gap, and the answers by role with
    /// divergences highlighted.
    func writeGridSheet(_ sheet: XlsxWorksheet, entries: [OrganisationReport.Entry]) throws {
        guard let latest = entries.last else { return }
        let referentiel = latest.referentiel.referentiel
        let targets = Dictionary(report.targets.filter { $0.referentielID == referentiel.id }.map { ($0.criterionID, $0) },
                                 uniquingKeysWith: { _, last in last })
        try sheet.write(referentiel.title.text(in: language) + " — " + report.organisation.name, row: 0, column: 0, style: ReportStyles.title)
        try sheet.write(t("Valeurs : moyenne des répondants (ou consensus), en niveaux ; détail des réponses pour la dernière évaluation.",
                          "Values: mean of respondents (or consensus), in levels; answers detailed for the latest assessment."),
                        row: 1, column: 0, style: ReportStyles.note)
        var headers = [t("Dimension", "Dimension"), t("Critère", "Criterion"), t("Question", "Question")]
        headers += entries.map { "\($0.assessment.label) (v\($0.referentiel.referentiel.version))" }
        headers += [t("Niveau atteint", "Level reached"), t("Ce que fait l'organisation à ce niveau", "What the organisation does at this level"),
                    t("Score", "Score"), t("Objectif", "Target"), t("Écart", "Gap"), t("Réponses par rôle", "Answers by role"),
                    t("Divergence", "Divergence")]
        let headerRow = 3
        for (column, header) in headers.enumerated() { try sheet.write(header, row: headerRow, column: column, style: ReportStyles.header) }
        let base = 3 + entries.count
        var row = headerRow
        for dimension in referentiel.dimensions {
            for criterion in dimension.criteria {
                row += 1
                try sheet.write(dimension.title.text(in: language), row: row, column: 0, style: ReportStyles.text)
                try sheet.write(criterion.id, row: row, column: 1, style: ReportStyles.plain)
                try sheet.write(criterion.question.text(in: language), row: row, column: 2, style: ReportStyles.text)
                for (index, entry) in entries.enumerated() {
                    let value = entry.score.criterion(criterion.id)
                    if value?.isNotApplicable == true {
                        try sheet.write(t("n/a", "n/a"), row: row, column: 3 + index, style: ReportStyles.plain)
                    } else {
                        try sheet.write(value?.value, row: row, column: 3 + index, style: ReportStyles.level)
                    }
                }
                let scored = latest.score.criterion(criterion.id)
                var levelText = "", descriptor = ""
                if let value = scored?.value, let scale = criterion.scaleID.flatMap(referentiel.scale(id:)) {
                    let reached = Int(value.rounded())
                    levelText = "\(reached) " + (scale.level(value: reached)?.label.text(in: language) ?? "")
                    descriptor = criterion.descriptors[reached]?.text(in: language)
                        ?? criterion.bands.last(where: { $0.level == reached })?.label?.text(in: language) ?? ""
                } else if let value = scored?.value, criterion.kind == .yesNo {
                    levelText = value >= 0.5 ? t("oui", "yes") : t("non", "no")
                }
                try sheet.write(levelText, row: row, column: base, style: ReportStyles.plain)
                try sheet.write(descriptor, row: row, column: base + 1, style: ReportStyles.text)
                try sheet.write(scored?.score, row: row, column: base + 2, style: ReportStyles.score)
                if let target = targets[criterion.id] {
                    try sheet.write(Double(target.level), row: row, column: base + 3, style: ReportStyles.integer)
                    try sheet.write(scored?.gapToTarget, row: row, column: base + 4, style: ReportStyles.level)
                } else {
                    try sheet.writeBlank(row: row, column: base + 3, style: ReportStyles.plain)
                    try sheet.writeBlank(row: row, column: base + 4, style: ReportStyles.plain)
                }
                let divergent = scored?.statistics.isDivergent == true
                let answers = answersByRole(latest.assessment, criterion: criterion, referentiel: referentiel)
                try sheet.setRow(row, height: RowHeight.forWrapped([(dimension.title.text(in: language), 22), (criterion.question.text(in: language), 48),
                                                                    (descriptor, 48), (answers, 40)]))
                try sheet.write(answers, row: row, column: base + 5,
                                style: divergent ? ReportStyles.divergent : ReportStyles.text)
                try sheet.write(divergent ? t("à discuter", "to discuss") : "", row: row, column: base + 6,
                                style: divergent ? ReportStyles.divergent : ReportStyles.plain)
            }
        }
        if row > headerRow {
            try sheet.conditionalFormat(firstRow: headerRow + 1, firstColumn: base + 2, lastRow: row, lastColumn: base + 2, ReportStyles.scoreScale)
            try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: row, lastColumn: headers.count - 1)
        }
        try sheet.setColumns(0, 0, width: 22)
        try sheet.setColumns(1, 1, width: 24)
        try sheet.setColumns(2, 2, width: 48)
        try sheet.setColumns(3, base - 1, width: 11)
        try sheet.setColumns(base, base, width: 16)
        try sheet.setColumns(base + 1, base + 1, width: 48)
        try sheet.setColumns(base + 2, base + 4, width: 9)
        try sheet.setColumns(base + 5, base + 5, width: 40)
        try sheet.setColumns(base + 6, base + 6, width: 12)
        sheet.freezePanes(row: headerRow + 1, column: 3)
        try sheet.setLandscapePrint(repeatRows: headerRow...headerRow)
        try sheet.setFooter("&L\(referentiel.title.text(in: language))&R&P / &N")
    }

    /// `Direction : 3 Établi · Bénévole : 1 Émergent « comment »`.
    func answersByRole(_ assessment: Assessment, criterion: Criterion, referentiel: Referentiel) -> String {
        var parts: [String] = []
        for respondent in assessment.respondents {
            guard let answer = respondent.answers[criterion.id] else { continue }
            var text = respondent.role.label(in: language) + " : " + answerText(answer.value, criterion: criterion, referentiel: referentiel)
            if let comment = answer.comment, !comment.isEmpty { text += " « \(comment) »" }
            parts.append(text)
        }
        if let consensus = assessment.consensus[criterion.id] {
            parts.append(t("Consensus : ", "Consensus: ") + answerText(consensus.value, criterion: criterion, referentiel: referentiel))
        }
        return parts.joined(separator: "\n")
    }

    func answerText(_ value: AnswerValue?, criterion: Criterion, referentiel: Referentiel) -> String {
        AnswerText.describe(value, criterion: criterion, referentiel: referentiel, language: language)
    }
}
