import PratiquesApp
import PratiquesCore

/// The words shown about facts (`fact: true` criteria), profiles and criteria that do not apply.
enum FactText: String, MessageCatalogue {
    case value = "fact.value"
    case enteredBy = "fact.entered-by"
    case proposal = "fact.proposal"
    case none = "fact.none"
    case oneValue = "fact.one-value"
    case proposalKept = "fact.proposal-kept"
    case doesNotApply = "fact.does-not-apply"
    case indicator = "fact.indicator"
    case notApplying = "fact.not-applying"
    case excluded = "fact.excluded"

    static let templates: [FactText: (fr: String, en: String)] = [
        .value: ("Valeur retenue : ", "Value kept: "),
        .enteredBy: (" (saisie par {who})", " (entered by {who})"),
        .proposal: ("Autre valeur proposée par {who} : ", "Other value proposed by {who}: "),
        .none: ("Pas encore de valeur.", "No value yet."),
        .oneValue: ("Un fait : une seule valeur pour toute la structure, saisie une fois.",
                    "A fact: one value for the whole organisation, entered once."),
        .proposalKept: ("Valeur différente gardée comme proposition, à trancher en consensus.",
                        "Different value kept as a proposal, to settle in consensus."),
        .doesNotApply: ("ne s'applique pas à votre structure", "does not apply to your organisation"),
        .indicator: ("indicateur suivi, non noté", "indicator followed, not scored"),
        .excluded: ("Hors score, {reason} ({n}) : ", "Left out of the score, {reason} ({n}): "),
        .notApplying: ("{n} critère(s) non posé(s) — {reason} : {criteria}.", "{n} criterion/criteria not asked — {reason}: {criteria}."),
    ]
}
