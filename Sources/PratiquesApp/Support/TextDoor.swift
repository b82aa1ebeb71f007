import PratiquesCore

/// Every free text a use case receives goes through the one text rule (`TextRules`), here,
/// whatever the front end (terminal, web): refused with ``WorkspaceError/textRefused(_:)``
/// naming the field, or returned as it is stored.
enum TextDoor {
    /// `text` as stored, or the refusal.
    static func check(_ text: String, as field: TextField) throws -> String {
        switch TextRules.check(text, as: field) {
        case .success(let stored): return stored
        case .failure(let problem): throw WorkspaceError.textRefused(problem.detail)
        }
    }

    /// `text` as stored when there is one.
    static func check(_ text: String?, as field: TextField) throws -> String? {
        try text.map { try check($0, as: field) }
    }
}
