import GRDB

/// A coordinator's open session as stored.
public struct CoordinatorSessionRecord: Sendable, Equatable {
    public var login: String
    public var csrfToken: String
    /// ISO 8601 (UTC): the session opens nothing after it.
    public var expiresAt: String
}

/// Coordinator accounts (login and password hash) and their sessions (by the hash of the
/// cookie's token).
extension AssessmentStore {
    /// Creates the account or replaces its password hash; its open sessions are closed.
    public func setCoordinatorPassword(login: String, passwordHash: String) throws {
        try writeTransaction { db in
            try db.execute(sql: """
                INSERT INTO coordinator_account (login, password_hash, created_at) VALUES (?, ?, ?)
                ON CONFLICT (login) DO UPDATE SET password_hash = excluded.password_hash
                """, arguments: [login, passwordHash, Self.now()])
            try db.execute(sql: "DELETE FROM coordinator_session WHERE account_id = (SELECT id FROM coordinator_account WHERE login = ?)", arguments: [login])
        }
    }

    /// The stored password hash of an account, `nil` when there is no such login.
    public func coordinatorPasswordHash(login: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM coordinator_account WHERE login = ?", arguments: [login]) }
    }

    /// Whether any coordinator account exists.
    public func hasCoordinators() throws -> Bool {
        try pool.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM coordinator_account)") ?? false }
    }

    /// Opens a session for an account (and forgets its expired ones).
    public func openCoordinatorSession(login: String, tokenHash: String, csrfToken: String, expiresAt: String, now: String) throws {
        try writeTransaction { db in
            try db.execute(sql: "DELETE FROM coordinator_session WHERE expires_at <= ?", arguments: [now])
            try db.execute(sql: """
                INSERT INTO coordinator_session (token_hash, account_id, csrf_token, expires_at)
                SELECT ?, id, ?, ? FROM coordinator_account WHERE login = ?
                """, arguments: [tokenHash, csrfToken, expiresAt, login])
        }
    }

    /// The session a cookie token's hash designates, expired or not.
    public func coordinatorSession(tokenHash: String) throws -> CoordinatorSessionRecord? {
        try pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT a.login, s.csrf_token, s.expires_at FROM coordinator_session s JOIN coordinator_account a ON a.id = s.account_id
                WHERE s.token_hash = ?
                """, arguments: [tokenHash]).map { CoordinatorSessionRecord(login: $0[0], csrfToken: $0[1], expiresAt: $0[2]) }
        }
    }

    /// Closes a session.
    public func closeCoordinatorSession(tokenHash: String) throws {
        try writeTransaction { db in try db.execute(sql: "DELETE FROM coordinator_session WHERE token_hash = ?", arguments: [tokenHash]) }
    }
}
