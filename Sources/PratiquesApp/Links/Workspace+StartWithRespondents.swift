import Foundation
import PratiquesCore
import PratiquesStore

/// One person asked to answer a new draft.
public struct InvitedRespondent: Sendable, Equatable {
    public var role: RespondentRole
    public var name: String?

    public init(role: RespondentRole, name: String? = nil) {
        self.role = role
        self.name = name
    }
}

extension Workspace {
    /// Starts a new draft of an organisation on the newest version of a grid with named
    /// respondents, and issues each one a personal link (in the order given).
    public func startAssessment(organisation slug: String, referentiel: String, respondents: [InvitedRespondent],
                                label: String? = nil) throws -> (draft: CreatedDraft, links: [IssuedLink]) {
        let draft = try createDraft(organisation: slug, referentiel: referentiel, label: label)
        let links = try respondents.map { invited in
            let name = invited.name?.trimmingCharacters(in: .whitespaces)
            let id = try withStore { try $0.addRespondent(assessmentID: draft.id, role: invited.role, name: (name?.isEmpty ?? true) ? nil : name) }
            return try issueLink(assessment: draft.id, respondent: id)
        }
        return (draft, links)
    }
}
