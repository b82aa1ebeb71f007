/// A person who answered an assessment, with their role and their answers.
public struct Respondent: Sendable, Hashable, Codable {
    /// Store id, when the respondent is stored.
    public var id: Int64?
    public var role: RespondentRole
    /// Optional: many respondents answer anonymously.
    public var name: String?
    /// Answers keyed by criterion id.
    public var answers: [String: Answer]

    public init(id: Int64? = nil, role: RespondentRole, name: String? = nil, answers: [Answer] = []) {
        self.id = id
        self.role = role
        self.name = name
        self.answers = Dictionary(answers.map { ($0.criterionID, $0) }, uniquingKeysWith: { _, last in last })
    }
}
