import PratiquesCore

/// The words of `assess consensus`.
enum ConsensusText: String, MessageCatalogue {
    case header = "consensus.header"
    case answers = "consensus.answers"
    case spread = "consensus.spread"
    case current = "consensus.current"
    case agreedValue = "consensus.agreed-value"
    case groupComment = "consensus.group-comment"
    case typeTheValue = "consensus.type-the-value"
    case saved = "consensus.saved"
    case consensusIncluded = "consensus.included"
    case left = "consensus.left"

    static let templates: [ConsensusText: (fr: String, en: String)] = [
        .header: ("Consensus — évaluation n° {id}, {organisation}, {referentiel} : {n} critère(s) à discuter",
                  "Consensus — assessment #{id}, {organisation}, {referentiel}: {n} criterion(s) to discuss"),
        .answers: ("Réponses :", "Answers:"),
        .spread: ("Écart : ", "Spread: "),
        .current: ("Consensus actuel : {answer} ; Entrée pour le garder", "Current consensus: {answer}; Enter to keep it"),
        .agreedValue: ("Valeur retenue ", "Agreed value "),
        .groupComment: ("Commentaire du groupe : ", "The group's comment: "),
        .typeTheValue: ("Tapez la valeur retenue, ? pour passer, q pour quitter.", "Type the agreed value, ? to skip, q to quit."),
        .saved: ("{n} valeur(s) retenue(s) enregistrée(s). Score global : ", "{n} agreed value(s) saved. Overall score: "),
        .consensusIncluded: (" (consensus compris)", " (consensus included)"),
        .left: ("Divergences sans consensus : ", "Divergences without consensus: "),
    ]
}
