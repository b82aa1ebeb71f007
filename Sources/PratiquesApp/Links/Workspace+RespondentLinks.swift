import Foundation
import PratiquesCore
import PratiquesStore

/// Personal links: a respondent fills their part of a draft from a link, without an account.
extension Workspace {
    /// A new random token (links, sessions, anti-forgery): 32 bytes from the system's secure generator, base64url.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The hash under which a token is stored.
    static func tokenHash(_ token: String) -> String { ContentHash.sha256(of: Data(token.utf8)) }

    /// Issues a new personal link to one respondent of a draft (earlier links stay valid until
    /// revoked).
    public func issueLink(assessment id: Int64, respondent respondentID: Int64) throws -> IssuedLink {
        try withStore { store in
            let summary = try requireAssessment(id, store)
            guard summary.status == .draft else { throw WorkspaceError.draftComplete(id) }
            guard let respondent = try store.assessment(summary).respondents.first(where: { $0.id == respondentID }) else {
                throw WorkspaceError.unknownRespondent(assessment: id, respondent: respondentID)
            }
            let token = Self.newToken()
            try store.addRespondentLink(tokenHash: Self.tokenHash(token), respondentID: respondentID)
            return IssuedLink(assessmentID: id, respondent: respondent, token: token)
        }
    }

    /// Issues one new link to every respondent of a draft, in the draft's order.
    public func issueLinks(assessment id: Int64) throws -> [IssuedLink] {
        let respondents = try withStore { store in try store.assessment(requireAssessment(id, store)).respondents }
        return try respondents.compactMap(\.id).map { try issueLink(assessment: id, respondent: $0) }
    }

    /// The fill of the respondent a link opens. An unknown or revoked token, and a draft since
    /// completed, are refused (``RespondentLinkError``).
    public func fillSession(link token: String) throws -> FillSession {
        guard token.count <= 128, let target = try withStore(.read, { try $0.respondentLink(tokenHash: Self.tokenHash(token)) }),
              !target.isRevoked else { throw RespondentLinkError.unknownOrRevoked }
        do {
            return try fillSession(assessment: target.assessmentID, respondent: target.respondentID)
        } catch WorkspaceError.draftComplete {
            throw RespondentLinkError.draftComplete
        }
    }

    /// Revokes every link of one respondent of an assessment; returns how many were open.
    @discardableResult
    public func revokeLinks(assessment id: Int64, respondent respondentID: Int64) throws -> Int {
        try withStore { store in
            let summary = try requireAssessment(id, store)
            guard try store.assessment(summary).respondents.contains(where: { $0.id == respondentID }) else {
                throw WorkspaceError.unknownRespondent(assessment: id, respondent: respondentID)
            }
            return try store.revokeRespondentLinks(respondentID: respondentID)
        }
    }
}
