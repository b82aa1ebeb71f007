import PratiquesCore
import PratiquesStore

/// Prints one assessment criterion by criterion for the terminal.
struct AssessmentPrinter {
    var language: Language
    var referentiel: Referentiel

    func render(summary: AssessmentSummary, assessment: Assessment, score: AssessmentScore) -> String {
        let l = language
        var lines: [String] = []
        lines.append("\(summary.organisationSlug) — \(referentiel.title.text(in: l)) \(summary.referentiel.version) — \(summary.label) (\(summary.date), \(summary.status.rawValue))")
        let roles = assessment.respondents.map { Self.respondentLabel($0, l) }.joined(separator: ", ")
        lines.append((l == .fr ? "Répondants : " : "Respondents: ") + roles)
        lines.append((l == .fr ? "Score global : " : "Overall score: ") + ScoreText.score(score.overall, l) + "  "
                     + (l == .fr ? "couverture " : "coverage ") + ScoreText.percent(score.coverage, l))
        let divergent = score.divergentCriteria.map(\.criterionID)
        if !divergent.isEmpty {
            lines.append((l == .fr ? "Divergences (écart de 2 niveaux ou plus) : " : "Divergences (spread of 2 levels or more): ")
                         + "\(divergent.count) — " + divergent.joined(separator: ", "))
        }
        for dimension in referentiel.dimensions {
            let dimensionScore = score.dimension(dimension.id)
            lines.append("")
            lines.append("■ \(dimension.title.text(in: l)) — \(ScoreText.score(dimensionScore?.score, l)) (\(l == .fr ? "couverture" : "coverage") \(ScoreText.percent(dimensionScore?.coverage, l)))")
            for criterion in dimension.criteria {
                guard let criterionScore = score.criterion(criterion.id) else { continue }
                let flag = criterionScore.statistics.isDivergent ? "  ⚠ divergence" : ""
                lines.append("  \(criterion.id) — \(criterion.question.text(in: l))")
                for respondent in assessment.respondents {
                    guard let answer = respondent.answers[criterion.id] else { continue }
                    var text = "    " + Self.respondentLabel(respondent, l) + (l == .fr ? " : " : ": ")
                        + ScoreText.answer(answer.value, criterion: criterion, referentiel: referentiel, l)
                    if let comment = answer.comment, !comment.isEmpty { text += " « \(comment) »" }
                    if answer.awaitsConfirmation, let origin = answer.origin { text += l == .fr ? " (reprise de \(origin), à confirmer)" : " (carried from \(origin), to confirm)" }
                    lines.append(text)
                }
                if let consensus = assessment.consensus[criterion.id] {
                    var text = "    " + (l == .fr ? "Consensus : " : "Consensus: ") + ScoreText.answer(consensus.value, criterion: criterion, referentiel: referentiel, l)
                    if let comment = consensus.comment, !comment.isEmpty { text += " « \(comment) »" }
                    lines.append(text)
                }
                if criterionScore.isScored {
                    var summaryLine = "    → " + ScoreText.score(criterionScore.score, l)
                    if let mean = criterionScore.statistics.mean, criterionScore.statistics.n > 1 {
                        let s = criterionScore.statistics
                        summaryLine += " (n=\(s.n), " + (l == .fr ? "moyenne " : "mean ") + NumberFormatting.decimal(mean, language: l)
                            + ", " + (l == .fr ? "médiane " : "median ") + NumberFormatting.decimal(s.median ?? 0, language: l)
                            + ", min " + NumberFormatting.plain(s.min ?? 0) + ", max " + NumberFormatting.plain(s.max ?? 0)
                            + (l == .fr ? ", écart " : ", spread ") + NumberFormatting.plain(s.spread ?? 0) + ")"
                    }
                    if let target = criterionScore.targetLevel {
                        summaryLine += (l == .fr ? " · objectif " : " · target ") + "\(target) (" + ScoreText.percent((criterionScore.percentToTarget ?? 0) / 100, l) + ")"
                    }
                    lines.append(summaryLine + flag)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `Bénévole (Paul)`, or the role alone for an anonymous respondent.
    static func respondentLabel(_ respondent: Respondent, _ language: Language) -> String {
        respondent.role.label(in: language) + (respondent.name.map { " (\($0))" } ?? "")
    }
}
