import PratiquesApp
import PratiquesCore

/// The group agreeing on values, criterion by criterion, in the terminal (`assess consensus`):
/// each criterion with every respondent's answer (role, name, comment) and the spread; the value
/// the group agrees on is recorded at once (``ConsensusSession``). Same input as `fill`.
struct ConsensusDialogue {
    var session: ConsensusSession
    var language: Language

    mutating func run() throws {
        let l = language
        let referentiel = session.referentiel
        let criteria = session.criteria
        TerminalIO.line(ConsensusText.header.text(in: l, ["id": session.summary.id, "organisation": session.summary.organisationSlug,
                                                          "referentiel": referentiel.reference, "n": criteria.count]))
        var index = 0
        dialogue: while index < criteria.count {
            let criterion = criteria[index]
            let prompt = CriterionPrompt(referentiel: referentiel, criterion: criterion, language: l)
            show(index, prompt: prompt)
            let current = session.agreedValue(for: criterion)
            if let value = current {
                TerminalIO.line("  " + ConsensusText.current.text(in: l, ["answer": AnswerText.describe(value, criterion: criterion, referentiel: referentiel, language: l)]))
            }
            guard let line = TerminalIO.ask(ConsensusText.agreedValue[l] + prompt.prompt) else { break dialogue }
            switch prompt.read(line) {
            case .quit:
                break dialogue
            case .skip:
                index += 1
            case .back:
                if index > 0 { index -= 1 } else { TerminalIO.line(PromptText.firstCriterion[l]) }
            case .comment:
                guard let text = TerminalIO.ask(ConsensusText.groupComment[l]) else { break dialogue }
                do {
                    try session.comment(text.trimmingCharacters(in: .whitespaces), for: criterion.id)
                } catch WorkspaceError.textRefused(let problem) {
                    TerminalIO.line(problem.text(in: l))
                    continue dialogue
                }
                TerminalIO.line(PromptText.commentSaved[l])
            case .keep:
                guard let current else {
                    TerminalIO.line(ConsensusText.typeTheValue[l])
                    continue dialogue
                }
                // Keeping a fact's value settles it: the other values proposed are dropped.
                if criterion.isFact, session.assessment.fact(for: criterion.id)?.needsSettling == true { try session.record(current, for: criterion.id) }
                index += 1
            case .value(let value):
                try session.record(value, for: criterion.id)
                index += 1
            case .invalid(let reason):
                TerminalIO.line(reason.text(in: l))
            }
        }
        TerminalIO.line()
        TerminalIO.line(ConsensusText.saved.text(in: l, ["n": session.recorded]) + ScoreFormat.score(session.currentScore.overall, l)
                        + ConsensusText.consensusIncluded[l])
        let left = session.divergentWithoutConsensus
        if !left.isEmpty { TerminalIO.line(ConsensusText.left[l] + left.map(\.id).joined(separator: ", ")) }
    }

    /// `[k/n]`, the criterion, everyone's answer and the spread.
    private func show(_ index: Int, prompt: CriterionPrompt) {
        let l = language
        let criterion = session.criteria[index]
        TerminalIO.line()
        TerminalIO.line("[\(index + 1)/\(session.criteria.count)] \(criterion.id)")
        prompt.lines.forEach { TerminalIO.line($0) }
        TerminalIO.line("  " + ConsensusText.answers[l])
        if criterion.isFact {
            FactLines.lines(session.assessment.fact(for: criterion.id), criterion: criterion, referentiel: session.referentiel, language: l)
                .forEach { TerminalIO.line("    " + $0) }
        }
        for respondent in session.assessment.respondents where !criterion.isFact {
            guard let answer = respondent.answers[criterion.id] else { continue }
            var line = "    " + ScoreFormat.respondent(role: respondent.role, name: respondent.name, l) + CommonText.colon[l]
                + ScoreFormat.answer(answer.value, criterion: criterion, referentiel: session.referentiel, l)
            if let comment = answer.comment, !comment.isEmpty { line += " « \(comment) »" }
            TerminalIO.line(line)
        }
        if let statistics = session.score.criterion(criterion.id)?.statistics, let spread = statistics.spread {
            TerminalIO.line("  " + ConsensusText.spread[l] + NumberFormatting.plain(spread) + (statistics.isDivergent ? "  ⚠ divergence" : ""))
        }
    }
}
