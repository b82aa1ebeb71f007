/// What an erasure removed: how many names, comments and free-text answers.
public struct ErasureCounts: Sendable, Hashable {
    /// Respondents whose name was removed (or who had none to remove).
    public var respondents: Int
    /// Comments removed (respondents' answers, consensus, actions' notes).
    public var comments: Int
    /// Free-text answers removed (their rows are deleted: free text is never scored).
    public var freeTexts: Int
    /// Actions whose owner was removed.
    public var actionOwners: Int
    /// Answers kept, anonymous, for the statistics.
    public var answersKept: Int

    public init(respondents: Int = 0, comments: Int = 0, freeTexts: Int = 0, actionOwners: Int = 0, answersKept: Int = 0) {
        self.respondents = respondents
        self.comments = comments
        self.freeTexts = freeTexts
        self.actionOwners = actionOwners
        self.answersKept = answersKept
    }
}
