/// A cohort: organisations followed together through the sessions of a parcours.
public struct Cohort: Sendable, Hashable, Codable {
    /// Store id.
    public var id: Int64?
    /// Unique name (`parcours-2024`).
    public var name: String
    /// Title of the parcours the cohort follows.
    public var parcours: String
    /// Sessions in order (T0, T1, …).
    public var sessions: [CohortSession]
    /// Slugs of the member organisations, sorted.
    public var members: [String]

    public init(id: Int64? = nil, name: String, parcours: String, sessions: [CohortSession] = [], members: [String] = []) {
        self.id = id
        self.name = name
        self.parcours = parcours
        self.sessions = sessions
        self.members = members
    }

    /// The session with this label.
    public func session(label: String) -> CohortSession? { sessions.first { $0.label == label } }
}
