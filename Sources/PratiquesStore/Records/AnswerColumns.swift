import PratiquesCore

/// How an answer value is kept in the `answer` and `consensus_answer` rows: one column per
/// kind of value (`level`, `yes_no`, `number`, `text`) and the `not_applicable` flag, so that a
/// row says by itself what it holds.
struct AnswerColumns: Equatable {
    var level: Int?
    var yesNo: Bool?
    var number: Double?
    var text: String?
    var notApplicable: Bool

    init(level: Int? = nil, yesNo: Bool? = nil, number: Double? = nil, text: String? = nil, notApplicable: Bool = false) {
        self.level = level
        self.yesNo = yesNo
        self.number = number
        self.text = text
        self.notApplicable = notApplicable
    }

    init(_ value: AnswerValue?) {
        switch value {
        case .level(let raw): self.init(level: raw)
        case .yesNo(let yes): self.init(yesNo: yes)
        case .number(let raw): self.init(number: raw)
        case .text(let raw): self.init(text: raw)
        case .notApplicable: self.init(notApplicable: true)
        case nil: self.init()
        }
    }

    /// The value the columns hold; `nil` for an answer without a value (a comment alone).
    var value: AnswerValue? {
        if notApplicable { return .notApplicable }
        if let level { return .level(level) }
        if let yesNo { return .yesNo(yesNo) }
        if let number { return .number(number) }
        if let text { return .text(text) }
        return nil
    }

    /// The column list, in the order of ``AssessmentInserter``'s binds.
    static let names = "level, yes_no, number, text, not_applicable"
}
