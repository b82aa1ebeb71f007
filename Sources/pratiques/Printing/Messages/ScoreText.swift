import PratiquesCore

/// The words of `pratiques score`.
enum ScoreText: String, MessageCatalogue {
    case noAssessment = "score.no-assessment"
    case scoresOnVersion = "score.scores-on-version"
    case divergences = "score.divergences"
    case largestGains = "score.largest-gains"
    case regressions = "score.regressions"

    static let templates: [ScoreText: (fr: String, en: String)] = [
        .noAssessment: ("Aucune évaluation.", "No assessment."),
        .scoresOnVersion: (" — scores sur la version {version}", " — scores on version {version}"),
        .divergences: ("  Divergences à discuter ({label}) : ", "  Divergences to discuss ({label}): "),
        .largestGains: ("  Plus forts progrès : ", "  Largest gains: "),
        .regressions: ("  Reculs : ", "  Regressions: "),
    ]
}
