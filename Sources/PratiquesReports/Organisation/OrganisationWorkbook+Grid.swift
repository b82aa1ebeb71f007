import PratiquesCore

extension OrganisationWorkbook {
    /// One grid, criterion by criterion (portrait): the value of each assessment, then for the
    /// latest one the level reached and what the organisation does at that level, the score,
    /// the target and the gap, and the answers by role (names and comments only with
    /// ``OrganisationReport/withNames``), divergences highlighted. Criteria are named by their
    /// short label, grouped under their dimension.
    func writeGridSheet(_ sheet: XlsxWorksheet, entries: [OrganisationReport.Entry], page: ReportPage) throws {
        guard let latest = entries.last else { return }
        let referentiel = latest.scoredOn.referentiel
        let title = referentiel.title.text(in: language)
        let targets = Dictionary(report.targets.filter { $0.referentielID == referentiel.id }.map { ($0.criterionID, $0) },
                                 uniquingKeysWith: { _, last in last })
        let base = 1 + entries.count
        let widths: [Double] = [26] + Array(repeating: 5.5, count: entries.count) + [report.withNames ? 38 : 42, 6, 7, 6, report.withNames ? 32 : 22]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let all = 0...(widths.count - 1)
        try sheet.write(title + " — " + report.organisation.name, row: 0, column: 0, style: ReportStyles.title)
        try sheet.setRow(0, height: 22)
        let scaleMax = referentiel.criteria.compactMap { $0.scaleID.flatMap(referentiel.scale(id:))?.levels.map(\.value).max() }.max() ?? 4
        try sheet.writeParagraph(t("Valeurs en niveaux (0 à \(scaleMax)) : moyenne des répondants, ou valeur retenue en consensus ; score = valeur ÷ niveau maximal × 100. "
                                   + "* valeur reprise d'une version antérieure de la grille. ⚠ et fond orangé : réponses divergentes (deux niveaux d'écart ou plus), à discuter.",
                                   "Values in levels (0 to \(scaleMax)): mean of the respondents, or the value agreed by consensus; score = value ÷ highest level × 100. "
                                   + "* value carried from an earlier version of the grid. ⚠ and orange background: answers that differ by two levels or more, to discuss."),
                                 row: 1, columns: all, style: ReportStyles.wrappedNote)
        let headerRow = 3
        var headers = [t("Critère", "Criterion")]
        headers += entries.map { $0.assessment.label + ($0.isCarried ? "*" : "") }
        headers += [t("Niveau atteint en \(latest.assessment.label) : ce que fait l'organisation", "Level reached in \(latest.assessment.label): what the organisation does"),
                    t("Score", "Score"), t("Objectif", "Target"), t("Écart", "Gap"),
                    report.withNames ? t("Réponses (rôle, nom, commentaire)", "Answers (role, name, comment)") : t("Réponses par rôle", "Answers by role")]
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: headerRow, column: column, style: column == 0 || column == base || column == widths.count - 1 ? ReportStyles.header : ReportStyles.numberHeader)
        }
        try sheet.setRow(headerRow, height: RowHeight.forWrapped(headers.enumerated().map { ($0.element, widths[$0.offset]) }))
        var row = headerRow
        for dimension in referentiel.dimensions {
            row += 1
            try sheet.merge(dimension.title.text(in: language), firstRow: row, firstColumn: 0, lastRow: row, lastColumn: all.upperBound, style: ReportStyles.group)
            for criterion in dimension.criteria {
                row += 1
                let name = ReportText.criterionLabel(criterion, language, limit: 56)
                try sheet.write(name, row: row, column: 0, style: ReportStyles.text)
                for (index, entry) in entries.enumerated() {
                    let value = entry.score.criterion(criterion.id)
                    if value?.isNotApplicable == true {
                        try sheet.write(t("n/a", "n/a"), row: row, column: 1 + index, style: ReportStyles.plain.with(horizontal: .center))
                    } else {
                        try sheet.write(value?.value, row: row, column: 1 + index,
                                        style: entry.isCarried && value?.value != nil ? ReportStyles.carriedLevel : ReportStyles.level)
                    }
                }
                let scored = latest.score.criterion(criterion.id)
                var reached = ""
                if !criterion.isScored {
                    reached = t("Réponse libre (non notée)", "Free answer (not scored)")
                } else if let value = scored?.value {
                    let (level, descriptor) = OrganisationBrief.levelText(criterion, value: value, referentiel: referentiel, language: language)
                    reached = descriptor.isEmpty ? level : level + t(" : ", ": ") + descriptor
                } else if scored?.isNotApplicable == true {
                    reached = t("Non applicable", "Not applicable")
                }
                try sheet.write(reached, row: row, column: base, style: ReportStyles.text)
                try sheet.write(scored?.score, row: row, column: base + 1, style: ReportStyles.score)
                if let target = targets[criterion.id] {
                    try sheet.write(Double(target.level), row: row, column: base + 2, style: ReportStyles.integer)
                    try sheet.write(scored?.gapToTarget.map { max(0, $0) }, row: row, column: base + 3, style: ReportStyles.level)
                } else {
                    try sheet.writeBlank(row: row, column: base + 2, style: ReportStyles.plain)
                    try sheet.writeBlank(row: row, column: base + 3, style: ReportStyles.plain)
                }
                let divergent = scored?.statistics.isDivergent == true
                var answers = answersByRole(latest.answers, criterion: criterion, referentiel: referentiel)
                if divergent { answers = "⚠ " + answers }
                try sheet.write(answers, row: row, column: base + 4, style: divergent ? ReportStyles.divergent : ReportStyles.text)
                try sheet.setRow(row, height: RowHeight.forWrapped([(name, widths[0]), (reached, widths[base]), (answers, widths[base + 4])]))
            }
        }
        let lastCriterionRow = row
        if lastCriterionRow > headerRow {
            try sheet.conditionalFormat(firstRow: headerRow + 1, firstColumn: base + 1, lastRow: lastCriterionRow, lastColumn: base + 1, ReportStyles.scoreScale)
        }
        let notes = carriedNotes(entries: entries, referentiel: referentiel)
        if !notes.isEmpty {
            row += 1
            try sheet.writeParagraph(notes.joined(separator: " "), row: row, columns: all, style: ReportStyles.carriedNote)
        }
        sheet.freezePanes(row: headerRow + 1, column: 1)
        sheet.setPageSetup(page.setup(.portrait, title: title, repeatRows: headerRow...headerRow, columns: all))
    }

    /// In words, how the carried assessments' values came: criteria split or merged, and those
    /// of earlier versions with no equivalent.
    func carriedNotes(entries: [OrganisationReport.Entry], referentiel: Referentiel) -> [String] {
        var byText: [(text: String, labels: [String])] = []
        func add(_ text: String, _ label: String) {
            if let index = byText.firstIndex(where: { $0.text == text }) {
                if !byText[index].labels.contains(label) { byText[index].labels.append(label) }
            } else {
                byText.append((text, [label]))
            }
        }
        for entry in entries {
            guard let carry = entry.carry else { continue }
            let older = entry.referentiel.referentiel
            func name(_ id: String) -> String {
                (referentiel.criterion(id: id) ?? older.criterion(id: id)).map { ReportText.criterionLabel($0, language) } ?? id
            }
            for trace in carry.traces where !trace.isEqual {
                add(name(trace.criterionID) + " ← " + trace.sourceIDs.map(name).joined(separator: " + ") + " (" + trace.how(in: language) + ")", entry.assessment.label)
            }
            for item in carry.notComparable where item.reason != .added && referentiel.criterion(id: item.criterionID) == nil {
                add(t("sans équivalent : ", "no equivalent: ") + notComparableText(item, entry: entry), entry.assessment.label)
            }
        }
        guard !byText.isEmpty else { return [] }
        return [t("* Valeurs reprises des versions antérieures :", "* Values carried from earlier versions:")]
            + byText.enumerated().map { index, item in
                item.labels.joined(separator: ", ") + " — " + item.text + (index == byText.count - 1 ? "." : t(" ;", ";"))
            }
    }

    /// Without names: `Direction 3 · Salarié·e 2, 3 · Consensus 2`. With names: one line per
    /// respondent, `Direction (Samir) : 3 Établi « comment »`.
    func answersByRole(_ assessment: Assessment, criterion: Criterion, referentiel: Referentiel) -> String {
        if report.withNames {
            var parts: [String] = []
            for respondent in assessment.respondents {
                guard let answer = respondent.answers[criterion.id] else { continue }
                let who = respondent.role.label(in: language) + (respondent.name.map { " (\($0))" } ?? "")
                var text = who + t(" : ", ": ") + answerText(answer.value, criterion: criterion, referentiel: referentiel)
                if let comment = answer.comment, !comment.isEmpty { text += " « \(comment) »" }
                parts.append(text)
            }
            if let consensus = assessment.consensus[criterion.id] {
                parts.append(t("Consensus : ", "Consensus: ") + answerText(consensus.value, criterion: criterion, referentiel: referentiel))
            }
            return parts.joined(separator: "\n")
        }
        var roles: [(role: RespondentRole, values: [String])] = []
        for respondent in assessment.respondents {
            guard let answer = respondent.answers[criterion.id], let value = answer.value else { continue }
            let text: String
            switch value {
            case .level(let level): text = String(level)
            case .notApplicable: text = t("n/a", "n/a")
            case .text: text = t("réponse libre", "free answer")
            case .number(let number): text = NumberFormatting.decimal(number, digits: number == number.rounded() ? 0 : 1, language: language)
            case .yesNo: text = answerText(value, criterion: criterion, referentiel: referentiel)
            }
            if let index = roles.firstIndex(where: { $0.role == respondent.role }) {
                roles[index].values.append(text)
            } else {
                roles.append((respondent.role, [text]))
            }
        }
        var parts = roles.map { $0.role.label(in: language) + " " + $0.values.joined(separator: ", ") }
        if let consensus = assessment.consensus[criterion.id], let value = consensus.value {
            let text: String
            if case .level(let level) = value { text = String(level) } else { text = answerText(value, criterion: criterion, referentiel: referentiel) }
            parts.append(t("Consensus ", "Consensus ") + text)
        }
        return parts.joined(separator: " · ")
    }

    func answerText(_ value: AnswerValue?, criterion: Criterion, referentiel: Referentiel) -> String {
        AnswerText.describe(value, criterion: criterion, referentiel: referentiel, language: language)
    }
}
