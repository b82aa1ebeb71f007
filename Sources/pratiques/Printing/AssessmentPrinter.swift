import PratiquesApp
import PratiquesCore

/// Prints assessments: the list, and one assessment criterion by criterion.
struct AssessmentPrinter {
    var language: Language
    var referentiel: Referentiel

    /// Assessments as a table (with their organisation when they are several organisations').
    static func table(_ summaries: [AssessmentSummary], withOrganisation: Bool, _ l: Language) -> String {
        let organisation = withOrganisation ? ["organisation"] : []
        return TextTable.render(
            header: ["#"] + organisation + ["date", HeaderText.label[l], HeaderText.grid[l], HeaderText.status[l], HeaderText.respondents[l]],
            rows: summaries.map { [String($0.id)] + (withOrganisation ? [$0.organisationSlug] : [])
                + [$0.date, $0.label, $0.referentiel.description, $0.status.rawValue, String($0.respondentCount)] },
            rightAligned: [0, withOrganisation ? 6 : 5])
    }

    func render(_ detail: AssessmentDetail) -> String {
        let l = language
        let (summary, assessment, score) = (detail.summary, detail.assessment, detail.score)
        var lines: [String] = []
        lines.append("\(summary.organisationSlug) — \(referentiel.title.text(in: l)) \(summary.referentiel.version) — \(summary.label) (\(summary.date), \(summary.status.rawValue))")
        lines.append(AssessText.respondents[l] + assessment.respondents.map { person in
            ScoreFormat.respondent(role: person.role, name: person.name, l) + (person.id.map { " (n° \($0))" } ?? "")
        }.joined(separator: ", "))
        lines.append(AssessText.overallScore[l] + ScoreFormat.score(score.overall, l) + "  " + AssessText.coverage[l] + ScoreFormat.percent(score.coverage, l))
        let divergent = score.divergentCriteria.map(\.criterionID)
        if !divergent.isEmpty {
            lines.append(AssessText.divergences[l] + "\(divergent.count) — " + divergent.joined(separator: ", "))
        }
        for dimension in referentiel.dimensions {
            let dimensionScore = score.dimension(dimension.id)
            lines.append("")
            lines.append("■ \(dimension.title.text(in: l)) — \(ScoreFormat.score(dimensionScore?.score, l)) (\(HeaderText.coverage[l]) \(ScoreFormat.percent(dimensionScore?.coverage, l)))")
            for criterion in dimension.criteria {
                guard let criterionScore = score.criterion(criterion.id) else { continue }
                lines.append("  \(criterion.id) — \(criterion.question.text(in: l))")
                lines += answerLines(criterion, assessment)
                if criterionScore.isScored {
                    lines.append("    → " + ScoreFormat.score(criterionScore.score, l) + statistics(criterionScore) + target(criterionScore)
                                 + (criterionScore.statistics.isDivergent ? "  ⚠ divergence" : ""))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every respondent's answer (comment, origin awaiting confirmation), then the consensus.
    private func answerLines(_ criterion: Criterion, _ assessment: Assessment) -> [String] {
        let l = language
        var lines: [String] = []
        for respondent in assessment.respondents {
            guard let answer = respondent.answers[criterion.id] else { continue }
            var text = "    " + ScoreFormat.respondent(role: respondent.role, name: respondent.name, l) + CommonText.colon[l]
                + ScoreFormat.answer(answer.value, criterion: criterion, referentiel: referentiel, l)
            if let comment = answer.comment, !comment.isEmpty { text += " « \(comment) »" }
            if answer.awaitsConfirmation, let origin = answer.origin { text += AssessText.carriedToConfirm.text(in: l, ["origin": origin]) }
            lines.append(text)
        }
        if let consensus = assessment.consensus[criterion.id] {
            var text = "    " + AssessText.consensus[l] + ScoreFormat.answer(consensus.value, criterion: criterion, referentiel: referentiel, l)
            if let comment = consensus.comment, !comment.isEmpty { text += " « \(comment) »" }
            lines.append(text)
        }
        return lines
    }

    /// ` (n=3, moyenne 2,3, médiane 2,0, min 1, max 4, écart 3)` for several values.
    private func statistics(_ score: CriterionScore) -> String {
        let l = language, s = score.statistics
        guard let mean = s.mean, s.n > 1 else { return "" }
        return " (n=\(s.n), " + AssessText.mean[l] + NumberFormatting.decimal(mean, language: l) + ", " + AssessText.median[l]
            + NumberFormatting.decimal(s.median ?? 0, language: l) + ", min " + NumberFormatting.plain(s.min ?? 0) + ", max "
            + NumberFormatting.plain(s.max ?? 0) + AssessText.spread[l] + NumberFormatting.plain(s.spread ?? 0) + ")"
    }

    /// ` · objectif 3 (75 %)` when a target is set.
    private func target(_ score: CriterionScore) -> String {
        guard let target = score.targetLevel else { return "" }
        return AssessText.target[language] + "\(target) (" + ScoreFormat.percent((score.percentToTarget ?? 0) / 100, language) + ")"
    }
}
