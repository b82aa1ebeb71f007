import PratiquesCore

/// The words of a criterion's prompt, in `fill` and `assess consensus`.
enum PromptText: String, MessageCatalogue {
    case help = "prompt.help"
    case between = "prompt.between"
    case and = "prompt.and"
    case aNumber = "prompt.a-number"
    case yesOrNo = "prompt.yes-or-no"
    case freeAnswer = "prompt.free-answer"
    case level = "prompt.level"
    case number = "prompt.number"
    case yn = "prompt.yn"
    case text = "prompt.text"
    case commands = "prompt.commands"
    case firstCriterion = "prompt.first-criterion"
    case commentSaved = "prompt.comment-saved"

    static let templates: [PromptText: (fr: String, en: String)] = [
        .help: ("Aide : ", "Help: "),
        .between: ("entre ", "between "),
        .and: (" et ", " and "),
        .aNumber: ("Un nombre", "A number"),
        .yesOrNo: ("o (oui) ou n (non)", "y (yes) or n (no)"),
        .freeAnswer: ("Réponse libre (non notée)", "Free answer (not scored)"),
        .level: ("niveau", "level"),
        .number: ("nombre", "number"),
        .yn: ("o/n", "y/n"),
        .text: ("texte", "text"),
        .commands: ("? passer, c commentaire, b retour, q quitter", "? skip, c comment, b back, q quit"),
        .firstCriterion: ("C'est le premier critère.", "This is the first criterion."),
        .commentSaved: ("Commentaire enregistré.", "Comment saved."),
    ]
}
