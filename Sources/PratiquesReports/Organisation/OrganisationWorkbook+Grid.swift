import PratiquesCore

extension OrganisationWorkbook {
    /// Criteria × assessments: value of each assessment, then for the latest one the level
    /// reached and its descriptor, the target and the gap, and the answers by role with
    /// divergences highlighted.
    func writeGridSheet(_ sheet: XlsxWorksheet, entries: [OrganisationReport.Entry]) throws {
        guard let latest = entries.last else { return }
        let referentiel = latest.scoredOn.referentiel
        let targets = Dictionary(report.targets.filter { $0.referentielID == referentiel.id }.map { ($0.criterionID, $0) },
                                 uniquingKeysWith: { _, last in last })
        try sheet.write(referentiel.title.text(in: language) + " — " + report.organisation.name, row: 0, column: 0, style: ReportStyles.title)
        try sheet.write(t("Valeurs : moyenne des répondants (ou consensus), en niveaux ; détail des réponses pour la dernière évaluation.",
                          "Values: mean of respondents (or consensus), in levels; answers detailed for the latest assessment."),
                        row: 1, column: 0, style: ReportStyles.note)
        var headers = [t("Dimension", "Dimension"), t("Critère", "Criterion"), t("Question", "Question")]
        headers += entries.map { "\($0.assessment.label) (\($0.versionText))" }
        headers += [t("Niveau atteint", "Level reached"), t("Ce que fait l'organisation à ce niveau", "What the organisation does at this level"),
                    t("Score", "Score"), t("Objectif", "Target"), t("Écart", "Gap"), t("Réponses par rôle", "Answers by role"),
                    t("Divergence", "Divergence"), t("Reprise (valeurs * des versions antérieures)", "Carried (* values of earlier versions)")]
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
                        try sheet.write(value?.value, row: row, column: 3 + index,
                                        style: entry.isCarried && value?.value != nil ? ReportStyles.carriedLevel : ReportStyles.level)
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
                let answers = answersByRole(latest.answers, criterion: criterion, referentiel: referentiel)
                try sheet.setRow(row, height: RowHeight.forWrapped([(dimension.title.text(in: language), 22), (criterion.question.text(in: language), 48),
                                                                    (descriptor, 48), (answers, 40)]))
                try sheet.write(answers, row: row, column: base + 5,
                                style: divergent ? ReportStyles.divergent : ReportStyles.text)
                try sheet.write(divergent ? t("à discuter", "to discuss") : "", row: row, column: base + 6,
                                style: divergent ? ReportStyles.divergent : ReportStyles.plain)
                let carried = carriedText(criterion.id, entries: entries)
                try sheet.write(carried, row: row, column: base + 7, style: carried.isEmpty ? ReportStyles.plain : ReportStyles.carriedNote)
            }
        }
        let lastCriterionRow = row
        var lost: [String] = []
        for entry in entries {
            for item in entry.carry?.notComparable ?? [] where item.reason != .added && referentiel.criterion(id: item.criterionID) == nil {
                let text = item.describe(in: language)
                if !lost.contains(text) { lost.append(text) }
            }
        }
        if !lost.isEmpty {
            row += 2
            try sheet.write(t("Critères des versions antérieures sans équivalent (non comparables) : ",
                              "Criteria of earlier versions with no equivalent (not comparable): ") + lost.joined(separator: " ; "),
                            row: row, column: 0, style: ReportStyles.note)
        }
        if lastCriterionRow > headerRow {
            try sheet.conditionalFormat(firstRow: headerRow + 1, firstColumn: base + 2, lastRow: lastCriterionRow, lastColumn: base + 2, ReportStyles.scoreScale)
            try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: lastCriterionRow, lastColumn: headers.count - 1)
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
        try sheet.setColumns(base + 7, base + 7, width: 44)
        sheet.freezePanes(row: headerRow + 1, column: 3)
        try sheet.setLandscapePrint(repeatRows: headerRow...headerRow)
        try sheet.setFooter("&L\(referentiel.title.text(in: language))&R&P / &N")
    }

    /// How each carried assessment's value of a criterion came: `2024 (1.0.0) : gd.regles-ecrites → scission`,
    /// or that it could not be compared; empty when no assessment was carried.
    func carriedText(_ criterionID: String, entries: [OrganisationReport.Entry]) -> String {
        var lines: [String] = []
        for entry in entries {
            guard let carry = entry.carry else { continue }
            let prefix = "\(entry.assessment.label) (\(carry.from.version)) : "
            if let trace = carry.trace(of: criterionID) {
                lines.append(prefix + (trace.isEqual ? t("repris à l'identique", "carried as it is")
                                       : "\(trace.sourceIDs.joined(separator: " + ")) → \(trace.how(in: language))"))
            } else if let item = carry.notComparable.first(where: { $0.criterionID == criterionID }) {
                lines.append(prefix + t("non comparable, ", "not comparable, ") + item.describe(in: language))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `Direction (Samir) : 3 Établi`, then `Bénévole : 1 Émergent « comment »` on the next line.
    func answersByRole(_ assessment: Assessment, criterion: Criterion, referentiel: Referentiel) -> String {
        var parts: [String] = []
        for respondent in assessment.respondents {
            guard let answer = respondent.answers[criterion.id] else { continue }
            let who = respondent.role.label(in: language) + (respondent.name.map { " (\($0))" } ?? "")
            var text = who + " : " + answerText(answer.value, criterion: criterion, referentiel: referentiel)
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
