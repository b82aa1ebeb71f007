import PratiquesCore

/// Refusals of the coordinators' accounts.
public enum CoordinatorError: LocalizedFailure, Equatable {
    /// Wrong login or password (one case for both, so a guess learns nothing).
    case wrongCredentials
    /// A password shorter than ``Workspace/minimumPasswordLength``, or a login that is empty or too long.
    case weakPassword
    case invalidLogin

    public func message(in language: Language) -> String {
        switch self {
        case .wrongCredentials: return language == .fr ? "Identifiant ou mot de passe incorrect." : "Wrong login or password."
        case .weakPassword:
            return language == .fr ? "Le mot de passe doit avoir au moins \(Workspace.minimumPasswordLength) caractères."
                : "The password must have at least \(Workspace.minimumPasswordLength) characters."
        case .invalidLogin: return language == .fr ? "Identifiant vide ou trop long (64 caractères au plus)." : "Login empty or too long (64 characters at most)."
        }
    }
}
