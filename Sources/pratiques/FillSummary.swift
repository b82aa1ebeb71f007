import PratiquesCore

/// What `fill` prints at the end: the assessment's scores with coverage, and the three
/// criteria furthest from their target (the recorded target, else the top of the scale).
struct FillSummary {
    var referentiel: Referentiel
    var sha256: String
    var language: Language

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The criteria with the largest gap, in level units: target minus value, largest first (ties in grid order).
    static func furthestFromTarget(_ score: AssessmentScore, referentiel: Referentiel, targets: [String: Int], count: Int = 3) -> [(id: String, value: Double, target: Int)] {
        var gaps: [(id: String, value: Double, target: Int)] = []
        for criterion in score.criteria where criterion.isScored {
            guard let value = criterion.value else { continue }
            let target = targets[criterion.criterionID] ?? Int(criterion.maxValue)
            if Double(target) - value > 0 { gaps.append((criterion.criterionID, value, target)) }
        }
        return Array(gaps.enumerated().sorted { lhs, rhs in
            let a = Double(lhs.element.target) - lhs.element.value, b = Double(rhs.element.target) - rhs.element.value
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element).prefix(count))
    }

    func lines(assessment: Assessment, targets: [String: Int]) -> [String] {
        let score = ScoringEngine(referentiel: referentiel, sha256: sha256).score(assessment, targets: targets)
        let l = language
        var lines = [t("Score global (\(assessment.respondents.count) répondant(s), \(referentiel.reference)) : ",
                       "Overall score (\(assessment.respondents.count) respondent(s), \(referentiel.reference)): ")
                     + ScoreText.score(score.overall, l) + ", " + t("couverture ", "coverage ") + ScoreText.percent(score.coverage, l)]
        for dimension in referentiel.dimensions {
            let dimensionScore = score.dimension(dimension.id)
            lines.append("  \(dimension.title.text(in: l))\(t(" : ", ": "))\(ScoreText.score(dimensionScore?.score, l)) (\(t("couverture", "coverage")) \(ScoreText.percent(dimensionScore?.coverage, l)))")
        }
        let furthest = Self.furthestFromTarget(score, referentiel: referentiel, targets: targets)
        if !furthest.isEmpty {
            lines.append(t("Les critères les plus loin de leur objectif :", "The criteria furthest from their target:"))
            for item in furthest {
                let question = referentiel.criterion(id: item.id)?.question.text(in: l) ?? ""
                lines.append("  \(item.id) — \(question)\(t(" : ", ": "))\(NumberFormatting.decimal(item.value, digits: 1, language: l)) → \(item.target)")
            }
        }
        return lines
    }
}
