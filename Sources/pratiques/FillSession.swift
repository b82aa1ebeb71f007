import PratiquesCore
import PratiquesStore

/// One respondent filling a draft in the terminal, criterion by criterion.
///
/// Every answer (and every comment) is written at once in its own transaction, with the
/// criterion to show next, so that stopping at any moment loses nothing. A criterion is *done*
/// when it has a value that does not await confirmation. Going forward (an answer, `?`, or an
/// empty line that keeps or confirms) moves to the next criterion not done; past the last one,
/// the session ends, naming the criteria still unanswered. Running it again starts at the first
/// criterion not done at or after where it stopped, else at the first one not done from the start
/// (the skipped ones). `b` goes back one criterion, done or not.
struct FillSession {
    var store: AssessmentStore
    var assessmentID: Int64
    var respondentID: Int64
    var respondentLabel: String
    var referentiel: Referentiel
    var sha256: String
    var language: Language
    /// The command to run again to resume, shown when the person stops.
    var resumeCommand: String

    private var answers: [String: Answer] = [:]
    private let criteria: [Criterion]

    init(store: AssessmentStore, assessmentID: Int64, respondentID: Int64, respondentLabel: String, loaded: LoadedReferentiel,
         language: Language, resumeCommand: String) {
        self.store = store
        self.assessmentID = assessmentID
        self.respondentID = respondentID
        self.respondentLabel = respondentLabel
        self.referentiel = loaded.referentiel
        self.sha256 = loaded.sha256
        self.language = language
        self.resumeCommand = resumeCommand
        self.criteria = loaded.referentiel.criteria
    }

    func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func isDone(_ criterion: Criterion) -> Bool {
        guard let answer = answers[criterion.id], answer.value != nil else { return false }
        return !answer.awaitsConfirmation
    }

    /// Where to start: see the type's documentation.
    func startIndex(position: String?) -> Int? {
        let from = position.flatMap { id in criteria.firstIndex { $0.id == id } } ?? 0
        if let index = criteria[from...].firstIndex(where: { !isDone($0) }) { return index }
        return criteria.firstIndex { !isDone($0) }
    }

    mutating func run() throws {
        answers = try store.assessment(id: assessmentID)?.respondents.first { $0.id == respondentID }?.answers ?? [:]
        TerminalIO.line(t("Évaluation n° \(assessmentID) — \(referentiel.title.text(in: language)) \(referentiel.version) — \(respondentLabel)",
                          "Assessment #\(assessmentID) — \(referentiel.title.text(in: language)) \(referentiel.version) — \(respondentLabel)"))
        guard var index = startIndex(position: try store.fillPosition(respondentID: respondentID)) else {
            TerminalIO.line(t("Tous les critères ont déjà une réponse.", "Every criterion already has an answer."))
            return try finish()
        }
        var shownDimension: String?
        // The criterion whose text is on screen: after an invalid input or a comment, only the prompt is repeated.
        var shown: Int?
        while index < criteria.count {
            let criterion = criteria[index]
            let prompt = CriterionPrompt(referentiel: referentiel, criterion: criterion, language: language)
            let current = answers[criterion.id]
            if shown != index {
                shown = index
                show(index, prompt: prompt, current: current, shownDimension: &shownDimension)
            }
            guard let line = TerminalIO.ask(prompt.prompt) else { return stop() }
            // The next criterion not done (its index), and the position to record on going forward.
            let forward = criteria.indices.first { $0 > index && !isDone(criteria[$0]) } ?? criteria.count
            let next = forward < criteria.count ? criteria[forward].id : criteria[criteria.count - 1].id
            switch prompt.read(line) {
            case .quit:
                return stop()
            case .skip:
                try store.setFillPosition(next, respondentID: respondentID)
                index = forward
            case .back:
                if index == 0 {
                    TerminalIO.line(t("C'est le premier critère.", "This is the first criterion."))
                } else {
                    index -= 1
                    try store.setFillPosition(criteria[index].id, respondentID: respondentID)
                }
            case .comment:
                guard let text = TerminalIO.ask(t("Commentaire : ", "Comment: ")) else { return stop() }
                let comment = text.trimmingCharacters(in: .whitespaces)
                var answer = current ?? Answer(criterionID: criterion.id, value: nil)
                answer.comment = comment.isEmpty ? nil : comment
                try save(answer, position: criterion.id)
                TerminalIO.line(t("Commentaire enregistré.", "Comment saved."))
            case .keep:
                guard let current, current.value != nil else {
                    TerminalIO.line(t("Tapez une réponse, ? pour passer, q pour quitter.", "Type an answer, ? to skip, q to quit."))
                    continue
                }
                if current.awaitsConfirmation { try save(current.confirmed(), position: next) } else { try store.setFillPosition(next, respondentID: respondentID) }
                index = forward
            case .value(let value):
                try save(Answer(criterionID: criterion.id, value: value, comment: current?.comment), position: next)
                index = forward
            case .invalid(let reason):
                TerminalIO.line(reason.text(in: language))
            }
        }
        try finish()
    }

