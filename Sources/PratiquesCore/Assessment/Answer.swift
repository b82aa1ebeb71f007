/// What one respondent answered to one criterion, kept exactly as given.
public enum AnswerValue: Sendable, Hashable, Codable {
    /// A level value of the criterion's scale.
    case level(Int)
    /// Yes or no, for `yes_no` criteria.
    case yesNo(Bool)
    /// A number, for `number` criteria.
    case number(Double)
    /// A free text, for `text` criteria.
    case text(String)
    /// « Non applicable »: excluded from scores, never counted as zero.
    case notApplicable
}

/// One answer: a value (or none, when only a comment was left) and a comment.
public struct Answer: Sendable, Hashable, Codable {
    /// The criterion answered.
    public var criterionID: String
    /// `nil` when the respondent left the criterion unanswered (with a comment, say).
    public var value: AnswerValue?
    public var comment: String?
    /// Where a carried answer came from (another assessment or version); `nil` when typed in.
    public var origin: String?

    public init(criterionID: String, value: AnswerValue?, comment: String? = nil, origin: String? = nil) {
        self.criterionID = criterionID
        self.value = value
        self.comment = comment
        self.origin = origin
    }

    public var isNotApplicable: Bool { value == .notApplicable }
}
