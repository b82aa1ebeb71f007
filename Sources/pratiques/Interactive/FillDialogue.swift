import PratiquesApp
import PratiquesCore

/// One respondent filling a draft in the terminal, criterion by criterion (`pratiques fill`):
/// the dialogue around a ``FillSession``, which saves every answer at once.
///
/// Going forward (an answer, `?`, or an empty line that keeps or confirms) moves to the next
/// criterion not done; past the last one, the dialogue ends, naming the criteria still
/// unanswered. `b` goes back one criterion, done or not; `q` or the end of the input stops.
struct FillDialogue {
    var session: FillSession
    var language: Language
    /// The command to run again to resume, shown when the person stops.
    var resumeCommand: String

    mutating func run() throws {
        let l = language
        let referentiel = session.referentiel
        if session.createdAssessment { TerminalIO.line(FillText.newDraft.text(in: l, ["id": session.assessmentID])) }
        TerminalIO.line(FillText.header.text(in: l, ["id": session.assessmentID, "title": referentiel.title, "version": referentiel.version,
                                                     "respondent": ScoreFormat.respondent(role: session.role, name: session.name, l)]))
        let notApplying = session.notApplying
        if !notApplying.isEmpty {
            TerminalIO.line(FactText.notApplying.text(in: l, ["n": notApplying.count, "reason": FactText.doesNotApply[l],
                                                              "criteria": notApplying.map { $0.shortLabel.text(in: l) }.joined(separator: ", ")]))
        }
        guard var index = try session.startIndex() else {
            TerminalIO.line(FillText.everythingAnswered[l])
            return try finish()
        }
        let criteria = session.criteria
        var shownDimension: String?
        // The criterion whose text is on screen: after an invalid input or a comment, only the prompt is repeated.
        var shown: Int?
        while index < criteria.count {
            let criterion = criteria[index]
            let prompt = CriterionPrompt(referentiel: referentiel, criterion: criterion, language: l)
            let current = session.current(criterion)
            if shown != index {
                shown = index
                show(index, prompt: prompt, current: current, shownDimension: &shownDimension)
            }
            guard let line = TerminalIO.ask(prompt.prompt) else { return stop() }
            let next = session.next(after: index)
            switch prompt.read(line) {
            case .quit:
                return stop()
            case .skip:
                try session.move(to: next.position)
                index = next.index
            case .back:
                if index == 0 {
                    TerminalIO.line(PromptText.firstCriterion[l])
                } else {
                    index -= 1
                    try session.move(to: criteria[index].id)
                }
            case .comment:
                guard let text = TerminalIO.ask(FillText.comment[l]) else { return stop() }
                let comment = text.trimmingCharacters(in: .whitespaces)
                var answer = current ?? Answer(criterionID: criterion.id, value: nil)
                answer.comment = comment.isEmpty ? nil : comment
                do {
                    try session.save(answer, position: criterion.id)
                } catch WorkspaceError.textRefused(let problem) {
                    // Refused by the text rule: said, nothing saved, the criterion asked again.
                    TerminalIO.line(problem.text(in: l))
                    continue
                }
                TerminalIO.line(PromptText.commentSaved[l])
            case .keep:
                guard let current, current.value != nil else {
                    TerminalIO.line(FillText.typeAnAnswer[l])
                    continue
                }
                if current.awaitsConfirmation || (criterion.isFact && !session.isDone(criterion)) {
                    // A fact someone else entered: keeping it records that this respondent agrees.
                    try session.save(current.confirmed(), position: next.position)
                } else {
                    try session.move(to: next.position)
                }
                index = next.index
            case .value(let value):
                try session.save(Answer(criterionID: criterion.id, value: value, comment: current?.comment), position: next.position)
                if criterion.isFact, session.facts[criterion.id]?.proposals.contains(where: { $0.respondent == session.respondentKey }) == true {
                    TerminalIO.line("  " + FactText.proposalKept[l])
                }
                index = next.index
            case .invalid(let reason):
                TerminalIO.line(reason.text(in: l))
            }
        }
        try finish()
    }

    /// The dimension heading (when it changes), `[k/n]`, the criterion and its current answer.
    private func show(_ index: Int, prompt: CriterionPrompt, current: Answer?, shownDimension: inout String?) {
        let l = language
        let criterion = session.criteria[index]
        if let dimension = session.referentiel.dimension(containing: criterion.id), dimension.id != shownDimension {
            shownDimension = dimension.id
            TerminalIO.line()
            TerminalIO.line("■ " + dimension.title.text(in: l) + " — " + progress(dimension))
        }
        TerminalIO.line()
        TerminalIO.line("[\(index + 1)/\(session.criteria.count)] \(criterion.id)")
        prompt.lines.forEach { TerminalIO.line($0) }
        if criterion.isFact {
            TerminalIO.line("  " + FactText.oneValue[l])
            if session.facts[criterion.id]?.value != nil {
                FactLines.lines(session.facts[criterion.id], criterion: criterion, referentiel: session.referentiel, language: l)
                    .forEach { TerminalIO.line("  " + $0) }
                return
            }
        }
        if let current, let value = current.value {
            let text = AnswerText.describe(value, criterion: criterion, referentiel: session.referentiel, language: l)
            if current.awaitsConfirmation, let origin = current.origin {
                TerminalIO.line("  " + FillText.carriedAnswer.text(in: l, ["origin": origin, "answer": text]))
            } else {
                TerminalIO.line("  " + FillText.currentAnswer.text(in: l, ["answer": text]))
            }
        }
        if let comment = current?.comment, !comment.isEmpty { TerminalIO.line("  " + FillText.comment[l] + comment) }
    }

    /// `2/3 critères remplis`: this respondent's progress in one dimension.
    private func progress(_ dimension: Dimension) -> String {
        let (done, total) = session.progress(in: dimension)
        return FillText.filled.text(in: language, ["done": done, "total": total])
    }

    private func stop() {
        let l = language
        TerminalIO.line()
        TerminalIO.line(FillText.saved.text(in: l, ["done": session.doneCount, "total": session.criteria.count, "resume": resumeCommand]))
        for dimension in session.referentiel.dimensions {
            TerminalIO.line("  \(dimension.title.text(in: l))\(CommonText.colon[l])\(progress(dimension))")
        }
    }

    /// The scores, the criteria furthest from their target, and the offer to mark the assessment complete.
    private func finish() throws {
        let l = language
        let missing = session.missing
        TerminalIO.line()
        if missing.isEmpty {
            TerminalIO.line(FillText.finished.text(in: l, ["n": session.criteria.count]))
        } else {
            TerminalIO.line(FillText.unanswered.text(in: l, ["n": missing.count, "criteria": missing.map(\.id).joined(separator: ", "), "resume": resumeCommand]))
        }
        guard let outcome = try session.outcome() else { return }
        FillPrinter(referentiel: session.referentiel, language: l).lines(outcome).forEach { TerminalIO.line($0) }
        guard outcome.canComplete else { return }
        TerminalIO.line()
        let reply = TerminalIO.ask(FillText.markComplete.text(in: l, ["id": session.assessmentID]))
        if ["o", "oui", "y", "yes"].contains(reply?.trimmingCharacters(in: .whitespaces).lowercased() ?? "") {
            try session.complete()
            TerminalIO.line(FillText.completed.text(in: l, ["id": session.assessmentID]))
        } else {
            TerminalIO.line(FillText.staysDraft.text(in: l, ["id": session.assessmentID]))
        }
    }
}
