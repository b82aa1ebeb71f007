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
    /// Comment and origin live apart: most answers have neither, and a store of millions of
    /// answers stays small (a single reference instead of two optional strings).
    private var notes: Notes?

    public init(criterionID: String, value: AnswerValue?, comment: String? = nil, origin: String? = nil) {
        self.criterionID = criterionID
        self.value = value
        self.notes = comment == nil && origin == nil ? nil : Notes(comment: comment, origin: origin)
    }

    /// The respondent's comment, as written.
    public var comment: String? {
        get { notes?.comment }
        set { notes = Notes.make(comment: newValue, origin: origin) }
    }

    /// Where a carried answer came from (another assessment or version); `nil` when typed in.
    public var origin: String? {
        get { notes?.origin }
        set { notes = Notes.make(comment: comment, origin: newValue) }
    }

    public var isNotApplicable: Bool { value == .notApplicable }

    /// Immutable, so copies of an answer can share it.
    private final class Notes: Sendable, Hashable {
        let comment: String?
        let origin: String?

        init(comment: String?, origin: String?) {
            self.comment = comment
            self.origin = origin
        }

        static func make(comment: String?, origin: String?) -> Notes? {
            comment == nil && origin == nil ? nil : Notes(comment: comment, origin: origin)
        }

        static func == (lhs: Notes, rhs: Notes) -> Bool { lhs.comment == rhs.comment && lhs.origin == rhs.origin }
        func hash(into hasher: inout Hasher) {
            hasher.combine(comment)
            hasher.combine(origin)
        }
    }

    enum CodingKeys: String, CodingKey { case criterionID, value, comment, origin }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(criterionID: try container.decode(String.self, forKey: .criterionID),
                  value: try container.decodeIfPresent(AnswerValue.self, forKey: .value),
                  comment: try container.decodeIfPresent(String.self, forKey: .comment),
                  origin: try container.decodeIfPresent(String.self, forKey: .origin))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(criterionID, forKey: .criterionID)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(comment, forKey: .comment)
        try container.encodeIfPresent(origin, forKey: .origin)
    }
}
