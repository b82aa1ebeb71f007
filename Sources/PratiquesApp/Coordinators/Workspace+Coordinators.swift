import Foundation
import PratiquesCore
import PratiquesStore

/// Coordinators of the web front end: accounts with a password, sessions opened by signing in.
extension Workspace {
    public static let minimumPasswordLength = 12
    /// How long a session lasts without signing in again.
    public static let coordinatorSessionLifetime: TimeInterval = 12 * 3600

    /// Creates a coordinator account, or sets a new password (closing its open sessions).
    public func setCoordinatorPassword(login: String, password: String) throws {
        let login = login.trimmingCharacters(in: .whitespaces)
        guard !login.isEmpty, login.count <= 64 else { throw CoordinatorError.invalidLogin }
        guard password.count >= Self.minimumPasswordLength else { throw CoordinatorError.weakPassword }
        let hash = try PasswordHash.make(password)
        try withStore { try $0.setCoordinatorPassword(login: login, passwordHash: hash) }
    }

    /// Signs a coordinator in: a new session, or ``CoordinatorError/wrongCredentials``.
    public func signIn(login: String, password: String, now: Date = Date()) throws -> OpenedCoordinatorSession {
        let login = login.trimmingCharacters(in: .whitespaces)
        let stored = try withStore { try $0.coordinatorPasswordHash(login: login) }
        // An unknown login costs the same work as a wrong password.
        guard PasswordHash.verify(password, against: stored ?? Self.decoyHash), stored != nil else { throw CoordinatorError.wrongCredentials }
        let token = Self.newToken(), csrf = Self.newToken()
        let expires = now.addingTimeInterval(Self.coordinatorSessionLifetime)
        try withStore {
            try $0.openCoordinatorSession(login: login, tokenHash: Self.tokenHash(token), csrfToken: csrf,
                                          expiresAt: expires.formatted(.iso8601), now: now.formatted(.iso8601))
        }
        return OpenedCoordinatorSession(session: CoordinatorSession(login: login, csrfToken: csrf), cookieToken: token)
    }

    /// The coordinator a session cookie's token designates, `nil` when unknown or expired.
    public func coordinator(sessionToken token: String, now: Date = Date()) throws -> CoordinatorSession? {
        guard token.count <= 128, let record = try withStore(.read, { try $0.coordinatorSession(tokenHash: Self.tokenHash(token)) }),
              record.expiresAt > now.formatted(.iso8601) else { return nil }
        return CoordinatorSession(login: record.login, csrfToken: record.csrfToken)
    }

    /// Closes a session.
    public func signOut(sessionToken token: String) throws {
        try withStore { try $0.closeCoordinatorSession(tokenHash: Self.tokenHash(token)) }
    }

    /// Whether any coordinator can sign in.
    public func hasCoordinators() throws -> Bool { try withStore { try $0.hasCoordinators() } }

    private static let decoyHash = (try? PasswordHash.make("decoy password never used")) ?? ""
}
