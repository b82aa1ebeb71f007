/// A signed-in coordinator: who, and the token every form they send must carry.
public struct CoordinatorSession: Sendable, Equatable {
    public var login: String
    /// The anti-forgery token of this session (put in every form, checked on every POST).
    public var csrfToken: String
}

/// A session just opened: the cookie's token is shown once, the store keeps its hash.
public struct OpenedCoordinatorSession: Sendable {
    public var session: CoordinatorSession
    public var cookieToken: String
}
