import PratiquesApp
import PratiquesCore

/// The lines describing a fact: its value and who entered it, then every other value proposed.
enum FactLines {
    static func lines(_ fact: AssessmentFact?, criterion: Criterion, referentiel: Referentiel, language l: Language) -> [String] {
        guard let fact, fact.value != nil || !fact.proposals.isEmpty else { return [FactText.none[l]] }
        var lines: [String] = []
        if let value = fact.value {
            var line = FactText.value[l] + ScoreFormat.answer(value, criterion: criterion, referentiel: referentiel, l)
            if let author = fact.enteredBy {
                line += FactText.enteredBy.text(in: l, ["who": ScoreFormat.respondent(role: author.role, name: author.name, l)])
            }
            if let comment = fact.comment, !comment.isEmpty { line += " « \(comment) »" }
            lines.append(line)
        }
        for proposal in fact.proposals {
            var line = FactText.proposal.text(in: l, ["who": ScoreFormat.respondent(role: proposal.respondent.role, name: proposal.respondent.name, l)])
                + ScoreFormat.answer(proposal.value, criterion: criterion, referentiel: referentiel, l)
            if let comment = proposal.comment, !comment.isEmpty { line += " « \(comment) »" }
            lines.append(line)
        }
        return lines
    }
}
