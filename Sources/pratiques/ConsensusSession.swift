import PratiquesCore
import PratiquesStore

/// The group agreeing on values, criterion by criterion, in the terminal (`assess consensus`).
///
/// Shows each criterion with every respondent's answer (role, name, comment) and the spread,
/// and records the value the group agrees on with ``AssessmentStore/setConsensus(_:assessmentID:)``
/// at once. The respondents' own answers stay as they are. Same input as `fill`.
struct ConsensusSession {
    var store: AssessmentStore
    var summary: AssessmentSummary
    var loaded: LoadedReferentiel
    var language: Language
    /// Every criterion, not only the divergent ones without a consensus yet.
    var all: Bool

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The criteria to visit: the divergent ones without a consensus, or every criterion.
    static func criteria(_ assessment: Assessment, score: AssessmentScore, referentiel: Referentiel, all: Bool) -> [Criterion] {
        if all { return referentiel.criteria }
        let divergent = Set(score.divergentCriteria.map(\.criterionID))
        return referentiel.criteria.filter { divergent.contains($0.id) && assessment.consensus[$0.id]?.value == nil }
    }

    func run() throws {
        let referentiel = loaded.referentiel
        let engine = ScoringEngine(referentiel: referentiel, sha256: loaded.sha256)
        var assessment = try store.assessment(summary)
        let score = engine.score(assessment)
        let criteria = Self.criteria(assessment, score: score, referentiel: referentiel, all: all)
        TerminalIO.line(t("Consensus — évaluation n° \(summary.id), \(summary.organisationSlug), \(referentiel.reference) : \(criteria.count) critère(s) à discuter",
                          "Consensus — assessment #\(summary.id), \(summary.organisationSlug), \(referentiel.reference): \(criteria.count) criterion(s) to discuss"))
        var recorded = 0
        var index = 0
        session: while index < criteria.count {
            let criterion = criteria[index]
            let prompt = CriterionPrompt(referentiel: referentiel, criterion: criterion, language: language)
            TerminalIO.line()
            TerminalIO.line("[\(index + 1)/\(criteria.count)] \(criterion.id)")
            prompt.lines.forEach { TerminalIO.line($0) }
            TerminalIO.line("  " + t("Réponses :", "Answers:"))
            for respondent in assessment.respondents {
                guard let answer = respondent.answers[criterion.id] else { continue }
                var line = "    " + AssessmentPrinter.respondentLabel(respondent, language) + t(" : ", ": ")
                    + ScoreText.answer(answer.value, criterion: criterion, referentiel: referentiel, language)
                if let comment = answer.comment, !comment.isEmpty { line += " « \(comment) »" }
                TerminalIO.line(line)
            }
            if let statistics = score.criterion(criterion.id)?.statistics, let spread = statistics.spread {
                TerminalIO.line("  " + t("Écart : ", "Spread: ") + NumberFormatting.plain(spread) + (statistics.isDivergent ? "  ⚠ divergence" : ""))
            }
            let current = assessment.consensus[criterion.id]
            if let current, let value = current.value {
                TerminalIO.line("  " + t("Consensus actuel : ", "Current consensus: ") + AnswerText.describe(value, criterion: criterion, referentiel: referentiel, language: language)
                                + t(" ; Entrée pour le garder", "; Enter to keep it"))
            }
            guard let line = TerminalIO.ask(t("Valeur retenue ", "Agreed value ") + prompt.prompt) else { break session }
            switch prompt.read(line) {
            case .quit:
                break session
            case .skip:
                index += 1
            case .back:
                if index > 0 { index -= 1 } else { TerminalIO.line(t("C'est le premier critère.", "This is the first criterion.")) }
            case .comment:
                guard let text = TerminalIO.ask(t("Commentaire du groupe : ", "The group's comment: ")) else { break session }
                let comment = text.trimmingCharacters(in: .whitespaces)
                var answer = current ?? Answer(criterionID: criterion.id, value: nil)
                answer.comment = comment.isEmpty ? nil : comment
                try store.setConsensus(answer, assessmentID: summary.id)
                assessment.consensus[criterion.id] = answer
                TerminalIO.line(t("Commentaire enregistré.", "Comment saved."))
            case .keep:
                guard current?.value != nil else {
                    TerminalIO.line(t("Tapez la valeur retenue, ? pour passer, q pour quitter.", "Type the agreed value, ? to skip, q to quit."))
                    continue session
                }
                index += 1
            case .value(let value):
                let answer = Answer(criterionID: criterion.id, value: value, comment: current?.comment)
                try store.setConsensus(answer, assessmentID: summary.id)
                assessment.consensus[criterion.id] = answer
                recorded += 1
                index += 1
            case .invalid(let reason):
                TerminalIO.line(reason.text(in: language))
            }
        }
        let after = engine.score(assessment)
        TerminalIO.line()
        TerminalIO.line(t("\(recorded) valeur(s) retenue(s) enregistrée(s). Score global : ", "\(recorded) agreed value(s) saved. Overall score: ")
                        + ScoreText.score(after.overall, language) + t(" (consensus compris)", " (consensus included)"))
        let left = Self.criteria(assessment, score: after, referentiel: referentiel, all: false)
        if !left.isEmpty {
            TerminalIO.line(t("Divergences sans consensus : ", "Divergences without consensus: ") + left.map(\.id).joined(separator: ", "))
        }
    }
}
