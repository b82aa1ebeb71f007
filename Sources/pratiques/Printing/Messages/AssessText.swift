import PratiquesApp
import PratiquesCore

/// The words of `assess` and of the assessment printouts.
enum AssessText: String, MessageCatalogue {
    case imported = "assess.imported"
    case respondents = "assess.respondents"
    case overallScore = "assess.overall-score"
    case coverage = "assess.coverage"
    case divergences = "assess.divergences"
    case carriedToConfirm = "assess.carried-to-confirm"
    case consensus = "assess.consensus"
    case mean = "assess.mean"
    case median = "assess.median"
    case spread = "assess.spread"
    case target = "assess.target"
    case draftCreated = "assess.draft-created"
    case draftEmpty = "assess.draft-empty"
    case carriedFrom = "assess.carried-from"
    case versions = "assess.versions"
    case sameVersion = "assess.same-version"
    case toAnswer = "assess.to-answer"
    case carriedAnswers = "assess.carried-answers"
    case toAnswerFresh = "assess.to-answer-fresh"
    case notCarried = "assess.not-carried"

    static let templates: [AssessText: (fr: String, en: String)] = [
        .imported: ("{assessments} évaluation(s), {respondents} répondant(s), {answers} réponse(s), {organisations} organisation(s), {targets} objectif(s), {actions} action(s) importés dans {path}.",
                    "Imported {assessments} assessment(s), {respondents} respondent(s), {answers} answer(s), {organisations} organisation(s), {targets} target(s), {actions} action(s) into {path}."),
        .respondents: ("Répondants : ", "Respondents: "),
        .overallScore: ("Score global : ", "Overall score: "),
        .coverage: ("couverture ", "coverage "),
        .divergences: ("Divergences (écart de 2 niveaux ou plus) : ", "Divergences (spread of 2 levels or more): "),
        .carriedToConfirm: (" (reprise de {origin}, à confirmer)", " (carried from {origin}, to confirm)"),
        .consensus: ("Consensus : ", "Consensus: "),
        .mean: ("moyenne ", "mean "),
        .median: ("médiane ", "median "),
        .spread: (", écart ", ", spread "),
        .target: (" · objectif ", " · target "),
        .draftCreated: ("Brouillon {id} créé : {organisation}, {referentiel}, « {label} » ({date})",
                        "Draft {id} created: {organisation}, {referentiel}, '{label}' ({date})"),
        .draftEmpty: ("Aucune réponse : à remplir avec « pratiques fill {id} ».", "No answer yet: fill it with 'pratiques fill {id}'."),
        .carriedFrom: ("Repris de l'évaluation « {label} » ({from}), ", "Carried from assessment '{label}' ({from}), "),
        .versions: ("versions {path}", "versions {path}"),
        .sameVersion: ("même version", "same version"),
        .toAnswer: ("à renseigner", "to answer"),
        .carriedAnswers: ("{n} réponse(s) reprise(s), chacune marquée de son origine : à confirmer ou changer avec « pratiques fill {id} ».",
                          "{n} answer(s) carried, each marked with its origin: confirm or change them with 'pratiques fill {id}'."),
        .toAnswerFresh: ("À renseigner sans reprise : ", "To answer fresh: "),
        .notCarried: ("Non repris : ", "Not carried: "),
    ]

    static func imported(_ summary: ImportSummary, into path: String) -> Bilingual {
        imported(["assessments": summary.assessments, "respondents": summary.respondents, "answers": summary.answers,
                  "organisations": summary.organisations + summary.createdOrganisations, "targets": summary.targets,
                  "actions": summary.actions, "path": path])
    }
}
