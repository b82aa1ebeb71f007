import PratiquesCore

/// Why a respondent's personal link opens nothing. Deliberately one case for an unknown and a
/// revoked token, so a guess learns nothing.
public enum RespondentLinkError: LocalizedFailure, Equatable {
    /// No open link has this token (never issued, revoked, or its respondent removed).
    case unknownOrRevoked
    /// The link's draft is complete: it can no longer be filled.
    case draftComplete

    public func message(in language: Language) -> String {
        switch self {
        case .unknownOrRevoked:
            return language == .fr ? "Ce lien n'est pas (ou plus) valable. Demandez un nouveau lien à la personne qui coordonne l'auto-évaluation."
                : "This link is not (or no longer) valid. Ask the person coordinating the self-assessment for a new link."
        case .draftComplete:
            return language == .fr ? "Cette auto-évaluation est terminée : elle ne peut plus être remplie."
                : "This self-assessment is complete: it can no longer be filled in."
        }
    }
}
