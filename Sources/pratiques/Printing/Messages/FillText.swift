import PratiquesCore

/// The words of `pratiques fill`.
enum FillText: String, MessageCatalogue {
    case newDraft = "fill.new-draft"
    case header = "fill.header"
    case everythingAnswered = "fill.everything-answered"
    case comment = "fill.comment"
    case typeAnAnswer = "fill.type-an-answer"
    case carriedAnswer = "fill.carried-answer"
    case currentAnswer = "fill.current-answer"
    case filled = "fill.filled"
    case saved = "fill.saved"
    case finished = "fill.finished"
    case unanswered = "fill.unanswered"
    case markComplete = "fill.mark-complete"
    case completed = "fill.completed"
    case staysDraft = "fill.stays-draft"
    case overallScore = "fill.overall-score"
    case furthest = "fill.furthest"

    static let templates: [FillText: (fr: String, en: String)] = [
        .newDraft: ("Nouveau brouillon n° {id}.", "New draft #{id}."),
        .header: ("Évaluation n° {id} — {title} {version} — {respondent}", "Assessment #{id} — {title} {version} — {respondent}"),
        .everythingAnswered: ("Tous les critères ont déjà une réponse.", "Every criterion already has an answer."),
        .comment: ("Commentaire : ", "Comment: "),
        .typeAnAnswer: ("Tapez une réponse, ? pour passer, q pour quitter.", "Type an answer, ? to skip, q to quit."),
        .carriedAnswer: ("Reprise de {origin} : {answer} ; Entrée pour confirmer", "Carried from {origin}: {answer}; Enter to confirm"),
        .currentAnswer: ("Réponse actuelle : {answer} ; Entrée pour la garder", "Current answer: {answer}; Enter to keep it"),
        .filled: ("{done}/{total} critères remplis", "{done}/{total} criteria filled"),
        .saved: ("Réponses enregistrées ({done}/{total}). Pour reprendre : {resume}", "Answers saved ({done}/{total}). To resume: {resume}"),
        .finished: ("Questionnaire terminé : {n}/{n} critères remplis.", "Questionnaire finished: {n}/{n} criteria filled."),
        .unanswered: ("Fin du questionnaire : {n} critère(s) sans réponse ({criteria}) ; relancez {resume} pour y revenir.",
                      "End of the questionnaire: {n} criterion(s) unanswered ({criteria}); run {resume} again to answer them."),
        .markComplete: ("Marquer l'évaluation n° {id} comme terminée (les autres répondants ne pourront plus la remplir) ? [o/N] ",
                        "Mark assessment #{id} as complete (other respondents will no longer be able to fill it)? [y/N] "),
        .completed: ("Évaluation n° {id} terminée.", "Assessment #{id} complete."),
        .staysDraft: ("L'évaluation n° {id} reste un brouillon.", "Assessment #{id} stays a draft."),
        .overallScore: ("Score global ({n} répondant(s), {referentiel}) : ", "Overall score ({n} respondent(s), {referentiel}): "),
        .furthest: ("Les critères les plus loin de leur objectif :", "The criteria furthest from their target:"),
    ]
}
