import PratiquesApp
import PratiquesCore

/// What `fill` prints at the end: the assessment's scores with coverage, and the three
/// criteria furthest from their target (the recorded target, else the top of the scale).
struct FillPrinter {
    var referentiel: Referentiel
    var language: Language

    func lines(_ outcome: FillOutcome) -> [String] {
        let l = language
        let score = outcome.score
        var lines = [FillText.overallScore.text(in: l, ["n": outcome.respondents, "referentiel": referentiel.reference])
                     + ScoreFormat.score(score.overall, l) + ", " + AssessText.coverage[l] + ScoreFormat.percent(score.coverage, l)]
        for dimension in referentiel.dimensions {
            let dimensionScore = score.dimension(dimension.id)
            lines.append("  \(dimension.title.text(in: l))\(CommonText.colon[l])\(ScoreFormat.score(dimensionScore?.score, l)) (\(HeaderText.coverage[l]) \(ScoreFormat.percent(dimensionScore?.coverage, l)))")
        }
        if !outcome.furthest.isEmpty {
            lines.append(FillText.furthest[l])
            for gap in outcome.furthest {
                let question = referentiel.criterion(id: gap.criterionID)?.question.text(in: l) ?? ""
                lines.append("  \(gap.criterionID) — \(question)\(CommonText.colon[l])\(NumberFormatting.decimal(gap.value, digits: 1, language: l)) → \(gap.target)")
            }
        }
        return lines
    }
}