    /// The dimension heading (when it changes), `[k/n]`, the criterion and its current answer.
    private func show(_ index: Int, prompt: CriterionPrompt, current: Answer?, shownDimension: inout String?) {
        let criterion = criteria[index]
        if let dimension = referentiel.dimension(containing: criterion.id), dimension.id != shownDimension {
            shownDimension = dimension.id
            TerminalIO.line()
            TerminalIO.line("■ " + dimension.title.text(in: language) + " — " + coverageText(dimension))
        }
        TerminalIO.line()
        TerminalIO.line("[\(index + 1)/\(criteria.count)] \(criterion.id)")
        prompt.lines.forEach { TerminalIO.line($0) }
        if let current, let value = current.value {
            let text = AnswerText.describe(value, criterion: criterion, referentiel: referentiel, language: language)
            if current.awaitsConfirmation, let origin = current.origin {
                TerminalIO.line("  " + t("Reprise de \(origin) : \(text) ; Entrée pour confirmer", "Carried from \(origin): \(text); Enter to confirm"))
            } else {
                TerminalIO.line("  " + t("Réponse actuelle : \(text) ; Entrée pour la garder", "Current answer: \(text); Enter to keep it"))
            }
        }
        if let comment = current?.comment, !comment.isEmpty { TerminalIO.line("  " + t("Commentaire : ", "Comment: ") + comment) }
    }

    private mutating func save(_ answer: Answer, position: String) throws {
        try store.saveAnswer(answer, respondentID: respondentID, position: position)
        answers[answer.criterionID] = answer
    }

    /// `2/3 critères remplis`: this respondent's progress in one dimension.
    func coverageText(_ dimension: Dimension) -> String {
        let done = dimension.criteria.filter(isDone).count
        return t("\(done)/\(dimension.criteria.count) critères remplis", "\(done)/\(dimension.criteria.count) criteria filled")
    }

    private func stop() {
        let done = criteria.filter(isDone).count
        TerminalIO.line()
        TerminalIO.line(t("Réponses enregistrées (\(done)/\(criteria.count)). Pour reprendre : \(resumeCommand)",
                          "Answers saved (\(done)/\(criteria.count)). To resume: \(resumeCommand)"))
        for dimension in referentiel.dimensions { TerminalIO.line("  \(dimension.title.text(in: language))\(t(" : ", ": "))\(coverageText(dimension))") }
    }

    /// The scores, the criteria furthest from their target, and the offer to mark the assessment complete.
    private func finish() throws {
        let missing = criteria.filter { !isDone($0) }
        TerminalIO.line()
        if missing.isEmpty {
            TerminalIO.line(t("Questionnaire terminé : \(criteria.count)/\(criteria.count) critères remplis.",
                              "Questionnaire finished: \(criteria.count)/\(criteria.count) criteria filled."))
        } else {
            TerminalIO.line(t("Fin du questionnaire : \(missing.count) critère(s) sans réponse (\(missing.map(\.id).joined(separator: ", "))) ; relancez \(resumeCommand) pour y revenir.",
                              "End of the questionnaire: \(missing.count) criterion(s) unanswered (\(missing.map(\.id).joined(separator: ", "))); run \(resumeCommand) again to answer them."))
        }
        guard let summary = try store.assessmentSummary(id: assessmentID) else { return }
        let assessment = try store.assessment(summary)
        let targets = try store.targets(organisationSlug: summary.organisationSlug, referentielID: referentiel.id)
        let report = FillSummary(referentiel: referentiel, sha256: sha256, language: language)
        report.lines(assessment: assessment, targets: Dictionary(targets.map { ($0.criterionID, $0.level) }, uniquingKeysWith: { _, b in b }))
            .forEach { TerminalIO.line($0) }
        guard missing.isEmpty, summary.status == .draft else { return }
        TerminalIO.line()
        let reply = TerminalIO.ask(t("Marquer l'évaluation n° \(assessmentID) comme terminée (les autres répondants ne pourront plus la remplir) ? [o/N] ",
                                     "Mark assessment #\(assessmentID) as complete (other respondents will no longer be able to fill it)? [y/N] "))
        let yes = ["o", "oui", "y", "yes"].contains(reply?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
        if yes {
            try store.setStatus(.complete, assessmentID: assessmentID)
            TerminalIO.line(t("Évaluation n° \(assessmentID) terminée.", "Assessment #\(assessmentID) complete."))
        } else {
            TerminalIO.line(t("L'évaluation n° \(assessmentID) reste un brouillon.", "Assessment #\(assessmentID) stays a draft."))
        }
    }
}
