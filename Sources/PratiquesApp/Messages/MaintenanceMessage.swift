import PratiquesCore

/// The words of backups, restores and store checks.
enum MaintenanceMessage: String, MessageCatalogue {
    case integrity = "check.integrity"
    case foreignKey = "check.foreign-key"
    case snapshotHash = "check.snapshot-hash"
    case snapshotUnreadable = "check.snapshot-unreadable"
    case unknownCriterion = "check.unknown-criterion"
    case invalidValue = "check.invalid-value"
    case damagedAnswer = "check.damaged-answer"
    case draftWithoutRespondents = "check.draft-without-respondents"
    case placeStore = "check.place.store"
    case placeRow = "check.place.row"
    case placeSnapshot = "check.place.snapshot"
    case placeAnswer = "check.place.answer"
    case placeConsensus = "check.place.consensus"
    case placeAssessment = "check.place.assessment"

    static let templates: [MaintenanceMessage: (fr: String, en: String)] = [
        .integrity: ("SQLite signale : {detail}", "SQLite reports: {detail}"),
        .foreignKey: ("renvoie à une ligne absente de {parent}", "points to a row missing from {parent}"),
        .snapshotHash: ("le texte gardé ne correspond plus à son empreinte sha256 ({stored} gardée, {actual} calculée) : il a été modifié",
                        "the kept text no longer matches its sha256 ({stored} kept, {actual} computed): it was altered"),
        .snapshotUnreadable: ("le texte gardé ne se lit plus comme une grille : {detail}", "the kept text no longer reads as a grid: {detail}"),
        .unknownCriterion: ("le critère « {criterion} » n'existe pas dans {referentiel}", "criterion '{criterion}' does not exist in {referentiel}"),
        .invalidValue: ("{detail}", "{detail}"),
        .damagedAnswer: ("la réponse remplit {n} colonnes de valeur (une seule attendue)", "the answer fills {n} value columns (one expected)"),
        .draftWithoutRespondents: ("brouillon sans répondant ({organisation}, {referentiel}, « {label} ») : personne ne peut le remplir",
                                   "draft without respondents ({organisation}, {referentiel}, '{label}'): nobody can fill it"),
        .placeStore: ("base", "database"),
        .placeRow: ("table {table}, ligne {row}", "table {table}, row {row}"),
        .placeSnapshot: ("grille gardée {referentiel}@{version} (n° {id})", "kept grid {referentiel}@{version} (#{id})"),
        .placeAnswer: ("évaluation {assessment}, répondant {respondent}, critère {criterion}",
                       "assessment {assessment}, respondent {respondent}, criterion {criterion}"),
        .placeConsensus: ("évaluation {assessment}, consensus, critère {criterion}", "assessment {assessment}, consensus, criterion {criterion}"),
        .placeAssessment: ("évaluation {assessment}", "assessment {assessment}"),
    ]
}
