import GRDB

/// Where a respondent's personal link leads.
public struct RespondentLinkTarget: Sendable, Equatable {
    public var assessmentID: Int64
    public var respondentID: Int64
    /// Whether the link was revoked (it then opens nothing).
    public var isRevoked: Bool
}

/// Respondents' personal links: the store keeps the hash of each token, never the token.
extension AssessmentStore {
    /// Records a link (by the hash of its token) to one respondent.
    public func addRespondentLink(tokenHash: String, respondentID: Int64) throws {
        try writeTransaction { db in
            try db.execute(sql: "INSERT INTO respondent_link (token_hash, respondent_id, created_at) VALUES (?, ?, ?)",
                           arguments: [tokenHash, respondentID, Self.now()])
        }
    }

    /// The respondent a token's hash leads to, or `nil` when no link has that hash.
    public func respondentLink(tokenHash: String) throws -> RespondentLinkTarget? {
        try pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT r.assessment_id, l.respondent_id, l.revoked_at FROM respondent_link l JOIN respondent r ON r.id = l.respondent_id
                WHERE l.token_hash = ?
                """, arguments: [tokenHash]).map {
                RespondentLinkTarget(assessmentID: $0[0], respondentID: $0[1], isRevoked: ($0[2] as String?) != nil)
            }
        }
    }

    /// Revokes every link of a respondent; returns how many were open.
    @discardableResult
    public func revokeRespondentLinks(respondentID: Int64) throws -> Int {
        try writeTransaction { db in
            try db.execute(sql: "UPDATE respondent_link SET revoked_at = ? WHERE respondent_id = ? AND revoked_at IS NULL",
                           arguments: [Self.now(), respondentID])
            return db.changesCount
        }
    }
}
