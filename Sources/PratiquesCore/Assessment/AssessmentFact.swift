/// The one value of a fact criterion (`fact: true`) in an assessment: a number or a state of
/// the organisation (AG turnout, share of women on the board), entered once for the whole
/// assessment rather than by each respondent, and never averaged.
///
/// The first person to give it sets ``value`` (``enteredBy``). Someone who then gives another
/// value does not overwrite it: their value is kept as a ``FactProposal``, a divergence for the
/// group to settle (``settled(with:comment:by:)``). Until then the scores use ``value``.
///
/// Stored as rows: one per assessment and criterion (value, comment, who entered it, origin),
/// and one per proposal (respondent, value, comment).
public struct AssessmentFact: Sendable, Hashable, Codable {
    public var criterionID: String
    /// The value that counts; `nil` when only a comment was left.
    public var value: AnswerValue?
    public var comment: String?
    /// Who entered (or last settled) the value; `nil` when unknown (an import).
    public var enteredBy: RespondentKey?
    /// Where a carried value came from (see ``Answer/origin``).
    public var origin: String?
    /// Other values given by other people, to settle; empty when everyone agrees.
    public var proposals: [FactProposal]

    public init(criterionID: String, value: AnswerValue?, comment: String? = nil, enteredBy: RespondentKey? = nil,
                origin: String? = nil, proposals: [FactProposal] = []) {
        self.criterionID = criterionID
        self.value = value
        self.comment = comment
        self.enteredBy = enteredBy
        self.origin = origin
        self.proposals = proposals
    }

    /// Whether other values wait to be settled.
    public var needsSettling: Bool { !proposals.isEmpty }

    /// The fact after `by` gives `value`:
    /// - no value yet: it becomes the value, entered by `by`;
    /// - the person who entered the value gives another one and nobody proposed anything: they
    ///   correct their own entry;
    /// - the same value: nothing changes (a comment is added to the fact's comment);
    /// - another value: it is kept as `by`'s proposal (replacing their earlier one), to settle.
    public func entering(_ value: AnswerValue, comment: String? = nil, by author: RespondentKey) -> AssessmentFact {
        var fact = self
        fact.proposals.removeAll { $0.respondent == author }
        let comment = comment.flatMap { $0.isEmpty ? nil : $0 }
        if fact.value == nil || (fact.enteredBy == author && fact.proposals.isEmpty) {
            fact.value = value
            fact.enteredBy = author
            fact.comment = Self.join(fact.comment, comment)
        } else if fact.value == value {
            fact.comment = Self.join(fact.comment, comment)
        } else {
            fact.proposals.append(FactProposal(respondent: author, value: value, comment: comment))
        }
        return fact
    }

    /// The fact once the group agreed on `value`: proposals cleared, `by` recorded as its author.
    public func settled(with value: AnswerValue, comment: String? = nil, by author: RespondentKey?) -> AssessmentFact {
        var fact = self
        fact.value = value
        if let comment, !comment.isEmpty { fact.comment = comment }
        fact.enteredBy = author
        fact.proposals = []
        return fact
    }

    /// Every value given: the fact's, then each proposal's.
    public var allValues: [AnswerValue] { (value.map { [$0] } ?? []) + proposals.map(\.value) }

    static func join(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case (nil, nil): return nil
        case (let a?, nil): return a
        case (nil, let b?): return b
        case (let a?, let b?): return a == b || a.contains(b) ? a : "\(a) / \(b)"
        }
    }
}

/// A value of a fact given by someone after another value was entered: a divergence to settle.
public struct FactProposal: Sendable, Hashable, Codable {
    public var respondent: RespondentKey
    public var value: AnswerValue
    public var comment: String?

    public init(respondent: RespondentKey, value: AnswerValue, comment: String? = nil) {
        self.respondent = respondent
        self.value = value
        self.comment = comment
    }
}
