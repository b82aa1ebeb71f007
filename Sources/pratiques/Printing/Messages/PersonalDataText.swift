import PratiquesCore
import PratiquesStore

/// The words of `org erase`, `respondent erase` and `org export-data`.
enum PersonalDataText: String, MessageCatalogue {
    case confirm = "personal.confirm"
    case erased = "personal.erased"
    case exported = "personal.exported"
    case cannotWrite = "personal.cannot-write"

    static let templates: [PersonalDataText: (fr: String, en: String)] = [
        .confirm: ("L'effacement est irréversible. Pour le confirmer : {command}", "Erasing cannot be undone. To confirm: {command}"),
        .erased: ("Effacé : {respondents} nom(s) de répondant, {comments} commentaire(s), {freeTexts} réponse(s) libre(s), {owners} responsable(s) d'action. {kept} réponse(s) notée(s) gardée(s), anonymes, pour les statistiques.",
                  "Erased: {respondents} respondent name(s), {comments} comment(s), {freeTexts} free-text answer(s), {owners} action owner(s). {kept} scored answer(s) kept, anonymous, for the statistics."),
        .exported: ("Données de {slug} écrites dans {path}", "Data of {slug} written to {path}"),
        .cannotWrite: ("impossible d'écrire {path} : {reason}", "cannot write {path}: {reason}"),
    ]

    static func erased(_ counts: ErasureCounts, _ l: Language) -> String {
        erased.text(in: l, ["respondents": counts.respondents, "comments": counts.comments, "freeTexts": counts.freeTexts,
                            "owners": counts.actionOwners, "kept": counts.answersKept])
    }
}
